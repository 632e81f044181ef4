/**
 * @module The traits of one shape or member while the model is assembled, with Smithy's rules for
 * a trait set twice: a local trait replaces an inherited (mixin) one; two list values are
 * concatenated; equal values are kept once; anything else is a conflict.
 */
import { errorEvent } from '../events.js';
import { canonicalDecimal, isNumeric } from '../model/numbers.js';
import type { BigNumberValue } from '../model/shapes.js';
import type { NodeValue, ValidationEvent } from '../model/shapes.js';
import type { ResolvedTrait } from './resolve.js';

interface Entry {
  readonly trait: ResolvedTrait;
  readonly inherited: boolean;
}

export class TraitMap {
  private readonly entries = new Map<string, Entry>();

  /** Copies traits inherited from a mixin; a later mixin's value wins over an earlier one's. */
  inherit(traits: TraitMap, exclude: ReadonlySet<string> = new Set()): void {
    for (const [id, entry] of traits.entries) {
      if (!exclude.has(id)) this.entries.set(id, { trait: entry.trait, inherited: true });
    }
  }

  /** Adds a locally declared or applied trait, reporting a conflict to `events`. */
  add(trait: ResolvedTrait, shapeId: string, events: ValidationEvent[]): void {
    const existing = this.entries.get(trait.id);
    if (!existing || existing.inherited) {
      this.entries.set(trait.id, { trait, inherited: false });
      return;
    }
    const previous = existing.trait.value;
    if (Array.isArray(previous) && Array.isArray(trait.value)) {
      const merged: NodeValue[] = [...(previous as NodeValue[]), ...(trait.value as NodeValue[])];
      this.entries.set(trait.id, { trait: { ...trait, value: merged }, inherited: false });
      return;
    }
    if (nodeEquals(previous, trait.value)) return;
    const at = existing.trait.location;
    events.push(
      errorEvent(
        'Model',
        `Conflicting \`${trait.id}\` trait found on shape \`${shapeId}\`. The previous trait was ` +
          `defined at \`${at.filename} [${at.line}, ${at.column}]\`, and a conflicting trait was ` +
          `defined at \`${trait.location.filename} [${trait.location.line}, ${trait.location.column}]\`.`,
        trait.location,
        'Apply the trait once, or give both applications the same value.',
        shapeId,
      ),
    );
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  get(id: string): ResolvedTrait | undefined {
    return this.entries.get(id)?.trait;
  }

  values(): ResolvedTrait[] {
    return [...this.entries.values()].map((e) => e.trait);
  }

  /** True when the trait was declared on this shape rather than inherited from a mixin. */
  isLocal(id: string): boolean {
    return this.entries.get(id)?.inherited === false;
  }
}

function numberText(value: number | BigNumberValue): string {
  return typeof value === 'number' ? String(value) : value.text;
}

/** Structural equality of node values; numbers compare by decimal value, exactly. */
export function nodeEquals(a: NodeValue, b: NodeValue): boolean {
  if (a === b) return true;
  if (isNumeric(a) && isNumeric(b)) {
    return canonicalDecimal(numberText(a)) === canonicalDecimal(numberText(b));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as readonly NodeValue[];
    const as = a as readonly NodeValue[];
    return as.length === bs.length && as.every((v, i) => nodeEquals(v, bs[i]!));
  }
  const ao = a as Record<string, NodeValue>;
  const bo = b as Record<string, NodeValue>;
  const keys = Object.keys(ao);
  return (
    keys.length === Object.keys(bo).length &&
    keys.every((k) => Object.hasOwn(bo, k) && nodeEquals(ao[k]!, bo[k]!))
  );
}
