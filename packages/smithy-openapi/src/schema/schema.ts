/**
 * @module A JSON Schema under construction, with the keywords smithy-jsonschema produces, and its
 * serialisation (keyword order as upstream writes it; `required` sorted). Schemas are treated as
 * values: code that changes one copies it first with `copySchema`.
 */
import type { BigNumberValue } from '@platform/smithy';
import { compareStrings, putDefined } from '../json/json-value.js';
import type { JsonObject, JsonValue } from '../json/json-value.js';

export type SchemaNumber = number | BigNumberValue;

export interface Schema {
  ref?: string;
  type?: string;
  enumValues?: string[];
  intEnumValues?: SchemaNumber[];
  const?: JsonValue;
  default?: JsonValue;
  multipleOf?: SchemaNumber;
  maximum?: SchemaNumber;
  exclusiveMaximum?: SchemaNumber;
  minimum?: SchemaNumber;
  exclusiveMinimum?: SchemaNumber;
  maxLength?: SchemaNumber;
  minLength?: SchemaNumber;
  pattern?: string;
  items?: Schema;
  maxItems?: SchemaNumber;
  minItems?: SchemaNumber;
  uniqueItems?: boolean;
  maxProperties?: SchemaNumber;
  minProperties?: SchemaNumber;
  required?: string[];
  properties?: Map<string, Schema>;
  additionalProperties?: Schema;
  propertyNames?: Schema;
  patternProperties?: Map<string, Schema>;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  not?: Schema;
  title?: string;
  description?: string;
  format?: string;
  readOnly?: boolean;
  writeOnly?: boolean;
  comment?: string;
  examples?: JsonValue;
  deprecated?: boolean;
  contentEncoding?: string;
  contentMediaType?: string;
  /** Other keywords (`x-...`, `externalDocs`, `deprecated` from OpenAPI), in insertion order. */
  extensions?: Map<string, JsonValue>;
}

/** A copy that can be changed without touching the original (nested schemas are shared). */
export function copySchema(schema: Schema): Schema {
  const copy: Schema = { ...schema };
  if (schema.properties) copy.properties = new Map(schema.properties);
  if (schema.patternProperties) copy.patternProperties = new Map(schema.patternProperties);
  if (schema.extensions) copy.extensions = new Map(schema.extensions);
  if (schema.required) copy.required = [...schema.required];
  if (schema.enumValues) copy.enumValues = [...schema.enumValues];
  if (schema.intEnumValues) copy.intEnumValues = [...schema.intEnumValues];
  return copy;
}

export function putExtension(schema: Schema, key: string, value: JsonValue): void {
  (schema.extensions ??= new Map()).set(key, value);
}

/** Keywords that `disableFeatures` and the OpenAPI version may remove. */
const DISABLEABLE: Readonly<Record<string, (keyof Schema)[]>> = {
  enum: ['enumValues', 'intEnumValues'],
};

/** Removes a keyword, as smithy-jsonschema's `disableProperty` does (unknown names are ignored). */
export function disableKeyword(schema: Schema, keyword: string): void {
  const fields = DISABLEABLE[keyword] ?? (KEYWORDS.has(keyword) ? [keyword as keyof Schema] : []);
  for (const field of fields) delete schema[field];
}

const KEYWORDS = new Set<string>([
  'const',
  'default',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'items',
  'maxItems',
  'minItems',
  'uniqueItems',
  'properties',
  'additionalProperties',
  'required',
  'maxProperties',
  'minProperties',
  'propertyNames',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'title',
  'description',
  'format',
  'readOnly',
  'writeOnly',
  'comment',
  'contentEncoding',
  'contentMediaType',
  'examples',
  'deprecated',
]);

export function schemaToJson(schema: Schema): JsonObject {
  const out: JsonObject = {};
  putDefined(out, 'type', schema.type);
  putDefined(out, '$ref', schema.ref);
  putDefined(out, 'const', schema.const);
  putDefined(out, 'default', schema.default);
  putDefined(out, 'multipleOf', schema.multipleOf);
  putDefined(out, 'maximum', schema.maximum);
  putDefined(out, 'exclusiveMaximum', schema.exclusiveMaximum);
  putDefined(out, 'minimum', schema.minimum);
  putDefined(out, 'exclusiveMinimum', schema.exclusiveMinimum);
  if (schema.items) out.items = schemaToJson(schema.items);
  putDefined(out, 'maxItems', schema.maxItems);
  putDefined(out, 'minItems', schema.minItems);
  if (schema.uniqueItems) out.uniqueItems = true;
  putDefined(out, 'maxLength', schema.maxLength);
  putDefined(out, 'minLength', schema.minLength);
  putDefined(out, 'pattern', schema.pattern);
  if (schema.additionalProperties)
    out.additionalProperties = schemaToJson(schema.additionalProperties);
  if (schema.propertyNames) out.propertyNames = schemaToJson(schema.propertyNames);
  putDefined(out, 'maxProperties', schema.maxProperties);
  putDefined(out, 'minProperties', schema.minProperties);
  if (schema.not) out.not = schemaToJson(schema.not);
  putDefined(out, 'comment', schema.comment);
  putDefined(out, 'examples', schema.examples);
  if (schema.deprecated) out.deprecated = true;
  putDefined(out, 'title', schema.title);
  putDefined(out, 'description', schema.description);
  putDefined(out, 'format', schema.format);
  putDefined(out, 'contentEncoding', schema.contentEncoding);
  putDefined(out, 'contentMediaType', schema.contentMediaType);
  if (schema.properties && schema.properties.size > 0)
    out.properties = schemaMapToJson(schema.properties);
  if (schema.patternProperties && schema.patternProperties.size > 0) {
    out.patternProperties = schemaMapToJson(schema.patternProperties);
  }
  if (schema.required && schema.required.length > 0)
    out.required = [...schema.required].sort(compareStrings);
  const enumValues = [...(schema.intEnumValues ?? []), ...(schema.enumValues ?? [])];
  if (enumValues.length > 0) out.enum = enumValues;
  if (schema.allOf && schema.allOf.length > 0) out.allOf = schema.allOf.map(schemaToJson);
  if (schema.anyOf && schema.anyOf.length > 0) out.anyOf = schema.anyOf.map(schemaToJson);
  if (schema.oneOf && schema.oneOf.length > 0) out.oneOf = schema.oneOf.map(schemaToJson);
  if (schema.readOnly) out.readOnly = true;
  if (schema.writeOnly) out.writeOnly = true;
  for (const [key, value] of schema.extensions ?? []) out[key] = value;
  return out;
}

function schemaMapToJson(map: ReadonlyMap<string, Schema>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of map) out[key] = schemaToJson(value);
  return out;
}
