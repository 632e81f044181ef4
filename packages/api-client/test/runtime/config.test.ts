import { afterAll, describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  InMemoryTokenCache,
  type PlatformClientOptions,
} from '../../src/runtime/index.js';
import {
  detectRuntimeEnvironment,
  type RuntimeEnvironment,
} from '../../src/runtime/config/runtime-environment.js';
import { CommercialClient, type TestEnvironment } from './support/orders.js';
import { CLIENT_ID, CLIENT_SECRET, leaks, observe, observedCount } from './support/privacy.js';

const server: RuntimeEnvironment = { env: () => undefined, isBrowser: false };
const credentials = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };

function make(
  options: PlatformClientOptions<TestEnvironment>,
  runtime: RuntimeEnvironment = server,
) {
  return new CommercialClient(options, { runtime });
}

function configError(build: () => unknown): ConfigurationError {
  try {
    build();
  } catch (error) {
    observe(error);
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

function withEnv(vars: Record<string, string>, isBrowser = false): RuntimeEnvironment {
  return { env: (name) => vars[name], isBrowser };
}

describe('environments', () => {
  it('defaults to prod and takes both hosts from the environment table', () => {
    const { config } = make(credentials);
    expect(config.environment).toBe('prod');
    expect(config.baseUrl).toBe('https://api.example.gov');
    expect(config.tokenUrl).toBe('https://api.example.gov/oauth/token');
  });

  it('picks the named environment', () => {
    const { config } = make({ ...credentials, environment: 'sandbox' });
    expect(config.baseUrl).toBe('https://api-sandbox.example.gov');
    expect(config.tokenUrl).toBe('https://api-sandbox.example.gov/oauth/token');
  });

  it('lets baseUrl and tokenUrl override the environment, trailing slash removed', () => {
    const { config } = make({
      ...credentials,
      environment: 'local',
      baseUrl: 'http://127.0.0.1:8080/',
      tokenUrl: 'http://localhost:8081/oauth/token',
    });
    expect(config.environment).toBe('local');
    expect(config.baseUrl).toBe('http://127.0.0.1:8080');
    expect(config.tokenUrl).toBe('http://localhost:8081/oauth/token');
  });

  it('rejects an unknown environment, listing the valid ones', () => {
    const error = configError(() =>
      make({ ...credentials, environment: 'staging' as TestEnvironment }),
    );
    expect(error.option).toBe('environment');
    expect(error.message).toContain('"prod", "sandbox", "local"');
  });
});

describe('environment variables', () => {
  const vars = {
    PLATFORM_CLIENT_ID: 'env-id',
    PLATFORM_CLIENT_SECRET: 'env-secret',
    PLATFORM_ENVIRONMENT: 'sandbox',
  };

  it('are read when the options are absent', () => {
    const { config } = make({}, withEnv(vars));
    expect(config.clientId).toBe('env-id');
    expect(config.environment).toBe('sandbox');
  });

  it('lose to options given in code', () => {
    const { config } = make(
      { clientId: 'code-id', clientSecret: 'code-secret', environment: 'prod' },
      withEnv(vars),
    );
    expect(config.clientId).toBe('code-id');
    expect(config.environment).toBe('prod');
  });

  it('name the variable when PLATFORM_ENVIRONMENT is wrong', () => {
    const error = configError(() => make(credentials, withEnv({ PLATFORM_ENVIRONMENT: 'qa' })));
    expect(error.option).toBe('environment (PLATFORM_ENVIRONMENT)');
  });

  it('are ignored with a custom credentials provider', () => {
    const { config } = make({ credentials: async () => ({ token: 'x' }) }, withEnv(vars));
    expect(config.clientId).toBeUndefined();
    expect(config.tokenUrl).toBeUndefined();
  });
});

describe('credentials options', () => {
  it('require a client id, naming the option and the variable', () => {
    const error = configError(() => make({ clientSecret: CLIENT_SECRET }));
    expect(error.option).toBe('clientId');
    expect(error.message).toContain('PLATFORM_CLIENT_ID');
  });

  it('require a client secret, naming the option and the variable', () => {
    const error = configError(() => make({ clientId: CLIENT_ID }));
    expect(error.option).toBe('clientSecret');
    expect(error.message).toContain('PLATFORM_CLIENT_SECRET');
  });

  it.each([
    ['a trailing newline', `${CLIENT_SECRET}\n`],
    ['a leading space', ` ${CLIENT_SECRET}`],
    ['a control character', `${CLIENT_SECRET.slice(0, 4)}\u0000${CLIENT_SECRET.slice(4)}`],
    ['a C1 control character', `${CLIENT_SECRET}\u0085x`],
  ])('refuse a client secret with %s, without echoing it', (_, secret) => {
    const error = configError(() => make({ clientId: CLIENT_ID, clientSecret: secret }));
    expect(error.option).toBe('clientSecret');
    expect(error.message).toMatch(/whitespace|control characters/);
    expect(error.message).not.toContain(CLIENT_SECRET.slice(0, 8));
  });

  it('refuse a client id with surrounding whitespace', () => {
    const error = configError(() =>
      make({ clientId: `${CLIENT_ID} `, clientSecret: CLIENT_SECRET }),
    );
    expect(error.option).toBe('clientId');
  });

  it('accept a secret provider function', () => {
    expect(make({ clientId: CLIENT_ID, clientSecret: () => CLIENT_SECRET }).config.clientId).toBe(
      CLIENT_ID,
    );
  });

  it('refuse credentials together with clientId or a token cache', () => {
    const provider = async () => ({ token: 'x' });
    expect(configError(() => make({ credentials: provider, clientId: CLIENT_ID })).option).toBe(
      'clientId',
    );
    expect(
      configError(() => make({ credentials: provider, tokenCache: new InMemoryTokenCache() }))
        .option,
    ).toBe('tokenCache');
  });

  it('refuse a client secret in a browser unless explicitly allowed', () => {
    const browser = withEnv({}, true);
    const error = configError(() => make(credentials, browser));
    expect(error.option).toBe('clientSecret');
    expect(error.message).toContain('credentials');
    expect(
      make({ ...credentials, allowClientSecretInBrowser: true }, browser).config.clientId,
    ).toBe(CLIENT_ID);
    expect(
      make({ credentials: async () => ({ token: 'x' }) }, browser).config.clientId,
    ).toBeUndefined();
  });

  it('offer client_secret_basic by default and client_secret_post on request', () => {
    expect(make(credentials).config.clientAuthentication).toBe('client_secret_basic');
    expect(
      make({ ...credentials, clientAuthentication: 'client_secret_post' }).config
        .clientAuthentication,
    ).toBe('client_secret_post');
    const error = configError(() =>
      make({ ...credentials, clientAuthentication: 'private_key_jwt' as 'client_secret_post' }),
    );
    expect(error.option).toBe('clientAuthentication');
  });
});

describe('plain http', () => {
  it.each([
    ['baseUrl', { baseUrl: 'http://api.example.gov' }, 'refusing to send a bearer token'],
    [
      'tokenUrl',
      { tokenUrl: 'http://api.example.gov/oauth/token' },
      'refusing to send the client secret',
    ],
  ])('is refused for %s outside loopback', (option, override, problem) => {
    const error = configError(() => make({ ...credentials, ...override }));
    expect(error.option).toBe(option);
    expect(error.message).toContain(problem);
  });

  it.each([
    'http://127.0.0.1:4010',
    'http://127.8.9.10',
    'http://localhost:4010',
    'http://[::1]:4010',
  ])('is allowed to loopback %s', (url) => {
    expect(
      make({ ...credentials, baseUrl: url, tokenUrl: `${url}/oauth/token` }).config.baseUrl,
    ).toBe(url);
  });

  it.each([
    ['not a url', 'not an absolute URL'],
    ['ftp://api.example.gov', 'must use https'],
    ['https://user:pw@api.example.gov', 'user name or password'],
    ['https://api.example.gov/?x=1', 'query or fragment'],
    ['http://localhost.evil.example', 'refusing'],
  ])('rejects the base URL %s', (url, problem) => {
    const error = configError(() => make({ ...credentials, baseUrl: url }));
    expect(error.option).toBe('baseUrl');
    expect(error.message).toContain(problem);
  });
});

describe('numbers, scopes and plug-ins', () => {
  it('default every number to its named constant', () => {
    const { config } = make(credentials);
    expect(config.maxRetries).toBe(DEFAULT_MAX_RETRIES);
    expect(config.timeoutMs).toBe(DEFAULT_TIMEOUT_MS);
    expect(config.userAgent).toBe('platform-api-client/2.0.0 api/v2');
  });

  it.each([
    ['maxRetries', { maxRetries: -1 }],
    ['maxRetries', { maxRetries: 1.5 }],
    ['maxRetries', { maxRetries: 11 }],
    ['timeoutMs', { timeoutMs: 0 }],
    ['timeoutMs', { timeoutMs: Number.POSITIVE_INFINITY }],
    ['scopes', { scopes: ['commercial:read', 'two words'] }],
    ['scopes', { scopes: 'commercial:read' }],
    ['logger', { logger: { debug: () => undefined } }],
    ['tokenCache', { tokenCache: { get: () => undefined } }],
    ['requestHandler', { requestHandler: {} }],
  ])('rejects a malformed %s', (option, override) => {
    const error = configError(() => make({ ...credentials, ...(override as object) }));
    expect(error.option).toBe(option);
    expect(error.message.startsWith(`${option}: `)).toBe(true);
  });

  // Regression: asking for every scope of the service locked out applications holding only some.
  it('asks for no scope unless told, so the server grants what the application holds', () => {
    expect(make(credentials).config.scopes).toEqual([]);
    expect(make({ ...credentials, scopes: ['commercial:read'] }).config.scopes).toEqual([
      'commercial:read',
    ]);
  });

  it('rejects an unknown option and suggests the right spelling', () => {
    const error = configError(() =>
      make({ ...credentials, clientID: 'x' } as PlatformClientOptions<TestEnvironment>),
    );
    expect(error.option).toBe('clientID');
    expect(error.message).toContain('(did you mean clientId?). Options: clientId,');
    expect(error.message).not.toContain('?.');
  });
});

describe('the configured client', () => {
  it('never shows its secret', () => {
    const client = observe(make({ ...credentials, logger: console }));
    expect(JSON.stringify(client)).not.toContain(CLIENT_SECRET);
    expect(Object.isFrozen(client.config)).toBe(true);
  });
});

afterAll(() => {
  expect(observedCount()).toBeGreaterThan(0);
  expect(leaks()).toEqual([]);
});

describe('detectRuntimeEnvironment', () => {
  it('reads this process’s environment variables and sees no browser', () => {
    const runtime = detectRuntimeEnvironment();
    expect(runtime.isBrowser).toBe(false);
    expect(runtime.env('PATH')).toBe(process.env.PATH);
  });

  it.each([
    ['a page', { document: {} }, true],
    ['a worker', { importScripts: () => undefined }, true],
    ['a server without process', {}, false],
  ])('recognises %s', (_name, host, isBrowser) => {
    const runtime = detectRuntimeEnvironment(host);
    expect(runtime.isBrowser).toBe(isBrowser);
    expect(runtime.env('PATH')).toBeUndefined();
  });
});
