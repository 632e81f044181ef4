/**
 * @module redis/options
 *
 * Checks the options of the `/redis` factories when they are called, with the same
 * `ConfigurationError` (naming the option) as a client's constructor, so a mistake shows at
 * start-up rather than at the first token request or webhook.
 */
import { checkCount, MAX_TIMER_MS } from '../runtime/config/check-count.js';
import { ConfigurationError } from '../runtime/errors/usage-errors.js';
import type { RedisCommandClient } from './commands.js';

/** Options every `/redis` factory takes. */
interface CommonOptions {
  readonly client: RedisCommandClient;
  readonly keyPrefix?: string;
  readonly commandTimeoutMs?: number;
}

/** `options` with defaults applied; throws a `ConfigurationError` naming the first bad one. */
export function checkRedisOptions(
  options: CommonOptions,
  defaults: { readonly keyPrefix: string; readonly commandTimeoutMs: number },
): Required<CommonOptions> {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigurationError('options', 'pass an object with at least { client }.');
  }
  const { client, keyPrefix = defaults.keyPrefix } = options;
  if (
    typeof client !== 'object' ||
    client === null ||
    typeof (client as Partial<RedisCommandClient>).sendCommand !== 'function'
  ) {
    throw new ConfigurationError(
      'client',
      'must have a sendCommand(args) method: a node-redis client from createClient(), or an adapter (see the guide for ioredis).',
    );
  }
  if (typeof keyPrefix !== 'string') {
    throw new ConfigurationError('keyPrefix', 'must be a string.');
  }
  return {
    client,
    keyPrefix,
    commandTimeoutMs: checkCount(
      'commandTimeoutMs',
      options.commandTimeoutMs,
      defaults.commandTimeoutMs,
      1,
      MAX_TIMER_MS,
    ),
  };
}
