/**
 * @module `@platform/portal`: builds the static developer portal and serves a built one.
 */
export { buildSite, SITE_TITLE } from './build.js';
export type { BuildOptions, BuildResult, ReferenceSite } from './build.js';
export { servePortal } from './serve.js';
export { extractCodeBlocks, type CodeSample } from './samples/extract.js';
export type { RunningPortal, ServePortalOptions } from './serve.js';
