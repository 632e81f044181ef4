/**
 * @module emit/member-kind
 *
 * The runtime `MemberKind` of a label, query or header member: what JavaScript value the SDK
 * accepts for it before it turns into text on the wire (see `OperationSpec.kinds`).
 */
import type { Member, SemanticModel } from '@platform/smithy';
import { CodegenError } from '../codegen-error.js';

const SCALAR_KINDS: Readonly<Record<string, string>> = {
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

function scalarKind(model: SemanticModel, member: Member): string {
  const target = model.getShape(member.target);
  const format =
    member.traits['smithy.api#timestampFormat'] ?? target?.traits['smithy.api#timestampFormat'];
  // Epoch-seconds timestamps are typed as numbers in the SDK.
  if (target?.type === 'timestamp' && format === 'epoch-seconds') return 'number';
  const kind = target === undefined ? undefined : SCALAR_KINDS[target.type];
  if (kind === undefined) {
    throw new CodegenError(
      `binds a ${target?.type ?? 'missing'} shape to the path, query or a header; the SDK sends only strings, numbers, booleans, timestamps and lists of them there.`,
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
