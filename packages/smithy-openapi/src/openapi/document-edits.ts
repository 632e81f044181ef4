/**
 * @module Whole-document steps that run on the finished JSON (smithy-openapi's node mappers):
 * dropping unreferenced schemas and unused security schemes, removing empty component maps, and
 * the `substitutions` and `jsonAdd` settings.
 */
import { addWithIntermediateValues } from '../json/json-pointer.js';
import { isJsonObject } from '../json/json-value.js';
import { SCHEMAS_POINTER } from './context.js';
import type { JsonObject, JsonValue } from '../json/json-value.js';
import type { ConversionContext } from './context.js';

/** Removes schemas nothing refers to (repeatedly), then security schemes no requirement names. */
export function removeUnusedComponents(document: JsonObject): void {
  const components = document.components;
  if (!isJsonObject(components)) return;
  const mutable = components as JsonObject;
  for (;;) {
    const schemas = mutable.schemas;
    if (!isJsonObject(schemas)) break;
    const used = new Set<string>();
    collectRefs(document, used);
    const unused = Object.keys(schemas).filter((name) => !used.has(`${SCHEMAS_POINTER}/${name}`));
    if (unused.length === 0) break;
    const kept: JsonObject = {};
    for (const [name, schema] of Object.entries(schemas))
      if (!unused.includes(name)) kept[name] = schema;
    mutable.schemas = kept;
  }
  const schemes = mutable.securitySchemes;
  if (!isJsonObject(schemes)) return;
  const usedSchemes = new Set<string>();
  collectSecurityNames(document.security, usedSchemes);
  for (const item of Object.values(isJsonObject(document.paths) ? document.paths : {})) {
    if (!isJsonObject(item)) continue;
    for (const operation of Object.values(item))
      if (isJsonObject(operation)) collectSecurityNames(operation.security, usedSchemes);
  }
  const kept: JsonObject = {};
  for (const [name, scheme] of Object.entries(schemes))
    if (usedSchemes.has(name)) kept[name] = scheme;
  mutable.securitySchemes = kept;
}

function collectRefs(node: JsonValue, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node as readonly JsonValue[]) collectRefs(item, into);
  } else if (isJsonObject(node)) {
    if (typeof node.$ref === 'string') {
      into.add(node.$ref);
      return;
    }
    for (const value of Object.values(node)) collectRefs(value, into);
  }
}

function collectSecurityNames(security: JsonValue | undefined, into: Set<string>): void {
  if (!Array.isArray(security)) return;
  for (const requirement of security as readonly JsonValue[]) {
    if (isJsonObject(requirement)) for (const name of Object.keys(requirement)) into.add(name);
  }
}

/** Drops empty maps from `components`, and `components` itself when nothing is left. */
export function removeEmptyComponents(document: JsonObject): JsonObject {
  const components = document.components;
  if (!isJsonObject(components)) return document;
  const kept: JsonObject = {};
  for (const [key, value] of Object.entries(components)) {
    if (!(isJsonObject(value) && Object.keys(value).length === 0)) kept[key] = value;
  }
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(document)) {
    if (key !== 'components') result[key] = value;
    else if (Object.keys(kept).length > 0) result[key] = kept;
  }
  return result;
}

/** Replaces every string equal to a `substitutions` key by its value. */
export function applySubstitutions(ctx: ConversionContext, document: JsonObject): JsonObject {
  const substitutions = ctx.settings.substitutions;
  if (Object.keys(substitutions).length === 0) return document;
  ctx.warn('Substitutions', 'Using `substitutions` is discouraged; prefer `jsonAdd`.');
  const replace = (node: JsonValue): JsonValue => {
    if (typeof node === 'string')
      return Object.hasOwn(substitutions, node) ? (substitutions[node] as JsonValue) : node;
    if (Array.isArray(node)) return (node as readonly JsonValue[]).map(replace);
    if (isJsonObject(node))
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, replace(v)]));
    return node;
  };
  return replace(document) as JsonObject;
}

/** Sets each `jsonAdd` pointer to its value, creating missing parent objects. */
export function applyJsonAdd(ctx: ConversionContext, document: JsonObject): JsonObject {
  let result = document;
  for (const [pointer, value] of Object.entries(ctx.settings.jsonAdd)) {
    if (pointer.startsWith('/components/schemas')) {
      ctx.warn(
        'JsonAddSchemas',
        "Adding schemas to the generated OpenAPI model directly means that clients, servers, and other artifacts generated from your Smithy model don't know about all of the shapes used in the service. You almost certainly should not do this.",
      );
    }
    result = addWithIntermediateValues(result, pointer, value);
  }
  return result;
}
