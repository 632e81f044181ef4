/**
 * @module redis/outage
 *
 * Logging a Redis outage once, not once per token request: the first trouble is a warning, the
 * first success after it a notice that tokens are shared again (ARCHITECTURE.md §4.7).
 */
import type { Logger } from '../runtime/smithy-types.js';
import type { RedisUnavailableError } from './commands.js';

/** Whether Redis is currently seen as down, and the two log lines around an outage. */
export class OutageLog {
  #down = false;

  /** Redis failed: warn if it was up until now. */
  failed(logger: Logger | undefined, error: RedisUnavailableError): void {
    if (this.#down) return;
    this.#down = true;
    logger?.warn(
      `platform-api-client: Redis token cache unavailable, this process uses its own token until it is back: ${error.message}`,
    );
  }

  /** Redis answered: say so if it was down. */
  succeeded(logger: Logger | undefined): void {
    if (!this.#down) return;
    this.#down = false;
    logger?.info(
      'platform-api-client: Redis token cache is back, the fleet shares one token again',
    );
  }
}
