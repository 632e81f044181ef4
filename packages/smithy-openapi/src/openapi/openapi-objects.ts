/**
 * @module The OpenAPI objects an operation is built from (parameters, bodies, responses, media
 * types) and their JSON form, with fields written in the order smithy-openapi writes them.
 * Schemas stay `Schema` values until serialisation.
 */
import { putDefined } from '../json/json-value.js';
import { schemaToJson } from '../schema/schema.js';
import type { JsonObject, JsonValue } from '../json/json-value.js';
import type { Schema } from '../schema/schema.js';

export interface ParameterObject {
  name?: string;
  in?: string;
  description?: string;
  style?: string;
  schema?: Schema;
  explode?: boolean;
  required?: boolean;
  examples?: Map<string, JsonValue>;
}

export interface MediaTypeObject {
  schema: Schema;
  examples?: Map<string, JsonValue>;
}

export interface RequestBodyObject {
  description?: string;
  content: Map<string, MediaTypeObject>;
  required?: boolean;
}

export interface ResponseObject {
  description: string;
  headers: Map<string, ParameterObject>;
  content: Map<string, MediaTypeObject>;
}

export type SecurityRequirement = ReadonlyMap<string, readonly string[]>;

export interface OperationObject {
  description?: string;
  summary?: string;
  externalDocs?: JsonValue;
  operationId: string;
  requestBody?: RequestBodyObject;
  deprecated?: boolean;
  parameters: ParameterObject[];
  responses: Map<string, ResponseObject>;
  security?: SecurityRequirement[];
  tags?: string[];
  extensions: Map<string, JsonValue>;
}

export function parameterToJson(p: ParameterObject): JsonObject {
  const out: JsonObject = {};
  putDefined(out, 'name', p.name);
  putDefined(out, 'in', p.in);
  putDefined(out, 'description', p.description);
  putDefined(out, 'style', p.style);
  if (p.schema) out.schema = schemaToJson(p.schema);
  if (p.explode) out.explode = true;
  if (p.required) out.required = true;
  if (p.examples && p.examples.size > 0) out.examples = mapToJson(p.examples, (v) => v);
  return out;
}

export function mediaTypeToJson(m: MediaTypeObject): JsonObject {
  const out: JsonObject = { schema: schemaToJson(m.schema) };
  if (m.examples && m.examples.size > 0) out.examples = mapToJson(m.examples, (v) => v);
  return out;
}

export function requestBodyToJson(b: RequestBodyObject): JsonObject {
  const out: JsonObject = {};
  putDefined(out, 'description', b.description);
  out.content = mapToJson(b.content, mediaTypeToJson);
  if (b.required) out.required = true;
  return out;
}

export function responseToJson(r: ResponseObject): JsonObject {
  const out: JsonObject = { description: r.description };
  if (r.headers.size > 0) out.headers = mapToJson(r.headers, parameterToJson);
  if (r.content.size > 0) out.content = mapToJson(r.content, mediaTypeToJson);
  return out;
}

export function securityToJson(requirements: readonly SecurityRequirement[]): JsonValue[] {
  return requirements.map((requirement) => {
    const out: JsonObject = {};
    for (const key of [...requirement.keys()].sort()) out[key] = [...(requirement.get(key) ?? [])];
    return out;
  });
}

export function operationToJson(o: OperationObject): JsonObject {
  const out: JsonObject = {};
  putDefined(out, 'description', o.description);
  putDefined(out, 'summary', o.summary);
  putDefined(out, 'externalDocs', o.externalDocs);
  out.operationId = o.operationId;
  if (o.requestBody) out.requestBody = requestBodyToJson(o.requestBody);
  if (o.deprecated) out.deprecated = true;
  if (o.parameters.length > 0) out.parameters = o.parameters.map(parameterToJson);
  if (o.responses.size > 0) out.responses = mapToJson(o.responses, responseToJson);
  if (o.security) out.security = securityToJson(o.security);
  if (o.tags && o.tags.length > 0) out.tags = [...o.tags];
  for (const [key, value] of o.extensions) out[key] = value;
  return out;
}

export function mapToJson<T>(
  map: ReadonlyMap<string, T>,
  toJson: (value: T) => JsonValue,
): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of map) out[key] = toJson(value);
  return out;
}

/** A map with keys in code-unit order (Java `TreeMap` over strings). */
export function sortedMap<T>(entries: Iterable<[string, T]>): Map<string, T> {
  return new Map([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
