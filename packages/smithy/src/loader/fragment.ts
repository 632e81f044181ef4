/**
 * @module The per-file parse result both readers produce (the IDL parser and the JSON AST
 * reader): shape declarations whose references are still as written, so that the loader can
 * resolve them against every file at once (forward references, `use`, the prelude).
 */
import type {
  BigNumberValue,
  NodeValue,
  ShapeType,
  SourceLocation,
  ValidationEvent,
} from '../model/shapes.js';

/** An unquoted shape id in a node value (`@idRef` targets, `@references`, ...). */
export class SyntacticShapeId {
  constructor(
    readonly text: string,
    readonly location: SourceLocation,
  ) {}
}

/** A node value as parsed: like `NodeValue`, but unquoted ids are not resolved yet. */
export type ParsedNode =
  | null
  | boolean
  | number
  | BigNumberValue
  | string
  | SyntacticShapeId
  | readonly ParsedNode[]
  | { readonly [key: string]: ParsedNode };

/** A shape reference as written: absolute (`a.b#C`) or relative (`C`), maybe with `$member`. */
export interface Ref {
  readonly text: string;
  readonly location: SourceLocation;
}

export interface TraitDecl {
  readonly name: Ref;
  readonly value: ParsedNode;
  /** Written without a value (`@sensitive`): the value is coerced from the trait's shape. */
  readonly annotation: boolean;
  readonly location: SourceLocation;
}

export interface MemberDecl {
  readonly name: string;
  /** Absent when the target is elided (`$id`), to be taken from a resource or mixin. */
  readonly target?: Ref;
  readonly traits: TraitDecl[];
  readonly location: SourceLocation;
}

/** Service, resource and operation properties, by their JSON AST names. */
export interface ShapeProperties {
  version?: string;
  operations?: Ref[];
  resources?: Ref[];
  errors?: Ref[];
  rename?: [Ref, string][];
  identifiers?: [string, Ref][];
  properties?: [string, Ref][];
  create?: Ref;
  put?: Ref;
  read?: Ref;
  update?: Ref;
  delete?: Ref;
  list?: Ref;
  collectionOperations?: Ref[];
  input?: Ref;
  output?: Ref;
}

export interface ShapeDecl {
  /** Absolute id. */
  readonly id: string;
  readonly type: ShapeType;
  readonly location: SourceLocation;
  readonly traits: TraitDecl[];
  readonly mixins: Ref[];
  readonly members: MemberDecl[];
  /** `structure X for Resource`: elided members look up the resource's ids and properties. */
  readonly forResource?: Ref;
  readonly properties: ShapeProperties;
}

export interface ApplyDecl {
  readonly target: Ref;
  readonly traits: TraitDecl[];
  readonly location: SourceLocation;
}

export interface MetadataDecl {
  readonly key: string;
  readonly value: ParsedNode;
  readonly location: SourceLocation;
}

export type IdlVersion = '1.0' | '2.0';

export interface Fragment {
  readonly filename: string;
  readonly version: IdlVersion;
  /** Absent in JSON AST files, where every id is absolute. */
  readonly namespace?: string;
  /** `use` statements: local name → absolute id. */
  readonly uses: ReadonlyMap<string, string>;
  /** Where each `use`d absolute id was written. */
  readonly useLocations?: ReadonlyMap<string, SourceLocation>;
  readonly metadata: MetadataDecl[];
  readonly shapes: ShapeDecl[];
  readonly applies: ApplyDecl[];
  /** Syntax errors and warnings found while reading the file. */
  readonly events: ValidationEvent[];
}

export function isNodeObject(
  value: ParsedNode | NodeValue | undefined,
): value is { readonly [key: string]: ParsedNode } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof SyntacticShapeId) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}
