/**
 * @module The conversion of one service to one OpenAPI document, in smithy-openapi's order: settings
 * and protocol, model rewrites, the schema definitions of the service closure, info, paths,
 * security, components, then the whole-document steps. Platform additions run where upstream's
 * extension hooks would, and only when their settings are on.
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { SemanticModel, ServiceShape } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { ConversionModel } from '../model/conversion-model.js';
import {
  copyServiceErrorsToOperations,
  deconflictErrorsWithSharedStatusCode,
} from '../model/error-transforms.js';
import { SchemaConverter } from '../schema/schema-converter.js';
import {
  disableMapper,
  openApiMapper,
  resolvedExternalDocs,
  specificationExtensions,
  timestampMapper,
} from '../schema/schema-mappers.js';
import { schemaToJson } from '../schema/schema.js';
import { resolveSettings } from '../settings.js';
import { serviceLifecycle } from '../platform/lifecycle.js';
import { platformServers } from '../platform/environments.js';
import { webhookEvents, webhookPathItem } from '../platform/webhooks.js';
import { ConversionContext, SCHEMAS_POINTER } from './context.js';
import { checkGreedyLabels, checkPrefixHeaders, checkUnsupportedTraits } from './model-checks.js';
import {
  applyJsonAdd,
  applySubstitutions,
  removeEmptyComponents,
  removeUnusedComponents,
} from './document-edits.js';
import { buildPaths } from './paths.js';
import { supportedTags } from './tags.js';
import { resolveProtocol } from './protocols.js';
import { securityConverters, securitySchemes, serviceSecurity } from './security.js';
import { securityToJson } from './openapi-objects.js';
import type { OpenApiWarning } from '../errors.js';
import type { JsonObject } from '../json/json-value.js';
import type { Schema } from '../schema/schema.js';
import type { OpenApiSettings } from '../settings.js';

export interface OpenApiConversionResult {
  /** The OpenAPI document (big numbers as `BigNumberValue`; write it with `writeOpenApiJson`). */
  readonly document: JsonObject;
  /** What upstream would only log: omitted operations, greedy labels, unknown auth schemes... */
  readonly warnings: readonly OpenApiWarning[];
}

/** Converts one service of a loaded model to an OpenAPI document. */
export function convertToOpenApi(
  model: SemanticModel,
  settings: OpenApiSettings | Readonly<Record<string, unknown>>,
): OpenApiConversionResult {
  const resolved = resolveSettings(settings);
  if (resolved.addReferenceDescriptions && resolved.version === '3.0.2') {
    throw new OpenApiConversionError(
      'InvalidSettings',
      'openapi property `addReferenceDescriptions` requires openapi version 3.1.0 or later.',
      { hint: 'Add `"version": "3.1.0"` to your openapi config.' },
    );
  }
  let conversionModel = ConversionModel.of(model);
  const service = findService(conversionModel, resolved.service);
  const operations = conversionModel.serviceOperations(service.id);
  conversionModel = copyServiceErrorsToOperations(conversionModel, service, operations);
  const protocol = resolveProtocol(conversionModel, service, resolved);
  protocol.applyDefaults(resolved);
  if (resolved.onErrorStatusConflict === 'oneOf') {
    conversionModel = deconflictErrorsWithSharedStatusCode(conversionModel, service, operations);
  }
  const schemaSettings = {
    ...resolved,
    definitionPointer: SCHEMAS_POINTER,
    jsonSchemaVersion:
      resolved.version === '3.0.2' ? ('draft07' as const) : ('draft2020-12' as const),
    service: service.id,
  };
  const schemas = new SchemaConverter(conversionModel, schemaSettings, [
    timestampMapper(schemaSettings),
    openApiMapper(conversionModel, schemaSettings),
    disableMapper(schemaSettings),
  ]);
  const ctx = new ConversionContext(conversionModel, service, resolved, schemas);

  checkPrefixHeaders(ctx);
  checkUnsupportedTraits(ctx);
  const platform = resolved.platform;
  const events = platform.webhooks ? webhookEvents(ctx) : [];
  const definitions = schemas.definitions([service.id, ...events.map((e) => e.shape.id)]);
  const converters = securityConverters(ctx);
  const lifecycle = platform.lifecycle ? serviceLifecycle(ctx) : undefined;

  const document: JsonObject = { openapi: resolved.version, info: info(ctx, lifecycle?.trait) };
  const externalDocs = resolvedExternalDocs(service, resolved.externalDocs);
  if (externalDocs) document.externalDocumentation = externalDocs;
  const servers = platform.servers ? platformServers(ctx) : [];
  if (servers.length > 0) document.servers = servers;
  const paths = buildPaths(ctx, protocol, operations, converters, lifecycle);
  if (Object.keys(paths).length > 0) document.paths = paths;
  if (events.length > 0)
    document.webhooks = Object.fromEntries(events.map((e) => [e.name, webhookPathItem(ctx, e)]));
  document.components = components(ctx, definitions, securitySchemes(ctx, converters));
  const security = serviceSecurity(ctx, converters);
  if (security.length > 0) document.security = securityToJson(security);
  const tags = supportedTags(ctx, service);
  if (tags.length > 0) document.tags = tags.map((name) => ({ name }));
  for (const [key, value] of Object.entries(resolved.schemaDocumentExtensions))
    document[key] = value;

  checkGreedyLabels(ctx, Object.keys(paths));
  for (const [key, value] of specificationExtensions(conversionModel, service))
    document[key] = value;
  if (!resolved.keepUnusedComponents) removeUnusedComponents(document);
  const finished = applyJsonAdd(ctx, applySubstitutions(ctx, removeEmptyComponents(document)));
  return { document: finished, warnings: ctx.warnings };
}

