/**
 * @module `aws.protocols#restJson1` (smithy-openapi's `AwsRestJson1Protocol` on top of its
 * `AbstractRestProtocol`): operations with `@http` become path operations; members bound to the
 * JSON document get a synthesized `<Operation>RequestContent` / `<Name>ResponseContent` schema;
 * `@httpPayload` members are the body itself; the output and each error is a response by status.
 */
import { membersOf, TRAIT_IDS } from '@platform/smithy';
import type { HttpBinding, OperationShape, Shape, StructureShape } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { ERROR_UNION_MEMBER } from '../model/error-transforms.js';
import {
  bindingsAt,
  contentType,
  httpTrait,
  requestBindings,
  responseBindings,
  responseStatus,
} from '../model/http-bindings.js';
import { ConversionContext } from './context.js';
import { bodyExamples, memberExamples } from './examples.js';
import { requestParameters, responseHeaders } from './rest-parameters.js';
import { sortedMap } from './openapi-objects.js';
import type { Schema } from '../schema/schema.js';
import type { ResolvedSettings } from '../settings.js';
import type { MessageType } from './examples.js';
import type { MediaTypeObject, RequestBodyObject, ResponseObject } from './openapi-objects.js';
import type { ConvertedOperation, OpenApiProtocol } from './protocol.js';

const EVENT_STREAM_MEDIA_TYPE = 'application/vnd.amazon.eventstream';

export const restJson1Protocol: OpenApiProtocol = {
  traitId: TRAIT_IDS.restJson1,

  applyDefaults(settings: ResolvedSettings): void {
    settings.useJsonName = true;
    settings.defaultTimestampFormat = 'epoch-seconds';
  },

  createOperation(
    ctx: ConversionContext,
    operation: OperationShape,
  ): ConvertedOperation | undefined {
    const http = httpTrait(operation);
    if (!http) return undefined;
    const requestBody = createRequestBody(ctx, operation);
    return {
      method: http.method,
      path: http.uri,
      operation: {
        operationId: ctx.name(operation.id),
        parameters: requestParameters(ctx, operation),
        ...(requestBody ? { requestBody } : {}),
        responses: createResponses(ctx, operation),
        extensions: new Map(),
      },
    };
  },
};

function createRequestBody(
  ctx: ConversionContext,
  operation: OperationShape,
): RequestBodyObject | undefined {
  const bindings = requestBindings(ctx.model, operation);
  const mediaType = messageContentType(ctx, bindings);
  const message: Message = { source: operation, type: 'request', operation: undefined };
  const [payload] = bindingsAt(bindings, 'payload');
  if (payload) {
    const media = payloadMedia(ctx, payload, message, `${ctx.name(operation.id)}InputPayload`);
    return {
      content: new Map([[requireMediaType(mediaType, payload), media]]),
      required: ctx.model.isRequired(payload.member),
    };
  }
  const document = bindingsAt(bindings, 'document');
  if (document.length === 0) return undefined;
  const media = documentMedia(ctx, document, message, 'RequestContent');
  return {
    content: new Map([[mediaType ?? ctx.settings.jsonContentType, media]]),
    required: document.some((b) => ctx.model.isRequired(b.member)),
  };
}

function createResponses(
  ctx: ConversionContext,
  operation: OperationShape,
): Map<string, ResponseObject> {
  const responses = new Map<string, { response: ResponseObject; source: Shape }>();
  for (const source of [
    operation,
    ...operation.errors.map((id) => ctx.model.expect(id, 'structure')),
  ]) {
    const status = String(responseStatus(ctx.model, source));
    const previous = responses.get(status);
    if (previous) {
      throw new OpenApiConversionError(
        'ErrorStatusConflict',
        `\`${operation.id}\` has two responses with status ${status} (\`${previous.source.id}\` and \`${source.id}\`); an OpenAPI response per status can only describe one`,
        {
          ...ConversionContext.where(operation),
          hint: 'Set `onErrorStatusConflict: "oneOf"` to merge errors that share a status code, or give the errors different `@httpError` codes.',
        },
      );
    }
    responses.set(status, { response: createResponse(ctx, status, source, operation), source });
  }
  return sortedMap([...responses].map(([status, { response }]) => [status, response]));
}

