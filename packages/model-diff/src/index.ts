/**
 * @module `@platform/model-diff`: the difference between two versions of a service as partners
 * feel it, with a severity per change. The portal's changelog and the breaking-change gate
 * (`scripts/breaking-changes.ts`) both read it, so what the changelog calls breaking is what
 * the gate stops.
 */
export { diffServices } from './diff.js';
export type { ServiceRef } from './diff.js';
export { sortChanges } from './changes.js';
export type { ChangeCode, ModelChange, Severity } from './changes.js';
