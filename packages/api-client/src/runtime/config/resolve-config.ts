/**
 * @module config/resolve-config
 *
 * Turns client options, environment variables and the service's environment table into a
 * checked configuration, at construction. Every problem is a {@link ConfigurationError} that
 * names the option and says how to fix it.
 */
import type { Logger, TokenIdentityProvider } from '../smithy-types.js';
import type { ClientSecret } from '../credentials/client-credentials.js';
import { credentialTextProblem } from '../credentials/credential-text.js';
import type { TokenCache } from '../credentials/token-cache.js';
import {
  DEFAULT_CLIENT_AUTHENTICATION,
  DEFAULT_ENVIRONMENT,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  ENV_CLIENT_ID,
  ENV_CLIENT_SECRET,
  ENV_ENVIRONMENT,
} from '../defaults.js';
import { ConfigurationError } from '../errors/usage-errors.js';
import { defaultTransport } from '../http/default-transport.js';
import { NodeHttpTransport } from '../http/node-transport.js';
import { FetchTransport, type HttpTransport } from '../http/transport.js';
import type { ServiceDescriptor } from '../client/service.js';
import { userAgent } from '../client/service.js';
import type {
  PlatformClientOptions,
  ResolvedClientConfig,
  TransportKind,
} from './client-options.js';
import { checkCount, MAX_TIMER_MS } from './check-count.js';
import type { RuntimeEnvironment } from './runtime-environment.js';
import { checkUrl, type CheckedUrl } from './url-safety.js';

/** The resolved configuration plus what the client keeps private. */
export interface ResolvedSettings {
  readonly config: ResolvedClientConfig;
  readonly baseUrl: CheckedUrl;
  readonly tokenUrl: CheckedUrl | undefined;
  readonly clientSecret: ClientSecret | undefined;
  readonly credentials: TokenIdentityProvider | undefined;
  readonly logger: Logger | undefined;
  readonly tokenCache: TokenCache | undefined;
  /** The partner's `requestHandler`, else the runtime's default transport. */
  readonly transport: HttpTransport;
}

const OPTION_NAMES: readonly (keyof PlatformClientOptions)[] = [
  'clientId',
  'clientSecret',
  'scopes',
  'environment',
  'baseUrl',
  'tokenUrl',
  'maxRetries',
  'timeoutMs',
  'logger',
  'credentials',
  'tokenCache',
  'clientAuthentication',
  'allowClientSecretInBrowser',
  'requestHandler',
];

/** RFC 6749 §3.3 scope-token. */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

function hasMethods(value: unknown, methods: readonly string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    methods.every((m) => typeof (value as Record<string, unknown>)[m] === 'function')
  );
}

function checkUnknownOptions(options: object): void {
  for (const key of Object.keys(options)) {
    if ((OPTION_NAMES as readonly string[]).includes(key)) continue;
    const near = OPTION_NAMES.find((name) => name.toLowerCase() === key.toLowerCase());
    throw new ConfigurationError(
      key,
      `is not an option${near ? ` (did you mean ${near}?)` : ''}. Options: ${OPTION_NAMES.join(', ')}.`,
    );
  }
}

/**
 * Without `scopes` nothing is asked for, so the server grants the application's registered
 * scopes (RFC 6749 §3.3): asking for every scope a service could need would lock out an
 * application that holds only some of them.
 */
function checkScopes(value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((s) => typeof s === 'string' && SCOPE_TOKEN.test(s))) {
    throw new ConfigurationError(
      'scopes',
      'must be an array of scope names without spaces, e.g. ["commercial:read"].',
    );
  }
  return Object.freeze([...new Set(value as string[])]);
}

function transportKind(transport: HttpTransport): TransportKind {
  if (transport instanceof NodeHttpTransport) return 'node:http';
  return transport instanceof FetchTransport ? 'fetch' : 'custom';
}

