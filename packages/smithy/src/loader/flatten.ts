/**
 * @module Mixin flattening, `for`-resource target elision and `apply`: turns resolved shape
 * definitions into flat shapes whose members and traits include everything inherited, in
 * dependency order (a mixin is flattened before the shapes that use it).
 */
import { errorEvent } from '../events.js';
import type { SourceLocation, ValidationEvent } from '../model/shapes.js';
import type { ResolvedProperties, ResolvedRef, ResolvedShape, ResolvedTrait } from './resolve.js';
import { TraitMap } from './trait-map.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

export interface FlatMember {
  readonly name: string;
  readonly target: string;
  readonly traits: TraitMap;
  readonly location: SourceLocation;
  /** The mixin member this one was inherited from, if any. */
  readonly inheritedFrom?: string;
}

export interface FlatShape {
  readonly def: ResolvedShape;
  readonly members: Map<string, FlatMember>;
  readonly traits: TraitMap;
  readonly properties: ResolvedProperties;
}

export class Flattener {
  private readonly done: Map<string, FlatShape | undefined>;
  /** Shapes being flattened, innermost last: a repeat means a mixin cycle. */
  private readonly stack: string[] = [];
  private readonly cyclic = new Set<string>();

  constructor(
    private readonly defs: ReadonlyMap<string, ResolvedShape>,
    /** Traits from `apply` statements, by shape or member id. */
    private readonly applied: ReadonlyMap<string, ResolvedTrait[]>,
    private readonly events: ValidationEvent[],
    /** Shapes flattened earlier (the built-ins), reused as they are. */
    known: ReadonlyMap<string, FlatShape | undefined> = new Map(),
  ) {
    this.done = new Map(known);
  }

  /** Every shape flattened so far. */
  results(): ReadonlyMap<string, FlatShape | undefined> {
    return this.done;
  }

  /** The flattened shape, or undefined when it is not defined (or is part of a mixin cycle). */
  flat(id: string): FlatShape | undefined {
    if (this.done.has(id)) return this.done.get(id);
    const def = this.defs.get(id);
    if (!def) return undefined;
    const at = this.stack.indexOf(id);
    if (at >= 0) {
      this.reportCycle(this.stack.slice(at));
      return undefined;
    }
    this.stack.push(id);
    const result = this.cyclic.has(id) ? undefined : this.build(def);
    this.stack.pop();
    this.done.set(id, result);
    return result;
  }

  /** Every shape of a mixin cycle gets an error naming the others; none of them is built. */
  private reportCycle(cycle: string[]): void {
    for (const id of cycle) {
      if (this.cyclic.has(id)) continue;
      this.cyclic.add(id);
      // Smithy lists the other shapes latest-defined first.
      const order = [...this.defs.keys()];
      const others = cycle
        .filter((other) => other !== id)
        .sort((a, b) => order.indexOf(b) - order.indexOf(a));
      this.error(
        `Unable to resolve mixins; cycles detected between this shape and [${others.join(', ')}]`,
        this.defs.get(id)!.location,
        'Remove one of the `with [...]` references so that mixins form a tree.',
        id,
      );
    }
  }