function createResponse(
  ctx: ConversionContext,
  status: string,
  source: Shape,
  operation: OperationShape,
): ResponseObject {
  const response: ResponseObject = {
    description: `${ctx.refSafeName(source.id)} ${status} response`,
    headers: responseHeaders(ctx, source, operation),
    content: new Map(),
  };
  const bindings = responseBindings(ctx.model, source);
  const mediaType = messageContentType(ctx, bindings);
  const type: MessageType = source.type === 'operation' ? 'response' : 'error';
  const message: Message = { source, type, operation };
  const [payload] = bindingsAt(bindings, 'payload');
  if (payload) {
    const suffix = source.type === 'operation' ? 'OutputPayload' : 'ErrorPayload';
    const media = payloadMedia(ctx, payload, message, `${ctx.name(source.id)}${suffix}`);
    response.content.set(requireMediaType(mediaType, payload), media);
    return response;
  }
  const document = bindingsAt(bindings, 'document');
  if (document.length === 0) return response;
  const media = documentMedia(ctx, document, message, 'ResponseContent');
  response.content.set(mediaType ?? ctx.settings.jsonContentType, media);
  return response;
}

/** A request, response or error body, for naming its schemas and picking its examples. */
interface Message {
  /** The operation (request, response) or error structure the body belongs to. */
  readonly source: Shape;
  readonly type: MessageType;
  /** For responses and errors: the operation whose examples apply. */
  readonly operation: OperationShape | undefined;
}

function messageContentType(
  ctx: ConversionContext,
  bindings: readonly HttpBinding[],
): string | undefined {
  return contentType(ctx.model, bindings, ctx.settings.jsonContentType, EVENT_STREAM_MEDIA_TYPE);
}

/** A document body: its members' schema synthesized as `<source><suffix>`, and its examples. */
function documentMedia(
  ctx: ConversionContext,
  document: readonly HttpBinding[],
  { source, type, operation }: Message,
  suffix: 'RequestContent' | 'ResponseContent',
): MediaTypeObject {
  const name = `${ctx.refSafeName(source.id)}${suffix}`;
  const pointer = ctx.putSynthesizedSchema(name, documentSchema(ctx, document), source.id);
  return {
    schema: { ref: pointer },
    examples: bodyExamples(ctx, source, document, type, operation),
  };
}

/** A payload body: its schema (see `payloadMediaType`) and its examples. */
function payloadMedia(
  ctx: ConversionContext,
  payload: HttpBinding,
  { source, type, operation }: Message,
  name: string,
): MediaTypeObject {
  const media = payloadMediaType(ctx, payload, source, name);
  media.examples = memberExamples(ctx, source, payload, type, operation);
  return media;
}

/** A payload's schema: a `$ref` when it names a shape, else synthesized as `name`. */
function payloadMediaType(
  ctx: ConversionContext,
  payload: HttpBinding,
  owner: Shape,
  name: string,
): MediaTypeObject {
  const schema = ctx.schemas.inlineOrReference(payload.member);
  if (schema.type === undefined && schema.ref !== undefined) return { schema: { ref: schema.ref } };
  return { schema: { ref: ctx.putSynthesizedSchema(name, schema, owner.id) } };
}

/**
 * The schema of the JSON document: the container structure reduced to its document members (so
 * `required` never names a header or label). A synthetic merged error becomes a `oneOf`.
 */
function documentSchema(ctx: ConversionContext, bindings: readonly HttpBinding[]): Schema {
  const first = bindings[0] as HttpBinding;
  const container = ctx.model.expect(
    first.member.container,
    'structure',
    'union',
  ) as StructureShape;
  const names = new Set(bindings.map((b) => b.member.name));
  const cleaned: StructureShape = {
    ...container,
    members: new Map(
      membersOf(container)
        .filter((m) => names.has(m.name))
        .map((m) => [m.name, m]),
    ),
  };
  if (ctx.settings.onErrorStatusConflict === 'oneOf' && isSyntheticError(ctx, cleaned)) {
    const union = ctx.model.expect(
      (cleaned.members.get(ERROR_UNION_MEMBER) ?? [...cleaned.members.values()][0])!.target,
    );
    return { oneOf: membersOf(union).map((m) => ctx.schemas.createRef(m.target)) };
  }
  return ctx.schemas.convert(cleaned);
}

function isSyntheticError(ctx: ConversionContext, shape: StructureShape): boolean {
  const code = shape.traits[TRAIT_IDS.httpError];
  if (typeof code !== 'number' || !shape.id.endsWith(`${code}Error`)) return false;
  return membersOf(shape).filter((m) => ctx.model.shape(m.target)?.type === 'union').length === 1;
}

function requireMediaType(mediaType: string | undefined, payload: HttpBinding): string {
  if (mediaType !== undefined) return mediaType;
  throw new OpenApiConversionError(
    'UnsupportedBinding',
    `Unable to determine the media type of the @httpPayload member \`${payload.member.id}\``,
    {
      ...ConversionContext.where(payload.member),
      hint: 'Bind a structure, union, document, list, map, blob or string to @httpPayload (or add @mediaType to its target).',
    },
  );
}
