/**
 * @module The converter's view of HTTP bindings (read by `@platform/smithy`'s `httpBindingsOf`):
 * bindings looked up through the conversion model (so rewritten error shapes count), a malformed
 * `@http` trait as a conversion error, statuses, content types and URI labels.
 */
import { httpBindingsOf, httpErrorStatus, httpTraitOf, TRAIT_IDS } from '@platform/smithy';
import type {
  HttpBinding,
  HttpBindingLocation,
  HttpTrait,
  OperationShape,
  Shape,
} from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import type { ConversionModel } from './conversion-model.js';

/** The operation's `@http` trait; one that is present but unreadable stops the conversion. */
export function httpTrait(operation: OperationShape): HttpTrait | undefined {
  if (operation.traits[TRAIT_IDS.http] === undefined) return undefined;
  const http = httpTraitOf(operation);
  if (http) return http;
  throw new OpenApiConversionError(
    'InvalidTrait',
    `The @http trait of \`${operation.id}\` needs a string \`method\` and \`uri\``,
    {
      shapeId: operation.id,
      ...(operation.location ? { location: operation.location } : {}),
    },
  );
}

/** Bindings of an operation's input. */
export function requestBindings(model: ConversionModel, operation: OperationShape): HttpBinding[] {
  return httpBindingsOf(model.expect(operation.input, 'structure'), 'request');
}

/** Bindings of an operation's output, or of an error structure. */
export function responseBindings(model: ConversionModel, operationOrError: Shape): HttpBinding[] {
  const structure =
    operationOrError.type === 'operation'
      ? model.expect(operationOrError.output, 'structure')
      : operationOrError;
  return httpBindingsOf(structure, 'response');
}

export function bindingsAt(
  bindings: readonly HttpBinding[],
  location: HttpBindingLocation,
): HttpBinding[] {
  return bindings.filter((b) => b.location === location);
}

/** The HTTP status of an operation's output or of an error. */
export function responseStatus(model: ConversionModel, operationOrError: Shape): number {
  if (operationOrError.type === 'operation') {
    return httpTrait(operationOrError)?.code ?? 200;
  }
  return errorStatus(operationOrError);
}

/** `@httpError`, else 500 for server errors and 400 for any other. */
export function errorStatus(error: Shape): number {
  return httpErrorStatus(error) ?? 400;
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
    const mediaType = target.traits[TRAIT_IDS.mediaType];
    if (typeof mediaType === 'string') return mediaType;
    if (target.type === 'blob') return 'application/octet-stream';
    if (target.type === 'string' || target.type === 'enum') return 'text/plain';
  }
  return undefined;
}

export function isEventStream(shape: Shape): boolean {
  return shape.type === 'union' && shape.traits[TRAIT_IDS.streaming] !== undefined;
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
