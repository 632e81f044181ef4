/**
 * The numbers and header names the guides state about rate limits, webhook redelivery and the
 * token request are the sandbox's: read from its documented defaults and observed on a running
 * sandbox, so a change there fails here until the guide says the same. The raw token request of
 * the authentication guide (the block named `token-request.sh`) runs with bash and curl, as
 * written, against a real sandbox.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  DEFAULT_CLIENT_AUTH_THROTTLE,
  DEFAULT_IDEMPOTENCY_KEYS_PER_APPLICATION,
  DEFAULT_RATE_LIMIT,
  DEFAULT_WEBHOOK_RETRY,
  startSandbox,
} from '@platform/sandbox';
import { describe, expect, it } from 'vitest';
import { extractCodeBlocks } from '../src/samples/extract.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CURL = '/usr/bin/curl';
const exec = promisify(execFile);

function guide(name: string): string {
  return readFileSync(new URL(`../../../docs/${name}`, import.meta.url), 'utf8');
}

/** The Markdown of a guide's `## heading` section, up to the next level-2 heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no "## ${heading}" section`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** Prettier may wrap a sentence anywhere: prose compares with single spaces. */
function prose(markdown: string): string {
  return markdown.replace(/\s+/g, ' ');
}

/** The cells of each body row of the Markdown tables in `markdown`. */
function tableRows(markdown: string): string[][] {
  const lines = markdown.split('\n').filter((line) => line.startsWith('|'));
  const header = lines[0];
  return lines
    .filter((line) => line !== header && !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

describe('rate limits in docs/errors-and-retries.md', () => {
  const markdown = section(guide('errors-and-retries.md'), 'Rate limits');
  const text = prose(markdown);
  const { requests, perSeconds } = DEFAULT_RATE_LIMIT;

  it('states the sandbox’s default budget', () => {
    expect(text).toContain(`a bucket that holds ${requests} calls`);
    expect(text).toContain(`refills evenly at ${requests / perSeconds} calls per second`);
    expect(text).toContain(`a burst of up to ${requests} calls`);
    expect(text).toContain(`about one call every ${(perSeconds * 1000) / requests} ms`);
  });

  it('states the token endpoint’s lockout and the idempotency key limit', () => {
    const { maxFailures, windowSeconds, lockoutSeconds } = DEFAULT_CLIENT_AUTH_THROTTLE;
    expect(text).toContain(`after ${maxFailures} failed client authentications`);
    expect(text).toContain(`within ${windowSeconds} seconds`);
    expect(text).toContain(`\`Retry-After\` for ${lockoutSeconds} seconds`);
    expect(text).toContain(`at most ${DEFAULT_IDEMPOTENCY_KEYS_PER_APPLICATION} live`);
  });

  it('names the headers a 429 of the sandbox carries', { timeout: 30_000 }, async () => {
    const documented = tableRows(markdown).map((row) => (row[0] ?? '').replace(/`/g, ''));
    expect(documented).toEqual(['Retry-After', 'retry-after-ms', 'x-request-id']);
    const sandbox = await startSandbox({ port: 0, rateLimit: { requests: 1, perSeconds: 3600 } });
    try {
      const app = sandbox.clients.find((c) => c.scopes.includes('commercial:read'));
      if (!app) throw new Error('the sandbox has no demo client with commercial:read');
      const tokenResponse = await fetch(sandbox.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: app.clientId,
          client_secret: app.clientSecret,
        }),
      });
      const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
      const call = () =>
        fetch(`${sandbox.baseUrl}/v2/orders`, { headers: { authorization: `Bearer ${token}` } });
      expect((await call()).status).toBe(200);
      const limited = await call();
      expect(limited.status).toBe(429);
      for (const name of documented) expect(limited.headers.get(name), name).toMatch(/\S/);
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(limited.headers.get('retry-after-ms')).toMatch(/^\d+$/);
      expect(((await limited.json()) as { code: string }).code).toBe('RateLimitedError');
    } finally {
      await sandbox.close();
    }
  });
});

describe('webhook redelivery in docs/webhooks.md', () => {
  const markdown = section(guide('webhooks.md'), 'Retries and the redelivery schedule');
  const text = prose(markdown);
  const { maxAttempts, initialDelayMs, maxDelayMs, timeoutMs } = DEFAULT_WEBHOOK_RETRY;

  it('lists the sandbox’s schedule, attempt by attempt', () => {
    // The dispatcher waits min(initial × 2^(n−1), max) after the n-th failed attempt.
    const want = Array.from({ length: maxAttempts }, (_, i) =>
      i === 0
        ? ['1', 'at once, when the event happens']
        : [
            String(i + 1),
            `${Math.min(initialDelayMs * 2 ** (i - 1), maxDelayMs) / 1000} s after attempt ${i} failed`,
          ],
    );
    expect(tableRows(markdown)).toEqual(want);
  });

  it('states the timeout, the longest wait and when a delivery is given up', () => {
    expect(text).toContain(`a \`2xx\` status within ${timeoutMs / 1000} seconds`);
    expect(text).toContain(`doubles from ${initialDelayMs / 1000} second`);
    expect(text).toContain(`never exceeds ${maxDelayMs / 1000} seconds`);
    const ordinal = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][maxAttempts - 1];
    expect(text).toContain(`After the ${ordinal} failed attempt the delivery is given up`);
  });
});

const needsCurl = { skip: !existsSync(CURL), meta: { skipReason: `${CURL} is absent` } };

describe('the raw token request of docs/authentication.md', needsCurl, () => {
  const markdown = guide('authentication.md');
  const [sample] = extractCodeBlocks(markdown, 'docs/authentication.md', ['sh']).filter(
    (b) => b.name === 'token-request.sh',
  );
  const [example] = extractCodeBlocks(markdown, 'docs/authentication.md', ['json']);

  it(
    'runs as written against the sandbox and answers as the guide shows',
    { timeout: 30_000 },
    async () => {
      expect(sample?.code).toContain('curl');
      const shown = JSON.parse(example?.code ?? '{}') as Record<string, unknown>;
      const sandbox = await startSandbox({ port: 0 });
      try {
        const app = sandbox.clients.find((c) => c.scopes.includes('commercial:read'));
        if (!app) throw new Error('the sandbox has no demo client with commercial:read');
        // Asynchronous: the sandbox answers from this same process.
        const run = await exec('bash', ['-euo', 'pipefail', '-c', sample?.code ?? 'false'], {
          cwd: REPO_ROOT,
          encoding: 'utf8',
          timeout: 20_000,
          env: {
            PATH: process.env['PATH'],
            PLATFORM_TOKEN_URL: sandbox.tokenUrl,
            PLATFORM_CLIENT_ID: app.clientId,
            PLATFORM_CLIENT_SECRET: app.clientSecret,
          },
        });
        const answer = JSON.parse(run.stdout) as Record<string, unknown>;
        expect(Object.keys(answer).sort()).toEqual(Object.keys(shown).sort());
        expect(answer).toMatchObject({
          token_type: shown['token_type'],
          expires_in: shown['expires_in'],
          scope: shown['scope'],
        });
        const call = await fetch(`${sandbox.baseUrl}/v2/orders`, {
          headers: { authorization: `Bearer ${String(answer['access_token'])}` },
        });
        expect(call.status).toBe(200);
      } finally {
        await sandbox.close();
      }
    },
  );
});
