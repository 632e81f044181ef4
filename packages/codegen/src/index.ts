/**
 * @module @platform/codegen
 *
 * Generates the TypeScript sources of `@platform/api-client` from the validated model.
 */
export { CodegenError } from './codegen-error.js';
export { GENERATED_HEADER } from './source-writer.js';
export { generateSdk, type GeneratedFile, type SdkPaths } from './generate.js';
export { collectApiVersions, type ApiVersion } from './api-version.js';
