/**
 * @module The `paths` object: each operation of the service (sorted by shape id) converted by the
 * protocol, then given what upstream adds around the protocol (deprecation, security,
 * documentation, external docs, specification extensions, tags) and our opt-in extensions. Two
 * operations on one method and path are an error rather than one silently replacing the other.
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { ShapeId } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { resolvedExternalDocs, specificationExtensions } from '../schema/schema-mappers.js';
import { codeSamplesExtension } from '../platform/code-samples.js';
import { applyLifecycle } from '../platform/lifecycle.js';
import { paginationExtension } from '../platform/pagination.js';
import { summaryOf } from '../platform/summaries.js';
import { ConversionContext } from './context.js';
import { operationToJson } from './openapi-objects.js';
import { operationSecurity } from './security.js';
import { supportedTags } from './tags.js';
import type { JsonObject } from '../json/json-value.js';
import type { Lifecycle } from '../platform/lifecycle.js';
import type { OperationObject } from './openapi-objects.js';
import type { OpenApiProtocol } from './protocol.js';
import type { SecuritySchemeConverter } from './security-schemes.js';

const METHODS = ['delete', 'get', 'head', 'options', 'patch', 'post', 'put', 'trace'];

export function buildPaths(
  ctx: ConversionContext,
  protocol: OpenApiProtocol,
  operationIds: readonly ShapeId[],
  converters: readonly SecuritySchemeConverter[],
  lifecycle: Lifecycle | undefined,
): JsonObject {
  const items = new Map<string, Map<string, { operation: OperationObject; id: ShapeId }>>();
  for (const id of operationIds) {
    const shape = ctx.model.expect(id, 'operation');
    const converted = protocol.createOperation(ctx, shape);
    if (!converted) {
      ctx.warn(
        'OperationOmitted',
        `The \`${id}\` operation is not supported by the \`${protocol.traitId}\` protocol, and was omitted`,
        id,
      );
      continue;
    }
    const { operation, path } = converted;
    const item = items.get(path) ?? new Map();
    items.set(path, item);
    if (shape.traits[TRAIT_IDS.deprecated] !== undefined) operation.deprecated = true;
    const security = operationSecurity(ctx, converters, shape);
    if (security) operation.security = security;
    const docs = shape.traits[TRAIT_IDS.documentation];
    if (typeof docs === 'string') operation.description = docs;
    const externalDocs = resolvedExternalDocs(shape, ctx.settings.externalDocs);
    if (externalDocs) operation.externalDocs = externalDocs;
    for (const [key, value] of specificationExtensions(ctx.model, shape))
      operation.extensions.set(key, value);
    if (ctx.settings.tags) operation.tags = supportedTags(ctx, shape);
    addPlatformExtensions(ctx, operation, id, converted.method, path, lifecycle);

    const method = converted.method.toLowerCase();
    if (!METHODS.includes(method)) {
      ctx.warn(
        'UnsupportedHttpMethod',
        `The ${converted.method} HTTP method of \`${id}\` is not supported by OpenAPI`,
        id,
      );
      continue;
    }
    const previous = item.get(method);
    if (previous) {
      throw new OpenApiConversionError(
        'ConflictingBinding',
        `\`${previous.id}\` and \`${id}\` are both bound to ${converted.method} ${path}`,
        {
          ...ConversionContext.where(shape),
          hint: 'Give one of the operations a different @http method or uri.',
        },
      );
    }
    item.set(method, { operation, id });
  }
  const paths: JsonObject = {};
  for (const path of [...items.keys()].sort()) {
    const item = items.get(path) as Map<string, { operation: OperationObject }>;
    const json: JsonObject = {};
    for (const method of METHODS) {
      const entry = item.get(method);
      if (entry) json[method] = operationToJson(entry.operation);
    }
    paths[path] = json;
  }
  return paths;
}

function addPlatformExtensions(
  ctx: ConversionContext,
  operation: OperationObject,
  id: ShapeId,
  method: string,
  path: string,
  lifecycle: Lifecycle | undefined,
): void {
  const platform = ctx.settings.platform;
  const shape = ctx.model.expect(id, 'operation');
  if (platform.summaries) operation.summary = summaryOf(shape);
  if (platform.pagination) {
    const paginated = paginationExtension(ctx, shape);
    if (paginated) operation.extensions.set('x-paginated', paginated);
  }
  if (lifecycle) applyLifecycle(lifecycle, operation);
  const samples = codeSamplesExtension(platform.codeSamples, {
    shapeId: id,
    operationId: operation.operationId,
    method,
    path,
  });
  if (samples !== undefined) operation.extensions.set('x-codeSamples', samples);
}
