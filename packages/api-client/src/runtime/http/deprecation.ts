/**
 * @module http/deprecation
 *
 * Reports `Deprecation` (RFC 9745) and `Sunset` (RFC 8594) response headers through the logger,
 * once per operation per client, so a deprecated version is noticed without flooding the log.
 */
import type { Logger } from '../smithy-types.js';

/** Remembers which operations were reported. */
export class DeprecationNotices {
  readonly #reported = new Set<string>();

  /** Warns about `operation` if the headers announce deprecation and it was not reported yet. */
  check(
    operation: string,
    headers: Readonly<Record<string, string>>,
    logger: Logger | undefined,
  ): void {
    const deprecation = headers.deprecation;
    const sunset = headers.sunset;
    if ((deprecation === undefined && sunset === undefined) || logger === undefined) return;
    if (this.#reported.has(operation)) return;
    this.#reported.add(operation);
    const link = headers.link === undefined ? '' : ` Link: ${headers.link}.`;
    logger.warn(
      `platform-api-client: ${operation} is deprecated${deprecation === undefined ? '' : ` (Deprecation: ${deprecation})`}${
        sunset === undefined ? '' : `; it will be turned off after ${sunset} (Sunset)`
      }. Plan the move to the next major version of the SDK.${link}`,
    );
  }
}
