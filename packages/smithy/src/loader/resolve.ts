/**
 * @module Resolves the references of a parsed fragment to absolute shape ids, following the
 * spec's order for relative names: a `use`d shape, then a shape of the file's namespace (in any
 * file), then the prelude. Unquoted ids in trait values resolve the same way.
 */
import type { NodeValue, ShapeType, SourceLocation, ValidationEvent } from '../model/shapes.js';
import { SyntacticShapeId, isNodeObject } from './fragment.js';
import type {
  Fragment,
  IdlVersion,
  ParsedNode,
  Ref,
  ShapeDecl,
  ShapeProperties,
  TraitDecl,
} from './fragment.js';
import { REFERENCE_LISTS, SINGLE_REFERENCES } from '../model/shape-properties.js';

export interface ResolvedRef {
  readonly id: string;
  readonly location: SourceLocation;
}

export interface ResolvedTrait {
  readonly id: string;
  readonly value: NodeValue;
  readonly annotation: boolean;
  readonly location: SourceLocation;
}

export interface ResolvedMember {
  readonly name: string;
  readonly target?: ResolvedRef;
  readonly traits: ResolvedTrait[];
  readonly location: SourceLocation;
}

type Resolved<T> = T extends Ref
  ? ResolvedRef
  : T extends Ref[]
    ? ResolvedRef[]
    : T extends [Ref, string][]
      ? [ResolvedRef, string][]
      : T extends [string, Ref][]
        ? [string, ResolvedRef][]
        : T;

export type ResolvedProperties = { [K in keyof ShapeProperties]: Resolved<ShapeProperties[K]> };

/** Where a definition comes from: user shapes may replace bundled ones, never prelude ones. */
export type Origin = 'prelude' | 'bundled' | 'user';

export interface ResolvedShape {
  readonly id: string;
  readonly type: ShapeType;
  readonly location: SourceLocation;
  readonly traits: ResolvedTrait[];
  readonly mixins: ResolvedRef[];
  readonly members: ResolvedMember[];
  readonly forResource?: ResolvedRef;
  readonly properties: ResolvedProperties;
  readonly version: IdlVersion;
  readonly origin: Origin;
}

export interface ResolvedApply {
  readonly target: ResolvedRef;
  readonly traits: ResolvedTrait[];
}

/** Resolves a relative or absolute reference as written in `fragment`. */
export function makeResolver(
  fragment: Fragment,
  defined: ReadonlySet<string>,
): (text: string) => string {
  const ns = fragment.namespace;
  return (text) => {
    if (text.includes('#')) return text;
    const dollar = text.indexOf('$');
    const name = dollar < 0 ? text : text.slice(0, dollar);
    const member = dollar < 0 ? '' : text.slice(dollar);
    const used = fragment.uses.get(name);
    let id: string;
    if (used !== undefined) id = used;
    else if (ns !== undefined && defined.has(`${ns}#${name}`)) id = `${ns}#${name}`;
    else if (defined.has(`smithy.api#${name}`)) id = `smithy.api#${name}`;
    else id = `${ns ?? 'smithy.api'}#${name}`;
    return id + member;
  };
}

export class FragmentResolver {
  private readonly resolve: (text: string) => string;

  constructor(
    private readonly fragment: Fragment,
    private readonly defined: ReadonlySet<string>,
    private readonly origin: Origin,
    private readonly events: ValidationEvent[],
  ) {
    this.resolve = makeResolver(fragment, defined);
  }

  ref(ref: Ref): ResolvedRef {
    return { id: this.resolve(ref.text), location: ref.location };
  }

  shape(decl: ShapeDecl): ResolvedShape {
    const props: ResolvedProperties = {};
    const p = decl.properties;
    if (p.version !== undefined) props.version = p.version;
    for (const key of SINGLE_REFERENCES) {
      const ref = p[key];
      if (ref) props[key] = this.ref(ref);
    }
    for (const key of REFERENCE_LISTS) {
      const refs = p[key];
      if (refs) props[key] = refs.map((r) => this.ref(r));
    }
    if (p.rename) props.rename = p.rename.map(([r, name]) => [this.ref(r), name]);
    if (p.identifiers) props.identifiers = p.identifiers.map(([k, r]) => [k, this.ref(r)]);
    if (p.properties) props.properties = p.properties.map(([k, r]) => [k, this.ref(r)]);
    return {
      id: decl.id,
      type: decl.type,
      location: decl.location,
      traits: decl.traits.map((t) => this.trait(t)),
      mixins: decl.mixins.map((r) => this.ref(r)),
      members: decl.members.map((m) => ({
        name: m.name,
        ...(m.target ? { target: this.ref(m.target) } : {}),
        traits: m.traits.map((t) => this.trait(t)),
        location: m.location,
      })),
      ...(decl.forResource ? { forResource: this.ref(decl.forResource) } : {}),
      properties: props,
      version: this.fragment.version,
      origin: this.origin,
    };
  }

  trait(trait: TraitDecl): ResolvedTrait {
    return {
      id: this.resolve(trait.name.text),
      value: this.node(trait.value),
      annotation: trait.annotation,
      location: trait.location,
    };
  }

  node(value: ParsedNode): NodeValue {
    if (value instanceof SyntacticShapeId) {
      const id = this.resolve(value.text);
      const root = id.includes('$') ? id.slice(0, id.indexOf('$')) : id;
      if (!this.defined.has(root)) {
        this.events.push({
          id: 'SyntacticShapeIdTarget',
          severity: 'DANGER',
          message:
            `Syntactic shape ID \`${value.text}\` does not resolve to a valid shape ID: \`${id}\`. ` +
            'Did you mean to quote this string? Are you missing a model file?',
          sourceLocation: value.location,
          hint: `Quote the value ("${value.text}") if it is text, or define or import the shape.`,
        });
      }
      return id;
    }
    if (Array.isArray(value)) return (value as ParsedNode[]).map((v) => this.node(v));
    if (isNodeObject(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.node(v)]));
    }
    return value as NodeValue;
  }
}
