/**
 * @module Public API of the OpenAPI converter: a loaded Smithy model (from `@platform/smithy`) and
 * smithy-openapi-style settings in, one OpenAPI document per service out.
 */
export { convertToOpenApi } from './openapi/convert.js';
export type { OpenApiConversionResult } from './openapi/convert.js';
export { writeOpenApiJson } from './json/write-json.js';
export { OpenApiConversionError, isOpenApiConversionError } from './errors.js';
export type { OpenApiErrorCode, OpenApiWarning } from './errors.js';
export type {
  CodeSample,
  CodeSampleContext,
  CodeSampleProvider,
  OpenApiSettings,
  OpenApiVersion,
  PlatformSettings,
  TimestampFormat,
} from './settings.js';
export type { JsonObject, JsonValue } from './json/json-value.js';
