/**
 * @module A version's lifecycle on the wire. While deprecated, every response carries
 * `Deprecation` (RFC 9745, `@<unix seconds>`), `Sunset` (RFC 8594, an HTTP date) and `Link`s to
 * the policy. Once retired (by a setting, or the admin endpoint), every call is a 410
 * `ApiVersionRetiredError` naming the successor.
 */
import type { MiddlewareHandler } from 'hono';
import type { SandboxContext } from '../context.js';
import type { SandboxEnv } from '../http/env.js';
import { ApiError } from '../api-error.js';
import { toRfc3339 } from '../http/rfc3339.js';
import type { ApiVersion } from './api-model.js';

export function lifecycleHeaders(version: ApiVersion): Record<string, string> {
  if (!version.deprecatedAt) return {};
  const headers: Record<string, string> = {
    deprecation: `@${Math.floor(version.deprecatedAt.getTime() / 1000)}`,
  };
  const links = [`<${version.policyUrl}>; rel="deprecation"; type="text/html"`];
  if (version.sunsetAt) {
    headers['sunset'] = version.sunsetAt.toUTCString();
    links.push(`<${version.policyUrl}>; rel="sunset"; type="text/html"`);
  }
  headers['link'] = links.join(', ');
  return headers;
}

export function versionLifecycle(
  ctx: SandboxContext,
  version: ApiVersion,
): MiddlewareHandler<SandboxEnv> {
  const headers = lifecycleHeaders(version);
  return async (c, next) => {
    if (ctx.settings.retiredVersions.has(version.major)) {
      const successor = `v${version.successorMajor ?? version.major + 1}`;
      throw new ApiError(
        'versionRetired',
        `API ${version.label} has been retired; move to ${successor} (the SDK major of the same number).`,
        {
          retiredVersion: version.label,
          successorVersion: successor,
          retiredAt: toRfc3339(version.sunsetAt ?? ctx.clock.now()),
          migrationGuideUrl: version.policyUrl,
        },
        headers,
      );
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
