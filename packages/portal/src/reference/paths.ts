/** @module Where each reference page of an API version lives in the built site. */
import type { SitePath } from '../site/page.js';
import type { OperationDoc } from './api.js';

export const referencePaths = {
  versionIndex: (version: string): SitePath => `${version}/index.html`,
  operation: (version: string, op: OperationDoc): SitePath =>
    `${version}/${op.service.slug}/${op.name}.html`,
  schemas: (version: string): SitePath => `${version}/schemas.html`,
  webhooks: (version: string): SitePath => `${version}/webhooks.html`,
  changelog: 'changelog.html' as SitePath,
  /** The service's OpenAPI document, copied from the repository's `openapi/` as generated. */
  openapi: (version: string, service: string): SitePath =>
    `openapi/${version}/${service}.openapi.json`,
} as const;

/** Site path of a guide by its file name in `docs/` (without `.md`). */
export function guidePath(slug: string): SitePath {
  return `guides/${slug}.html`;
}
