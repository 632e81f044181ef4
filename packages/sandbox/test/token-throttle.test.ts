import { describe, expect, it } from 'vitest';
import { startSandbox } from '../src/index.js';
import type { RunningSandbox } from '../src/index.js';
import { basic, rawRequest, type RawAnswer } from './helpers.js';

const POLICY = { maxFailures: 3, windowSeconds: 60, lockoutSeconds: 30 };

/** A token request over loopback from `localAddress` (any 127.0.0.0/8 address works on Linux). */
function tokenRequest(
  sandbox: RunningSandbox,
  clientId: string,
  clientSecret: string,
  localAddress = '127.0.0.1',
): Promise<RawAnswer> {
  const body = 'grant_type=client_credentials';
  return rawRequest(
    {
      host: '127.0.0.1',
      port: sandbox.port,
      path: '/oauth/token',
      method: 'POST',
      localAddress,
      headers: {
        authorization: basic(clientId, clientSecret),
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(body.length),
      },
    },
    body,
  );
}

async function withSandbox(test: (sandbox: RunningSandbox) => Promise<void>): Promise<void> {
  const sandbox = await startSandbox({
    port: 0,
    clientAuthThrottle: POLICY,
    logError: () => undefined,
  });
  try {
    await test(sandbox);
  } finally {
    await sandbox.close();
  }
}

describe('token endpoint: repeated invalid_client is throttled per client id', () => {
  it('after maxFailures, 429 with Retry-After in RFC 6749 form, even with the right secret, for lockoutSeconds', () =>
    withSandbox(async (sandbox) => {
      const { clientId, clientSecret } = sandbox.clients[0]!;
      for (let i = 0; i < POLICY.maxFailures; i += 1) {
        const wrong = await tokenRequest(sandbox, clientId, 'wrong');
        expect([wrong.status, wrong.body['error']]).toEqual([401, 'invalid_client']);
      }
      const locked = await tokenRequest(sandbox, clientId, 'wrong');
      expect(locked.status).toBe(429);
      expect(locked.headers['retry-after']).toBe(String(POLICY.lockoutSeconds));
      expect(locked.headers['cache-control']).toBe('no-store');
      expect(locked.headers['pragma']).toBe('no-cache');
      expect(Object.keys(locked.body).sort()).toEqual(['error', 'error_description']);
      expect(locked.body['error']).toBe('temporarily_unavailable');
      expect((await tokenRequest(sandbox, clientId, clientSecret)).status).toBe(429);

      // Attempts during the lock do not extend it: it ends lockoutSeconds after it began.
      sandbox.clock.advance(POLICY.lockoutSeconds * 1000 - 1000);
      expect((await tokenRequest(sandbox, clientId, 'wrong')).status).toBe(429);
      sandbox.clock.advance(1000);
      expect((await tokenRequest(sandbox, clientId, clientSecret)).status).toBe(200);
    }));

  it('budgets are per client id: another client is not locked, and its success resets nothing', () =>
    withSandbox(async (sandbox) => {
      const [target, other] = sandbox.clients;
      await tokenRequest(sandbox, target!.clientId, 'wrong');
      await tokenRequest(sandbox, target!.clientId, 'wrong');
      expect((await tokenRequest(sandbox, other!.clientId, other!.clientSecret)).status).toBe(200);
      await tokenRequest(sandbox, target!.clientId, 'wrong');
      expect((await tokenRequest(sandbox, target!.clientId, 'wrong')).status).toBe(429);
      expect((await tokenRequest(sandbox, other!.clientId, other!.clientSecret)).status).toBe(200);
    }));

  it('unknown client ids are throttled alike, so a 429 does not tell which ids exist', () =>
    withSandbox(async (sandbox) => {
      const answers = [];
      for (let i = 0; i <= POLICY.maxFailures; i += 1) {
        answers.push((await tokenRequest(sandbox, 'no-such-app', 'guess')).status);
      }
      expect(answers).toEqual([401, 401, 401, 429]);
    }));

  it('failures older than the window do not count', () =>
    withSandbox(async (sandbox) => {
      const { clientId, clientSecret } = sandbox.clients[0]!;
      await tokenRequest(sandbox, clientId, 'wrong');
      await tokenRequest(sandbox, clientId, 'wrong');
      sandbox.clock.advance(POLICY.windowSeconds * 1000 + 1000);
      await tokenRequest(sandbox, clientId, 'wrong');
      await tokenRequest(sandbox, clientId, 'wrong');
      expect((await tokenRequest(sandbox, clientId, clientSecret)).status).toBe(200);
    }));

  it("an attacker's failures from another address never lock the client out of its own", () =>
    withSandbox(async (sandbox) => {
      const { clientId, clientSecret } = sandbox.clients[0]!;
      for (let i = 0; i <= POLICY.maxFailures; i += 1) {
        await tokenRequest(sandbox, clientId, 'wrong', '127.0.0.2');
      }
      expect((await tokenRequest(sandbox, clientId, clientSecret, '127.0.0.2')).status).toBe(429);
      expect((await tokenRequest(sandbox, clientId, clientSecret, '127.0.0.1')).status).toBe(200);
    }));
});
