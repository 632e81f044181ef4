/**
 * @module emit/lifecycle
 *
 * The `@deprecated` tag of a deprecated API version, written on its entry point, clients,
 * commands and paginators so that editors strike them through and say until when they work.
 * It comes from the `@lifecycle` trait of the version's services: deprecated once `deprecatedAt`
 * or `sunsetAt` is set, with the sunset date, the successor and the published policy.
 */
import type { NodeValue } from '@platform/smithy';
import { LIFECYCLE, type ApiVersion } from '../api-version.js';

function field(value: NodeValue | undefined, name: string): string | undefined {
  const fields =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, NodeValue>)
      : {};
  const found = fields[name];
  return typeof found === 'string' ? found : undefined;
}

/** The earliest of the services' values of `name` (services of one version normally agree). */
function earliest(version: ApiVersion, name: string): string | undefined {
  const values = version.services
    .map(({ shape }) => field(shape.traits[LIFECYCLE], name))
    .filter((value): value is string => value !== undefined)
    .sort();
  return values[0];
}

/** `2027-12-01T00:00:00Z` → `2027-12-01`. */
function day(timestamp: string): string {
  return timestamp.slice(0, 10);
}

/** The `@deprecated …` line for a deprecated version, `undefined` for a current one. */
export function deprecationTag(version: ApiVersion): string | undefined {
  const deprecatedAt = earliest(version, 'deprecatedAt');
  const sunsetAt = earliest(version, 'sunsetAt');
  if (deprecatedAt === undefined && sunsetAt === undefined) return undefined;
  const since = deprecatedAt === undefined ? '' : ` since ${day(deprecatedAt)}`;
  const sunset =
    sunsetAt === undefined
      ? ' Its sunset date is not announced yet.'
      : ` From its sunset on ${day(sunsetAt)} every call fails with ApiVersionGoneError.`;
  const successor =
    version.successorMajor === undefined
      ? ''
      : ` Move to API v${version.successorMajor}: \`@platform/api-client/v${version.successorMajor}\`.`;
  const policyUrl = earliest(version, 'policyUrl');
  const policy = policyUrl === undefined ? '' : ` Policy: ${policyUrl}`;
  return `@deprecated API v${version.major} is deprecated${since}.${sunset}${successor}${policy}`;
}
