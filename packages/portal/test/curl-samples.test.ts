/**
 * The curl sample of every operation page is run, as written, against a real sandbox: the
 * generator is given the sandbox's base URL instead of the hosted one, and bash runs the
 * command with a real access token. A sample passes when the sandbox accepts the request's
 * shape: a success, or one of the operation's modeled errors other than a validation error
 * (the examples' ids need not exist in the sandbox's synthetic data).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '@platform/sandbox';
import { describe, expect, it } from 'vitest';
import { loadPortalModel } from '../src/portal.js';
import { curlSample } from '../src/reference/sample-text.js';
import { buildReference } from '../src/reference/site.js';
import { createCodeHighlighter } from '../src/site/highlight.js';
import { createMarkdownRenderer } from '../src/site/markdown.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CURL = '/usr/bin/curl';
const exec = promisify(execFile);

const reference = buildReference(
  loadPortalModel(REPO_ROOT),
  createMarkdownRenderer(await createCodeHighlighter()),
);
const operations = reference.api.flatMap((v) =>
  v.services.flatMap((s) => s.operations.map((op) => ({ version: v.name, op }))),
);
if (!existsSync(CURL)) console.warn(`curl samples not run: ${CURL} is absent`);

async function accessToken(
  tokenUrl: string,
  id: string,
  secret: string,
  scopes: readonly string[],
) {
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: scopes.join(' ') }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token from the sandbox: ${JSON.stringify(body)}`);
  return body.access_token;
}

async function inBatches<T>(items: readonly T[], size: number, run: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

const needsCurl = { skip: !existsSync(CURL), meta: { skipReason: `${CURL} is absent` } };

describe('curl samples against the sandbox', needsCurl, () => {
  it(
    'sends every operation’s curl sample in a shape the sandbox accepts',
    { timeout: 180_000 },
    async () => {
      const sandbox = await startSandbox({ port: 0, rateLimit: null });
      try {
        const app = sandbox.clients.find((c) => c.clientId === 'demo-app') ?? sandbox.clients[0];
        if (!app) throw new Error('the sandbox has no demo client');
        const token = await accessToken(
          sandbox.tokenUrl,
          app.clientId,
          app.clientSecret,
          app.scopes,
        );
        const problems: string[] = [];
        // A few at a time: each sample is its own process, and the checks are independent.
        await inBatches(operations, 6, async ({ version, op }) => {
          const sample = reference.operationSamples.find((s) => s.id === `${version}/${op.name}`);
          if (!sample) {
            problems.push(`${version}/${op.name}: no sample`);
            return;
          }
          const command = `${curlSample(sample.request, sandbox.baseUrl)} -s -w '\\n%{http_code}'`;
          // Asynchronous: the sandbox answers from this same process.
          const run = await exec('bash', ['-c', command], {
            encoding: 'utf8',
            env: { PATH: process.env['PATH'], ACCESS_TOKEN: token },
            timeout: 60_000,
          }).catch((error: unknown) => ({ stdout: '', failure: String(error) }));
          if ('failure' in run) {
            problems.push(`${sample.id}: ${run.failure}`);
            return;
          }
          const lines = run.stdout.trimEnd().split('\n');
          const status = Number(lines.pop());
          const text = lines.join('\n');
          let code: string | undefined;
          let message = '';
          try {
            const body = JSON.parse(text) as { code?: string; message?: string };
            code = body.code;
            message = body.message ?? '';
          } catch {
            // A success with no body, or not JSON: judged by status alone.
          }
          const modeled = op.errors.some((e) => e.name === code && e.name !== 'ValidationError');
          const ok =
            (status >= 200 && status < 300) ||
            (status >= 400 && status < 500 && modeled && !message.startsWith('No operation'));
          if (!ok)
            problems.push(`${sample.id}: HTTP ${status} ${text.slice(0, 300)}\n  ${command}`);
        });
        expect(problems.sort()).toEqual([]);
      } finally {
        await sandbox.close();
      }
    },
  );
});
