/**
 * @module credentials/client-credentials
 *
 * The token source of the client credentials grant: resolves the secret (a string or a provider
 * function, for rotation without restart), goes through the shared token cache when there is one
 * (`cache-fetch`), and asks the token endpoint, retrying 5xx, 429 and network failures with the
 * client's backoff.
 */
import type { Logger } from '../smithy-types.js';
import type { CheckedUrl } from '../config/url-safety.js';
import { MAX_TOKEN_RESPONSE_BYTES, TOKEN_REQUEST_TIMEOUT_MS } from '../defaults.js';
import { OAuthError } from '../errors/oauth-error.js';
import type { PlatformResponseMetadata } from '../errors/platform-error.js';
import { ConfigurationError } from '../errors/usage-errors.js';
import { credentialTextProblem } from './credential-text.js';
import { BodyTooLargeError } from '../http/body.js';
import type { Clock } from '../http/clock.js';
import { abortError, exchange, type Exchanged } from '../http/exchange.js';
import { requestedDelay, retryDelay, type RetryPolicy } from '../http/retry-policy.js';
import type { HttpTransport } from '../http/transport.js';
import { fetchThroughCache } from './cache-fetch.js';
import { refreshSchedule } from './refresh-schedule.js';
import {
  tokenCacheKey,
  tokenCacheSecretKey,
  type CachedToken,
  type SecretKeyMaterial,
  type TokenCache,
} from './token-cache.js';
import type { TokenSource } from './token-manager.js';
import { tokenRequest, type ClientAuthenticationMethod } from './token-request.js';
import { isRetryableTokenStatus, processTokenResponse } from './token-response.js';

/** A client secret, or a function called for it whenever a new token is needed. */
export type ClientSecret = string | (() => string | Promise<string>);

/** What the client credentials source needs. */
export interface ClientCredentialsSettings {
  readonly tokenUrl: CheckedUrl;
  readonly clientId: string;
  readonly clientSecret: ClientSecret;
  readonly scopes: readonly string[];
  readonly authentication: ClientAuthenticationMethod;
  readonly userAgent: string;
  readonly transport: HttpTransport;
  readonly policy: RetryPolicy;
  readonly clock: Clock;
  readonly random: () => number;
  readonly tokenCache: TokenCache | undefined;
  readonly logger: Logger | undefined;
}

/** What the shared cache needs, derived once per secret (a provider may rotate it). */
interface DerivedFromSecret {
  readonly secret: string;
  readonly key: Promise<string>;
  readonly secretKey: Promise<SecretKeyMaterial>;
}

/** Fetches tokens with the client credentials grant; see the module documentation. */
export class ClientCredentialsSource implements TokenSource {
  readonly #settings: Omit<ClientCredentialsSettings, 'clientSecret'>;
  readonly #secret: ClientSecret;
  #derived: DerivedFromSecret | undefined;
  /** Aborts token requests still running when the client is destroyed. */
  readonly #closed = new AbortController();

  constructor(settings: ClientCredentialsSettings) {
    const { clientSecret, ...rest } = settings;
    this.#settings = rest;
    this.#secret = clientSecret;
  }

  async fetch(rejected?: string): Promise<CachedToken> {
    const secret = await this.#resolveSecret();
    const { tokenCache, clock, logger } = this.#settings;
    if (tokenCache === undefined) return this.#request(secret);
    const derived = this.#derive(secret);
    return fetchThroughCache(tokenCache, {
      key: await derived.key,
      secretKey: await derived.secretKey,
      isFresh: (token) => clock.now() < refreshSchedule(token).backgroundAt,
      rejected,
      fetch: () => this.#request(secret),
      maxWaitMs: TOKEN_REQUEST_TIMEOUT_MS,
      signal: this.#closed.signal,
      logger,
    });
  }

  /** Stops token requests in flight (the client was destroyed). */
  close(): void {
    this.#closed.abort();
  }

  async #resolveSecret(): Promise<string> {
    // A string secret was checked when the client was configured; a provider's on every call.
    if (typeof this.#secret === 'string') return this.#secret;
    const secret: unknown = await this.#secret();
    if (typeof secret !== 'string' || secret === '') {
      throw new ConfigurationError(
        'clientSecret',
        'the secret provider returned no secret (an empty or non-string value).',
      );
    }
    const problem = credentialTextProblem(secret);
    if (problem !== undefined) {
      throw new ConfigurationError('clientSecret', `the secret provider's value ${problem}`);
    }
    return secret;
  }

  #derive(secret: string): DerivedFromSecret {
    if (this.#derived?.secret !== secret) {
      const { tokenUrl, clientId, scopes } = this.#settings;
      this.#derived = {
        secret,
        key: tokenCacheKey({ tokenUrl: tokenUrl.href, clientId, scopes, clientSecret: secret }),
        secretKey: tokenCacheSecretKey(secret),
      };
    }
    return this.#derived;
  }

  async #request(secret: string): Promise<CachedToken> {
    const settings = this.#settings;
    const { clock, policy, logger } = settings;
    const request = tokenRequest({ ...settings, clientSecret: secret });
    const url = settings.tokenUrl.href;
    let attempts = 0;
    let totalRetryDelay = 0;
    let response: Exchanged | undefined;
    const metadata = (): PlatformResponseMetadata => ({
      httpStatusCode: response?.status,
      requestId: response?.headers['x-request-id'],
      attempts,
      totalRetryDelay,
    });
    const context = {
      transport: settings.transport,
      timeoutMs: TOKEN_REQUEST_TIMEOUT_MS,
      signal: this.#closed.signal,
      bodyLimit: MAX_TOKEN_RESPONSE_BYTES,
      describe: () => `Token request (POST ${url})`,
      metadata,
    };
    for (;;) {
      attempts += 1;
      logger?.debug(
        `platform-api-client: → POST ${url} token request attempt ${attempts} (${settings.authentication}, client_secret [REDACTED])`,
      );
      response = undefined;
      try {
        response = await exchange({ ...request, headers: { ...request.headers } }, context);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          throw new OAuthError(
            `Token request to ${url} failed: the response is larger than ${MAX_TOKEN_RESPONSE_BYTES} bytes`,
            'invalid_token_response',
            undefined,
            { $metadata: metadata() },
          );
        }
        if (this.#closed.signal.aborted || attempts > policy.maxRetries) throw error;
      }
      let requested: number | undefined;
      if (response !== undefined) {
        logger?.debug(
          `platform-api-client: ← ${response.status} token response (access_token [REDACTED])`,
        );
        if (!isRetryableTokenStatus(response.status) || attempts > policy.maxRetries) {
          return processTokenResponse(response, clock.now(), url, metadata());
        }
        requested = requestedDelay(response.headers, clock.now());
      }
      const delay = retryDelay(policy, attempts - 1, requested, settings.random());
      if (delay === undefined && response !== undefined) {
        return processTokenResponse(response, clock.now(), url, metadata());
      }
      totalRetryDelay += delay ?? 0;
      await clock
        .sleep(delay ?? 0, this.#closed.signal)
        .catch((reason: unknown) => Promise.reject(abortError(context, reason)));
    }
  }
}