  /** Undefined when a mixin is missing: like Smithy, the shape is then left out of the model. */
  private build(def: ResolvedShape): FlatShape | undefined {
    const members = new Map<string, FlatMember>();
    const traits = new TraitMap();
    let properties: ResolvedProperties = {};
    const wrongType: string[] = [];
    let missing = false;
    for (const ref of def.mixins) {
      const mixin = this.flat(ref.id);
      if (!mixin && this.cyclic.has(ref.id)) {
        missing = true;
        continue;
      }
      if (!mixin) {
        this.error(
          `Cannot apply mixin to ${def.id}: ${ref.id} not found`,
          ref.location,
          'Define the mixin shape, fix its name, or add a `use` statement.',
          def.id,
        );
        missing = true;
        continue;
      }
      if (mixin.def.type !== def.type) wrongType.push(ref.id);
      for (const [name, member] of mixin.members) {
        const previous = members.get(name);
        if (previous && previous.target !== member.target) {
          const local = def.members.find((m) => m.name === name)?.target?.id;
          const culprit =
            local === undefined
              ? `${def.id}$${name}`
              : local === previous.target
                ? `${mixin.def.id}$${name}`
                : (previous.inheritedFrom ?? `${def.id}$${name}`);
          this.error(
            `Member conflicts with an inherited mixin member: \`${culprit}\``,
            ref.location,
            'Give the members of the mixins different names or the same target.',
            `${def.id}$${name}`,
          );
          continue;
        }
        if (previous) {
          previous.traits.inherit(member.traits);
          continue;
        }
        const inheritedTraits = new TraitMap();
        inheritedTraits.inherit(member.traits);
        members.set(name, {
          name,
          target: member.target,
          traits: inheritedTraits,
          location: member.location,
          inheritedFrom: member.inheritedFrom ?? `${mixin.def.id}$${name}`,
        });
      }
      traits.inherit(mixin.traits, localTraitsOf(mixin));
      properties = mergeProperties(properties, mixin.properties);
    }
    if (missing) return undefined;
    if (wrongType.length > 0) {
      this.error(
        `Mixins may only be mixed into shapes of the same type. The following mixins were applied ` +
          `to the ${def.type} shape \`${def.id}\` which are not ${def.type} shapes: ` +
          `[${wrongType.map((id) => `\`${id}\``).join(', ')}]`,
        def.location,
        `Use ${def.type} mixins only.`,
        def.id,
      );
    }
    properties = mergeProperties(properties, def.properties);
    for (const trait of def.traits) traits.add(trait, def.id, this.events);
    for (const trait of this.applied.get(def.id) ?? []) traits.add(trait, def.id, this.events);
    const resource = this.resourceFor(def);
    for (const local of def.members) {
      const memberId = `${def.id}$${local.name}`;
      const inherited = members.get(local.name);
      let target = local.target?.id;
      if (target === undefined) {
        target = resource?.get(local.name) ?? inherited?.target;
        if (target === undefined) {
          this.error(
            'Member target was elided, but no bound resource or mixin contained a matching ' +
              'identifier or member name.',
            local.location,
            `Write the target (\`${local.name}: Type\`), or bind the structure to a resource ` +
              `(\`for Resource\`) or mixin that has \`${local.name}\`.`,
            memberId,
          );
          continue;
        }
      }
      if (inherited && inherited.target !== target) {
        this.error(
          `Member conflicts with an inherited mixin member: \`${inherited.inheritedFrom ?? ''}\``,
          local.location,
          'Remove the member (it is inherited), or give it the same target as the mixin member.',
          memberId,
        );
        continue;
      }
      const memberTraits = new TraitMap();
      if (inherited) memberTraits.inherit(inherited.traits);
      for (const trait of local.traits) memberTraits.add(trait, memberId, this.events);
      members.set(local.name, {
        name: local.name,
        target,
        traits: memberTraits,
        location: local.location,
        ...(inherited?.inheritedFrom ? { inheritedFrom: inherited.inheritedFrom } : {}),
      });
    }
    const required =
      def.type === 'map'
        ? ['key', 'value']
        : def.type === 'list' || def.type === 'set'
          ? ['member']
          : [];
    const invalid = def.members.filter((m) => required.length > 0 && !required.includes(m.name));
    for (const m of invalid) {
      const kind = def.type === 'map' ? 'Map' : def.type === 'set' ? 'Set' : 'List';
      const allowed = def.type === 'map' ? '`key` and `value` members' : 'a `member` member';
      this.error(
        `${kind} shapes may only have ${allowed}, but found \`${m.name}\``,
        def.location,
        `A ${def.type} has exactly the members ${required.join(', ')}.`,
        def.id,
      );
    }
    for (const m of invalid) members.delete(m.name);
    const absent = required.filter((name) => !members.has(name));
    if (absent.length > 0) {
      this.error(
        `Missing required member${absent.length > 1 ? 's' : ''} of shape \`${def.id}\`: ` +
          absent.join(', '),
        def.location,
        `Add ${absent.map((n) => `\`${n}: Type\``).join(' and ')} to the ${def.type}.`,
        def.id,
      );
      return undefined;
    }
    for (const [name, member] of members) {
      for (const trait of this.applied.get(`${def.id}$${name}`) ?? []) {
        member.traits.add(trait, `${def.id}$${name}`, this.events);
      }
    }
    return { def, members, traits, properties };
  }

  /** Identifiers and properties of the `for` resource, by name. */
  private resourceFor(def: ResolvedShape): Map<string, string> | undefined {
    const ref = def.forResource;
    if (!ref) return undefined;
    const resource = this.flat(ref.id);
    if (!resource) {
      this.error(
        `Resource \`${ref.id}\` (the target of \`for\`) is not defined`,
        ref.location,
        'Define the resource, fix its name, or add a `use` statement.',
        def.id,
      );
      return undefined;
    }
    if (resource.def.type !== 'resource') {
      this.error(
        `The target of the \`for\` production must be a resource shape, but found a ` +
          `${resource.def.type} shape: ${ref.id}`,
        ref.location,
        'Point `for` at a resource shape.',
        def.id,
      );
      return undefined;
    }
    const names = new Map<string, string>();
    for (const [name, r] of resource.properties.properties ?? []) names.set(name, r.id);
    for (const [name, r] of resource.properties.identifiers ?? []) names.set(name, r.id);
    return names;
  }

  private error(message: string, location: SourceLocation, hint: string, shapeId: string): void {
    this.events.push(errorEvent('Model', message, location, hint, shapeId));
  }
}

/** Traits a mixin keeps to itself: `@mixin` and those listed in `@mixin(localTraits: [...])`. */
function localTraitsOf(mixin: FlatShape): Set<string> {
  const local = new Set<string>([TRAIT_IDS.mixin]);
  const value = mixin.traits.get(TRAIT_IDS.mixin)?.value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const list = (value as Record<string, unknown>).localTraits;
    if (Array.isArray(list)) for (const id of list) if (typeof id === 'string') local.add(id);
  }
  return local;
}

/** Service, resource and operation properties: lists are joined, maps merged, ids replaced. */
function mergeProperties(base: ResolvedProperties, next: ResolvedProperties): ResolvedProperties {
  const out: ResolvedProperties = { ...base };
  for (const key of Object.keys(next) as (keyof ResolvedProperties)[]) {
    const value = next[key];
    const previous = base[key];
    if (Array.isArray(value) && Array.isArray(previous)) {
      (out as Record<string, unknown>)[key] = [...previous, ...value];
    } else {
      (out as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}

export type { ResolvedRef };
