/**
 * @module Where each member of an operation's input, output or error travels over HTTP — Smithy's
 * `HttpBindingIndex`: label, query, header, payload, response code, or the JSON document (the
 * members bound nowhere, unless a payload member exists, in which case they are unbound).
 */
import { OpenApiConversionError } from '../errors.js';
import { isJsonObject } from '../json/json-value.js';
import { TRAITS } from './trait-ids.js';
import { membersOf } from './conversion-model.js';
import type { ConversionModel } from './conversion-model.js';
import type { Member, OperationShape, Shape } from '../smithy.js';

export type BindingLocation =
  | 'label'
  | 'query'
  | 'queryParams'
  | 'header'
  | 'prefixHeaders'
  | 'payload'
  | 'responseCode'
  | 'document'
  | 'unbound';

export interface HttpBinding {
  readonly member: Member;
  readonly location: BindingLocation;
  /** Header name, query key, or the member name. */
  readonly locationName: string;
}

export interface HttpTrait {
  readonly method: string;
  readonly uri: string;
  readonly code: number;
}

export function httpTrait(operation: OperationShape): HttpTrait | undefined {
  const value = operation.traits[TRAITS.http];
  if (value === undefined) return undefined;
  if (!isJsonObject(value) || typeof value.method !== 'string' || typeof value.uri !== 'string') {
    throw new OpenApiConversionError(
      'InvalidTrait',
      `The @http trait of \`${operation.id}\` needs a string \`method\` and \`uri\``,
      {
        shapeId: operation.id,
        ...(operation.location ? { location: operation.location } : {}),
      },
    );
  }
  const code = typeof value.code === 'number' ? value.code : 200;
  return { method: value.method, uri: value.uri, code };
}

/** Bindings of an operation's input. */
export function requestBindings(model: ConversionModel, operation: OperationShape): HttpBinding[] {
  return structureBindings(model.expect(operation.input, 'structure'), true);
}

/** Bindings of an operation's output, or of an error structure. */
export function responseBindings(model: ConversionModel, operationOrError: Shape): HttpBinding[] {
  const structure =
    operationOrError.type === 'operation'
      ? model.expect(operationOrError.output, 'structure')
      : operationOrError;
  return structureBindings(structure, false);
}

export function bindingsAt(
  bindings: readonly HttpBinding[],
  location: BindingLocation,
): HttpBinding[] {
  return bindings.filter((b) => b.location === location);
}

function structureBindings(structure: Shape, isRequest: boolean): HttpBinding[] {
  const bindings: HttpBinding[] = [];
  const unbound: Member[] = [];
  let foundPayload = false;
  for (const member of membersOf(structure)) {
    const t = member.traits;
    if (t[TRAITS.httpHeader] !== undefined) {
      bindings.push({ member, location: 'header', locationName: String(t[TRAITS.httpHeader]) });
    } else if (t[TRAITS.httpPrefixHeaders] !== undefined) {
      bindings.push({
        member,
        location: 'prefixHeaders',
        locationName: String(t[TRAITS.httpPrefixHeaders]),
      });
    } else if (isRequest && t[TRAITS.httpQuery] !== undefined) {
      bindings.push({ member, location: 'query', locationName: String(t[TRAITS.httpQuery]) });
    } else if (isRequest && t[TRAITS.httpQueryParams] !== undefined) {
      bindings.push({ member, location: 'queryParams', locationName: member.name });
    } else if (t[TRAITS.httpPayload] !== undefined) {
      foundPayload = true;
      bindings.push({ member, location: 'payload', locationName: member.name });
    } else if (isRequest && t[TRAITS.httpLabel] !== undefined) {
      bindings.push({ member, location: 'label', locationName: member.name });
    } else if (!isRequest && t[TRAITS.httpResponseCode] !== undefined) {
      bindings.push({ member, location: 'responseCode', locationName: member.name });
    } else {
      unbound.push(member);
    }
  }
  const location: BindingLocation = foundPayload ? 'unbound' : 'document';
  for (const member of unbound) bindings.push({ member, location, locationName: member.name });
  return bindings;
}

/** The HTTP status of an operation's output or of an error. */
export function responseStatus(model: ConversionModel, operationOrError: Shape): number {
  if (operationOrError.type === 'operation') {
    return httpTrait(operationOrError)?.code ?? 200;
  }
  return errorStatus(operationOrError);
}

/** `@httpError`, else 400 for client and 500 for server errors. */
export function errorStatus(error: Shape): number {
  const code = error.traits[TRAITS.httpError];
  if (typeof code === 'number') return code;
  return error.traits[TRAITS.error] === 'server' ? 500 : 400;
}

/**
 * The media type of a message with these bindings (Smithy's `determineContentType`): the document
 * type for document members and structured payloads, the event-stream type for event streams,
 * `@mediaType`, else octet-stream for blobs and text/plain for strings.
 */
export function contentType(
  model: ConversionModel,
  bindings: readonly HttpBinding[],
  documentType: string,
  eventStreamType: string | undefined,
): string | undefined {
  for (const binding of bindings) {
    if (binding.location === 'document') return documentType;
    if (binding.location !== 'payload') continue;
    const target = model.shape(binding.member.target);
    if (!target) return undefined;
    if (isEventStream(target)) return eventStreamType;
    if (['document', 'structure', 'union', 'list', 'map', 'set'].includes(target.type))
      return documentType;
    const mediaType = target.traits[TRAITS.mediaType];
    if (typeof mediaType === 'string') return mediaType;
    if (target.type === 'blob') return 'application/octet-stream';
    if (target.type === 'string' || target.type === 'enum') return 'text/plain';
  }
  return undefined;
}

export function isEventStream(shape: Shape): boolean {
  return shape.type === 'union' && shape.traits[TRAITS.streaming] !== undefined;
}

/** `{label}` and `{label+}` segments of an `@http` URI. */
export function uriLabels(uri: string): Map<string, { greedy: boolean }> {
  const labels = new Map<string, { greedy: boolean }>();
  const path = uri.split('?')[0] ?? '';
  for (const match of path.matchAll(/\{([^}]+?)(\+)?\}/g)) {
    labels.set(match[1] as string, { greedy: match[2] === '+' });
  }
  return labels;
}
