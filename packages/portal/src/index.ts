/**
 * @module `@platform/portal`: builds the static developer portal and serves a built one.
 */
export { buildSite, SITE_TITLE } from './build.js';
export type { BuildOptions, BuildResult, ReferenceSite } from './build.js';
export { servePortal } from './serve.js';
export { extractCodeBlocks, type CodeSample } from './samples/extract.js';
export type { RunningPortal, ServePortalOptions } from './serve.js';
export { diffServices } from './diff/diff.js';
export type { ServiceRef } from './diff/diff.js';
export type { ChangeCode, ModelChange } from './diff/changes.js';
