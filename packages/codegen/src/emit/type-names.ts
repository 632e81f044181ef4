/**
 * @module emit/type-names
 *
 * How a Smithy target becomes a TypeScript type expression, and which members are optional.
 * Shared by the model, operation and error emitters so a member reads the same everywhere.
 */
import { memberTargets, shapeClosure, TRAIT_IDS, UNIT_SHAPE_ID } from '@platform/smithy';
import type { Member, SemanticModel } from '@platform/smithy';
import { CodegenError } from '../codegen-error.js';
import { shapeName } from '../source-writer.js';
import { unsupportedType } from '../supported.js';

const PRELUDE_TYPES: Readonly<Record<string, string>> = {
  'smithy.api#String': 'string',
  'smithy.api#Boolean': 'boolean',
  'smithy.api#PrimitiveBoolean': 'boolean',
  'smithy.api#Byte': 'number',
  'smithy.api#PrimitiveByte': 'number',
  'smithy.api#Short': 'number',
  'smithy.api#PrimitiveShort': 'number',
  'smithy.api#Integer': 'number',
  'smithy.api#PrimitiveInteger': 'number',
  'smithy.api#Long': 'number',
  'smithy.api#PrimitiveLong': 'number',
  'smithy.api#Float': 'number',
  'smithy.api#PrimitiveFloat': 'number',
  'smithy.api#Double': 'number',
  'smithy.api#PrimitiveDouble': 'number',
  'smithy.api#Timestamp': 'string',
  'smithy.api#Document': 'unknown',
  'smithy.api#Unit': 'Record<string, never>',
};

/** The type of an operation's input or output: its structure's name, or an empty object for Unit. */
export function ioType(id: string): string {
  return id === UNIT_SHAPE_ID ? 'Record<string, never>' : shapeName(id);
}

/** The TypeScript type a member's value has. */
export function memberType(model: SemanticModel, member: Member): string {
  const format = member.traits[TRAIT_IDS.timestampFormat];
  const target = model.getShape(member.target);
  const instead = target === undefined ? undefined : unsupportedType(target.type);
  if (instead !== undefined) {
    throw new CodegenError(
      `targets ${member.target}, a ${target!.type} shape, which the SDK generator does not support: ${instead}.`,
      member.id,
      member.location,
    );
  }
  if (target?.type === 'timestamp' && format === 'epoch-seconds') return 'number';
  if (model.isPrelude(member.target)) {
    const type = PRELUDE_TYPES[member.target];
    if (type === undefined) {
      throw new CodegenError(
        `targets ${member.target}, which the generator does not support.`,
        member.id,
        member.location,
      );
    }
    return type;
  }
  return shapeName(member.target);
}

/**
 * True when the member is always present in the type. A `@required` member is, unless a
 * `@default` lets callers leave it out of an input; a member with a default is always present
 * in what the server sends.
 */
export function isPresent(member: Member, inInput: boolean): boolean {
  const hasDefault = member.traits[TRAIT_IDS.default] !== undefined;
  const required = member.traits[TRAIT_IDS.required] !== undefined;
  if (inInput) return required && !hasDefault;
  return required || (hasDefault && member.traits[TRAIT_IDS.default] !== null);
}

/** Names of every shape reachable from the given roots through members (non-prelude). */
export function reachableNames(model: SemanticModel, roots: readonly string[]): Set<string> {
  const lookup = (id: string) => (model.isPrelude(id) ? undefined : model.expectShape(id));
  return new Set([...shapeClosure(roots, lookup, memberTargets)].map(shapeName));
}
