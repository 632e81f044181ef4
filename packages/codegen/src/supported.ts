/**
 * @module supported
 *
 * The model constructs the SDK runtime cannot carry, checked before anything is emitted. Each
 * check fails generation with a `CodegenError` naming the construct and where it is, so an
 * unsupported model never turns into silently wrong or missing client code.
 */
import { shapeName, TRAIT_IDS } from '@platform/smithy';
import type { Member, OperationShape, SemanticModel, ServiceShape } from '@platform/smithy';
import { CodegenError } from './codegen-error.js';

/** Member traits with no runtime support, and what to model instead. */
const UNSUPPORTED_MEMBER_TRAITS: Readonly<Record<string, string>> = {
  [TRAIT_IDS.httpQueryParams]: 'bind each value with @httpQuery instead',
  [TRAIT_IDS.httpPrefixHeaders]: 'bind each value with @httpHeader instead',
  [TRAIT_IDS.jsonName]: 'name the member as it is on the wire',
  [TRAIT_IDS.streaming]: 'the SDK sends and reads whole JSON bodies only',
  [TRAIT_IDS.hostLabel]: 'the SDK does not rewrite host names',
};

/** Operation traits with no runtime support. */
const UNSUPPORTED_OPERATION_TRAITS: Readonly<Record<string, string>> = {
  [TRAIT_IDS.endpoint]: 'the SDK does not rewrite host names',
  [TRAIT_IDS.optionalAuth]: 'the SDK always sends a bearer token',
  [TRAIT_IDS.httpChecksumRequired]: 'the SDK sends no Content-MD5',
};

/** Prelude and simple shape types the SDK cannot serialize. */
const UNSUPPORTED_TYPES: Readonly<Record<string, string>> = {
  blob: 'model the value as a (base64) string',
  bigInteger: 'model the value as a decimal string',
  bigDecimal: 'model the value as a decimal string',
};

/** Fails on the first trait of `unsupported` that `subject` carries, saying what to do instead. */
function rejectTraits(
  subject: OperationShape | Member,
  unsupported: Readonly<Record<string, string>>,
): void {
  for (const [trait, instead] of Object.entries(unsupported)) {
    if (subject.traits[trait] !== undefined) {
      throw new CodegenError(
        `@${shapeName(trait)} is not supported by the SDK generator: ${instead}.`,
        subject.id,
        subject.location,
      );
    }
  }
}

/** A service the generator can emit: restJson1, no `rename` map. */
export function checkService(service: ServiceShape): void {
  if (service.traits[TRAIT_IDS.restJson1] === undefined) {
    throw new CodegenError(
      'the SDK generator supports the aws.protocols#restJson1 protocol only; add @restJson1 to the service.',
      service.id,
      service.location,
    );
  }
  if (Object.keys(service.rename).length > 0) {
    throw new CodegenError(
      '`rename` is not supported by the SDK generator: generated names are shape names. Rename the shapes instead.',
      service.id,
      service.location,
    );
  }
}

/** An operation the runtime can send: no host prefix, no optional or per-operation auth. */
export function checkOperation(service: ServiceShape, operation: OperationShape): void {
  rejectTraits(operation, UNSUPPORTED_OPERATION_TRAITS);
  const auth = operation.traits[TRAIT_IDS.auth];
  if (
    auth !== undefined &&
    JSON.stringify(auth) !== JSON.stringify(service.traits[TRAIT_IDS.auth])
  ) {
    throw new CodegenError(
      "@auth on an operation is not supported by the SDK generator: the SDK authenticates every call with the service's scheme.",
      operation.id,
      operation.location,
    );
  }
}

/** Where a member travels; decides which timestamp format the runtime writes. */
export type MemberLocation = 'label' | 'query' | 'header' | 'body';

/** The format the runtime writes a `Date` in, per location (restJson1 defaults). */
const RUNTIME_TIMESTAMP_FORMAT: Readonly<Record<MemberLocation, string>> = {
  label: 'date-time',
  query: 'date-time',
  header: 'http-date',
  body: 'date-time',
};

/** A member the runtime can carry at `location`: no unsupported trait, type or timestamp format. */
export function checkMember(model: SemanticModel, member: Member, location: MemberLocation): void {
  rejectTraits(member, UNSUPPORTED_MEMBER_TRAITS);
  const target = model.getShape(member.target);
  if (target?.type !== 'timestamp') return;
  const format =
    member.traits[TRAIT_IDS.timestampFormat] ?? target.traits[TRAIT_IDS.timestampFormat];
  if (format === undefined || format === 'epoch-seconds') return;
  if (format !== RUNTIME_TIMESTAMP_FORMAT[location]) {
    throw new CodegenError(
      `@timestampFormat("${String(format)}") in the ${location} is not supported by the SDK generator: the runtime writes ${location} timestamps as ${RUNTIME_TIMESTAMP_FORMAT[location]} (or use epoch-seconds).`,
      member.id,
      member.location,
    );
  }
}

/**
 * An output member read from a response header: the runtime hands header values over as text,
 * so the member must be typed as text too.
 */
export function checkOutputHeader(model: SemanticModel, member: Member): void {
  const target = model.getShape(member.target);
  const type = target?.type;
  const epochSeconds =
    (member.traits[TRAIT_IDS.timestampFormat] ?? target?.traits[TRAIT_IDS.timestampFormat]) ===
    'epoch-seconds';
  if (type === 'string' || type === 'enum' || (type === 'timestamp' && !epochSeconds)) return;
  throw new CodegenError(
    `an output @httpHeader targeting ${type === 'timestamp' ? 'an epoch-seconds timestamp' : `a ${type ?? 'missing'} shape`} is not supported by the SDK generator: the runtime reads header values as text. Target a string.`,
    member.id,
    member.location,
  );
}

/** A shape type the SDK cannot serialize, with what to model instead; `undefined` when fine. */
export function unsupportedType(type: string): string | undefined {
  return UNSUPPORTED_TYPES[type];
}

/** A `{label+}` in an `@http` URI: the runtime encodes every label as one path segment. */
export function checkPathLabels(operation: OperationShape, uri: string): void {
  const greedy = /\{([A-Za-z0-9_]+)\+\}/.exec(uri);
  if (greedy !== null) {
    throw new CodegenError(
      `the greedy label {${greedy[1]}+} is not supported by the SDK generator: the runtime encodes each label as a single path segment.`,
      operation.id,
      operation.location,
    );
  }
}
