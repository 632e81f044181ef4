/**
 * @module credentials/custom-provider
 *
 * Adapts a partner's own `TokenIdentityProvider` (a token broker) to a token source, so its
 * tokens get the same single-flight, refresh-ahead and 401 handling as the built-in grant.
 */
import type { TokenIdentityProvider } from '../smithy-types.js';
import { DEFAULT_TOKEN_LIFETIME_MS } from '../defaults.js';
import { ConfigurationError } from '../errors/usage-errors.js';
import type { Clock } from '../http/clock.js';
import type { TokenSource } from './token-manager.js';

/**
 * A token source backed by `provider`. After the API rejected a token the provider is called
 * with `{ forceRefresh: true }`. A token without `expiration` is assumed to live
 * {@link DEFAULT_TOKEN_LIFETIME_MS}.
 */
export function customTokenSource(provider: TokenIdentityProvider, clock: Clock): TokenSource {
  return {
    async fetch(rejected) {
      const identity = await provider(rejected === undefined ? {} : { forceRefresh: true });
      const now = clock.now();
      if (typeof identity?.token !== 'string' || identity.token === '') {
        throw new ConfigurationError(
          'credentials',
          'the token provider returned no token; return { token, expiration }.',
        );
      }
      const expiration = identity.expiration?.getTime();
      return {
        accessToken: identity.token,
        issuedAt: now,
        expiresAt:
          expiration !== undefined && Number.isFinite(expiration)
            ? expiration
            : now + DEFAULT_TOKEN_LIFETIME_MS,
      };
    },
  };
}