/** Resolves `options` for `service`; see the module documentation. */
export function resolveClientConfig<Env extends string>(
  service: ServiceDescriptor<Env>,
  options: PlatformClientOptions<Env>,
  runtime: RuntimeEnvironment,
): ResolvedSettings {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigurationError(
      'options',
      'must be an object, e.g. { clientId, clientSecret, environment }.',
    );
  }
  checkUnknownOptions(options);
  const names = service.environments.map((e) => e.name);
  const fromEnv = options.environment === undefined ? runtime.env(ENV_ENVIRONMENT) : undefined;
  const environment = options.environment ?? fromEnv ?? DEFAULT_ENVIRONMENT;
  const preset = service.environments.find((e) => e.name === environment);
  if (preset === undefined) {
    throw new ConfigurationError(
      fromEnv === undefined ? 'environment' : `environment (${ENV_ENVIRONMENT})`,
      `"${String(environment)}" is not an environment of ${service.name}; use one of ${names.map((n) => `"${n}"`).join(', ')}.`,
    );
  }

  const credentials = options.credentials;
  if (credentials !== undefined) {
    if (typeof credentials !== 'function') {
      throw new ConfigurationError(
        'credentials',
        'must be a function returning a promise of { token, expiration }.',
      );
    }
    for (const option of [
      'clientId',
      'clientSecret',
      'tokenCache',
      'clientAuthentication',
    ] as const) {
      if (options[option] !== undefined) {
        throw new ConfigurationError(
          option,
          'cannot be combined with credentials; the credentials provider supplies the tokens.',
        );
      }
    }
  }
  const clientId =
    credentials === undefined ? (options.clientId ?? runtime.env(ENV_CLIENT_ID)) : undefined;
  const clientSecret: ClientSecret | undefined =
    credentials === undefined
      ? (options.clientSecret ?? runtime.env(ENV_CLIENT_SECRET))
      : undefined;
  if (credentials === undefined) {
    if (typeof clientId !== 'string' || clientId === '') {
      throw new ConfigurationError(
        'clientId',
        `is missing; pass { clientId } or set ${ENV_CLIENT_ID} (or pass { credentials } with your own token provider).`,
      );
    }
    if (
      (typeof clientSecret !== 'string' || clientSecret === '') &&
      typeof clientSecret !== 'function'
    ) {
      throw new ConfigurationError(
        'clientSecret',
        `is missing; pass { clientSecret } (a string or a function returning one) or set ${ENV_CLIENT_SECRET}.`,
      );
    }
    const idProblem = credentialTextProblem(clientId);
    if (idProblem !== undefined) throw new ConfigurationError('clientId', idProblem);
    const secretProblem =
      typeof clientSecret === 'string' ? credentialTextProblem(clientSecret) : undefined;
    if (secretProblem !== undefined) throw new ConfigurationError('clientSecret', secretProblem);
    if (runtime.isBrowser && options.allowClientSecretInBrowser !== true) {
      throw new ConfigurationError(
        'clientSecret',
        'refused in a browser, where anyone can read it; fetch tokens on your server and pass { credentials }, or set allowClientSecretInBrowser: true for a page nobody else can open.',
      );
    }
  }

  const baseUrl = checkUrl('baseUrl', options.baseUrl ?? preset.baseUrl, 'a bearer token');
  const tokenUrl =
    credentials === undefined
      ? checkUrl('tokenUrl', options.tokenUrl ?? preset.tokenUrl, 'the client secret')
      : undefined;
  const clientAuthentication = options.clientAuthentication ?? DEFAULT_CLIENT_AUTHENTICATION;
  if (
    clientAuthentication !== 'client_secret_basic' &&
    clientAuthentication !== 'client_secret_post'
  ) {
    throw new ConfigurationError(
      'clientAuthentication',
      'must be "client_secret_basic" or "client_secret_post".',
    );
  }
  if (
    options.logger !== undefined &&
    !hasMethods(options.logger, ['debug', 'info', 'warn', 'error'])
  ) {
    throw new ConfigurationError(
      'logger',
      'must have debug, info, warn and error methods (console will do).',
    );
  }
  if (
    options.tokenCache !== undefined &&
    !hasMethods(options.tokenCache, ['get', 'set', 'delete'])
  ) {
    throw new ConfigurationError(
      'tokenCache',
      'must have get, set and delete methods (see InMemoryTokenCache).',
    );
  }
  if (options.requestHandler !== undefined && !hasMethods(options.requestHandler, ['handle'])) {
    throw new ConfigurationError('requestHandler', 'must have a handle(request, options) method.');
  }
  const transport = options.requestHandler ?? defaultTransport();
  return {
    config: Object.freeze({
      service: service.name,
      environment: preset.name,
      baseUrl: baseUrl.href,
      tokenUrl: tokenUrl?.href,
      clientId,
      scopes: checkScopes(options.scopes),
      maxRetries: checkCount('maxRetries', options.maxRetries, DEFAULT_MAX_RETRIES, 0, 10),
      timeoutMs: checkCount('timeoutMs', options.timeoutMs, DEFAULT_TIMEOUT_MS, 1, MAX_TIMER_MS),
      clientAuthentication,
      userAgent: userAgent(service),
      transport: transportKind(transport),
    }),
    baseUrl,
    tokenUrl,
    clientSecret,
    credentials,
    logger: options.logger,
    tokenCache: options.tokenCache,
    transport,
  };
}
