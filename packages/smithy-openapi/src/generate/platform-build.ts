/**
 * @module What the Platform documents are made from: the model's `smithy-build.json` (its sources
 * and one `openapi` projection per service, the settings the Java toolchain uses too) plus our
 * additions, which only this generator turns on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OpenApiConversionError } from '../errors.js';
import type { OpenApiSettings } from '../settings.js';

/** Settings added to every projection's upstream settings for the Platform documents. */
export const PLATFORM_ADDITIONS = {
  useIntegerType: true,
  platform: {
    oauth2ClientCredentials: true,
    servers: true,
    webhooks: true,
    pagination: true,
    lifecycle: true,
    summaries: true,
    codeSamples: true,
  },
} as const satisfies Partial<OpenApiSettings>;

export interface PlatformProjection {
  readonly name: string;
  /** The projection's `openapi` plugin settings, as the Java toolchain reads them. */
  readonly upstream: Readonly<Record<string, unknown>> & { readonly service: string };
  readonly settings: OpenApiSettings;
}

export interface PlatformBuild {
  /** Model source folders, absolute. */
  readonly sources: readonly string[];
  readonly projections: readonly PlatformProjection[];
}

export function readPlatformBuild(modelDir: string): PlatformBuild {
  const file = join(modelDir, 'smithy-build.json');
  const build = JSON.parse(readFileSync(file, 'utf8')) as {
    sources?: unknown;
    projections?: Record<string, { plugins?: { openapi?: Record<string, unknown> } }>;
  };
  if (!Array.isArray(build.sources) || !build.sources.every((s) => typeof s === 'string')) {
    throw new OpenApiConversionError(
      'InvalidSettings',
      `${file}: \`sources\` must be a list of folders`,
    );
  }
  const projections: PlatformProjection[] = [];
  for (const [name, projection] of Object.entries(build.projections ?? {}).sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    const openapi = projection.plugins?.openapi;
    if (!openapi) continue;
    if (typeof openapi.service !== 'string') {
      throw new OpenApiConversionError(
        'InvalidSettings',
        `${file}: projection \`${name}\` has an openapi plugin without \`service\``,
      );
    }
    const upstream = openapi as PlatformProjection['upstream'];
    projections.push({
      name,
      upstream,
      settings: { ...upstream, ...PLATFORM_ADDITIONS } as OpenApiSettings,
    });
  }
  return { sources: (build.sources as string[]).map((s) => join(modelDir, s)), projections };
}
