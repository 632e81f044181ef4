/**
 * @module Settings of the JSON Schema layer (smithy-jsonschema's `JsonSchemaConfig`): the subset of
 * the OpenAPI settings it reads, plus where definitions live and which JSON Schema draft to write.
 */
import type { ShapeId } from '@platform/smithy';
import type { ResolvedSettings } from '../settings.js';

export type JsonSchemaVersion = 'draft07' | 'draft2020-12';

export type SchemaSettings = Pick<
  ResolvedSettings,
  | 'alphanumericOnlyRefs'
  | 'useJsonName'
  | 'defaultTimestampFormat'
  | 'unionStrategy'
  | 'mapStrategy'
  | 'enumStrategy'
  | 'disableFeatures'
  | 'supportNonNumericFloats'
  | 'enableOutOfServiceReferences'
  | 'useIntegerType'
  | 'disableDefaultValues'
  | 'disableIntEnums'
  | 'addReferenceDescriptions'
  | 'useInlineMaps'
  | 'disableDefaultDeprecatedMessage'
> & {
  /** JSON pointer of the definitions object, e.g. `#/components/schemas`. */
  readonly definitionPointer: string;
  readonly jsonSchemaVersion: JsonSchemaVersion;
  /** Service whose `rename` names shapes and whose closure scopes the conversion. */
  readonly service?: ShapeId;
};

/** The schema layer's defaults (smithy-jsonschema's), shared by JSON Schema and OpenAPI output. */
export const SCHEMA_DEFAULTS: Omit<
  SchemaSettings,
  'definitionPointer' | 'jsonSchemaVersion' | 'service'
> = {
  alphanumericOnlyRefs: false,
  useJsonName: false,
  defaultTimestampFormat: 'date-time',
  unionStrategy: 'oneOf',
  mapStrategy: 'propertyNames',
  enumStrategy: 'enum',
  disableFeatures: [],
  supportNonNumericFloats: false,
  enableOutOfServiceReferences: false,
  useIntegerType: false,
  disableDefaultValues: false,
  disableIntEnums: false,
  addReferenceDescriptions: false,
  useInlineMaps: false,
  disableDefaultDeprecatedMessage: false,
};