function findService(model: ConversionModel, id: string): ServiceShape {
  const shape = model.shape(id);
  if (!shape || shape.type !== 'service') {
    throw new OpenApiConversionError(
      'ServiceNotFound',
      shape ? `Shape \`${id}\` is not a service shape` : `Shape \`${id}\` not found in model`,
      { shapeId: id, hint: 'Set `service` to the absolute id of a service in the loaded model.' },
    );
  }
  return shape;
}

function info(ctx: ConversionContext, lifecycle: JsonObject | undefined): JsonObject {
  const title = ctx.service.traits[TRAIT_IDS.title];
  const out: JsonObject = {
    title: typeof title === 'string' ? title : ctx.name(ctx.service.id),
    version: ctx.service.version ?? '',
  };
  const docs = ctx.service.traits[TRAIT_IDS.documentation];
  if (typeof docs === 'string') out.description = docs;
  if (lifecycle) out['x-lifecycle'] = lifecycle;
  return out;
}

/** Schemas of the model's shapes and those synthesized for bodies, by name; security schemes. */
function components(
  ctx: ConversionContext,
  definitions: Map<string, Schema>,
  schemes: JsonObject,
): JsonObject {
  const byName = new Map<string, Schema>();
  const owners = new Map<string, string>();
  for (const [pointer, schema] of definitions)
    byName.set(pointer.slice(SCHEMAS_POINTER.length + 1), schema);
  for (const [name, { schema, owner }] of ctx.synthesized) {
    if (byName.has(name) && !owners.has(name)) {
      throw new OpenApiConversionError(
        'ConflictingName',
        `The schema \`${name}\` synthesized for the body of \`${owner}\` has the name of a shape of the model`,
        {
          shapeId: owner,
          hint: `Rename the shape called ${name} (or use the service \`rename\` map).`,
        },
      );
    }
    byName.set(name, schema);
    owners.set(name, owner);
  }
  const out: JsonObject = {};
  const names = [...byName.keys()].sort();
  if (names.length > 0)
    out.schemas = Object.fromEntries(names.map((n) => [n, schemaToJson(byName.get(n) as Schema)]));
  if (Object.keys(schemes).length > 0) out.securitySchemes = schemes;
  return out;
}
