/**
 * @module emit/member-kind
 *
 * What JavaScript scalar a member's value is in the SDK, from its target shape: the runtime
 * `MemberKind` of a label, query or header member (checked before it turns into text on the
 * wire, see `OperationSpec.kinds`), and the scalar checks of webhook payloads.
 */
import { TRAIT_IDS, type Member, type SemanticModel } from '@platform/smithy';
import { CodegenError } from '../codegen-error.js';

/** The JavaScript scalar a member holds; timestamps are `Date`s or RFC 3339 strings. */
export type ScalarKind = 'string' | 'integer' | 'number' | 'boolean' | 'timestamp';

const SCALAR_KINDS: Readonly<Record<string, ScalarKind>> = {
  string: 'string',
  enum: 'string',
  byte: 'integer',
  short: 'integer',
  integer: 'integer',
  long: 'integer',
  intEnum: 'integer',
  float: 'number',
  double: 'number',
  boolean: 'boolean',
  timestamp: 'timestamp',
};

/** The scalar kind of `member`'s value, or `undefined` when its target is not a scalar. */
export function scalarKindOf(model: SemanticModel, member: Member): ScalarKind | undefined {
  const target = model.getShape(member.target);
  const format =
    member.traits[TRAIT_IDS.timestampFormat] ?? target?.traits[TRAIT_IDS.timestampFormat];
  // Epoch-seconds timestamps are typed as numbers in the SDK.
  if (target?.type === 'timestamp' && format === 'epoch-seconds') return 'number';
  return target === undefined ? undefined : SCALAR_KINDS[target.type];
}

function scalarKind(model: SemanticModel, member: Member): ScalarKind {
  const kind = scalarKindOf(model, member);
  if (kind === undefined) {
    throw new CodegenError(
      `binds a ${model.getShape(member.target)?.type ?? 'missing'} shape to the path, query or a header; the SDK sends only strings, numbers, booleans, timestamps and lists of them there.`,
      member.id,
      member.location,
    );
  }
  return kind;
}

/** The kind of a bound member: its scalar kind, or `<kind>[]` for a list of scalars. */
export function memberKind(model: SemanticModel, member: Member): string {
  const target = model.getShape(member.target);
  if (target?.type === 'list') return `${scalarKind(model, target.member)}[]`;
  return scalarKind(model, member);
}
