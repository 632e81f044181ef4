/**
 * @module emit/environments
 *
 * `environments.ts` of a version: the preset table from `example.platform#environments`, the
 * only place the SDK learns base URLs and token URLs.
 */
import type { ApiVersion } from '../api-version.js';
import { GENERATED_HEADER, literal } from '../source-writer.js';

export function emitEnvironments(version: ApiVersion): string {
  const entries = version.environments.map(
    (env) =>
      `  {\n    name: ${literal(env.name)},\n    baseUrl: ${literal(env.baseUrl)},\n    tokenUrl: ${literal(env.tokenUrl)},\n  },\n`,
  );
  const docs = version.environments.map(
    (env) =>
      ` * - \`${env.name}\`: ${env.baseUrl}${env.description ? ` — ${env.description.replace(/\*\//g, '*\\/')}` : ''}`,
  );
  return (
    GENERATED_HEADER +
    `\n/** Names accepted by the \`environment\` option. */\n` +
    `export type Environment = ${version.environments.map((e) => literal(e.name)).join(' | ')};\n\n` +
    `/**\n * Base URL and token URL per environment, from the model:\n${docs.join('\n')}\n */\n` +
    `export const ENVIRONMENTS = [\n${entries.join('')}] as const satisfies readonly { name: Environment; baseUrl: string; tokenUrl: string }[];\n`
  );
}
