/**
 * @module Plain JSON Schema documents from a model (smithy-jsonschema's converter on its own,
 * without OpenAPI): an optional root shape's schema at the top, the definitions under
 * `#/definitions` (draft-07) or `#/$defs` (draft 2020-12). The OpenAPI converter uses the same
 * schema layer.
 */
import type { SemanticModel, ShapeId } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { addWithIntermediateValues } from '../json/json-pointer.js';
import { ConversionModel } from '../model/conversion-model.js';
import { disableMapper, timestampMapper } from './schema-mappers.js';
import { SchemaConverter } from './schema-converter.js';
import { schemaToJson } from './schema.js';
import type { JsonObject, JsonValue } from '../json/json-value.js';
import { SCHEMA_DEFAULTS } from './schema-settings.js';
import type { JsonSchemaVersion, SchemaSettings } from './schema-settings.js';

export interface JsonSchemaSettings extends Partial<
  Omit<SchemaSettings, 'definitionPointer' | 'jsonSchemaVersion'>
> {
  readonly jsonSchemaVersion?: JsonSchemaVersion;
  /** Where definitions go (default `#/definitions`, or `#/$defs` for draft 2020-12). */
  readonly definitionPointer?: string;
  readonly schemaDocumentExtensions?: Readonly<Record<string, JsonValue>>;
}

export interface JsonSchemaConversion {
  /** The document for `root` (a shape, or a service for its closure), or the whole model. */
  document(root?: ShapeId): JsonObject;
  /** The `$ref` pointer of a shape. */
  pointer(id: ShapeId): string;
}

export function jsonSchemaConversion(
  model: SemanticModel,
  settings: JsonSchemaSettings = {},
): JsonSchemaConversion {
  const version = settings.jsonSchemaVersion ?? 'draft07';
  const resolved: SchemaSettings = {
    ...SCHEMA_DEFAULTS,
    ...settings,
    jsonSchemaVersion: version,
    definitionPointer:
      settings.definitionPointer ?? (version === 'draft07' ? '#/definitions' : '#/$defs'),
  };
  const conversionModel = ConversionModel.of(model);
  const converter = new SchemaConverter(conversionModel, resolved, [
    timestampMapper(resolved),
    disableMapper(resolved),
  ]);
  return {
    pointer: (id) => converter.toPointer(id),
    document(root) {
      const rootShape = root === undefined ? undefined : conversionModel.shape(root);
      if (root !== undefined && !rootShape) {
        throw new OpenApiConversionError(
          'InvalidSettings',
          `Invalid root shape (shape not found): ${root}`,
        );
      }
      let document: JsonObject =
        rootShape && rootShape.type !== 'service' ? schemaToJson(converter.convert(rootShape)) : {};
      for (const [key, value] of Object.entries(settings.schemaDocumentExtensions ?? {}))
        document[key] = value;
      for (const [pointer, schema] of converter.definitions(
        root === undefined ? undefined : [root],
        root,
      )) {
        document = addWithIntermediateValues(document, pointer, schemaToJson(schema));
      }
      return document;
    },
  };
}
