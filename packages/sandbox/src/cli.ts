/**
 * @module The `platform-sandbox` command: starts a sandbox on loopback, prints where it is and
 * the demo credentials (as one JSON line with `--json`), and serves until interrupted.
 */
import { parseArgs } from 'node:util';
import { loadApiModel } from './api/api-model.js';
import { checkCorsOrigin } from './http/cors.js';
import { startSandbox } from './server.js';
import type { RunningSandbox } from './server.js';

const USAGE = `Usage: platform-sandbox [options]

Runs the Platform partner API sandbox on loopback.

Options:
  --port <n>            TCP port; 0 picks any free port (default: the model's local
                        environment, 4010)
  --host <address>      interface to listen on (default 127.0.0.1)
  --json                print one JSON line {"baseUrl","tokenUrl","clients"} once listening
  --seed <text>         seed of the synthetic data and demo secrets (default platform-sandbox)
  --token-ttl <s>       access token lifetime in seconds (default 900)
  --no-rate-limit       turn per-application rate limits off
  --retire-version <n>  answer 410 ApiVersionRetiredError on API major n (repeatable)
  --cors-origin <url>   let pages of this origin call the API from a browser, besides
                        loopback origins ("*" = any origin; repeatable)
  -h, --help            show this help`;

/** The port of the model's `local` environment (4010), where the SDK's `environment: 'local'` looks. */
function defaultPort(): number {
  const local = loadApiModel().localBaseUrl;
  const port = local ? Number(new URL(local).port) : NaN;
  return Number.isInteger(port) && port > 0 ? port : 4010;
}

function positiveInteger(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > 65535 * 100) {
    throw new TypeError(`--${name} takes a whole number ≥ ${min} (got "${value}").`);
  }
  return n;
}

export function describe(sandbox: RunningSandbox): string {
  const lines = [
    `Platform sandbox listening on ${sandbox.baseUrl}`,
    `  token endpoint: ${sandbox.tokenUrl}`,
    '  demo credentials:',
    ...sandbox.clients.map(
      (client) =>
        `    ${client.clientId}  secret ${client.clientSecret}  scopes ${client.scopes.join(' ')}`,
    ),
    'Press Ctrl+C to stop.',
  ];
  return lines.join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        json: { type: 'boolean', default: false },
        seed: { type: 'string' },
        'token-ttl': { type: 'string' },
        'no-rate-limit': { type: 'boolean', default: false },
        'retire-version': { type: 'string', multiple: true },
        'cors-origin': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    console.error(`platform-sandbox: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  let sandbox: RunningSandbox;
  try {
    const port = positiveInteger('port', args.port, 0);
    if (port !== undefined && port > 65535) throw new TypeError('--port is at most 65535.');
    const tokenTtlSeconds = positiveInteger('token-ttl', args['token-ttl'], 1);
    sandbox = await startSandbox({
      port: port ?? defaultPort(),
      ...(args.host === undefined ? {} : { host: args.host }),
      ...(args.seed === undefined ? {} : { seed: args.seed }),
      ...(tokenTtlSeconds === undefined ? {} : { tokenTtlSeconds }),
      ...(args['no-rate-limit'] ? { rateLimit: null } : {}),
      retiredVersions: (args['retire-version'] ?? []).map(
        (v) => positiveInteger('retire-version', v, 1) ?? 0,
      ),
      corsOrigins: (args['cors-origin'] ?? []).map((origin) =>
        checkCorsOrigin(origin, '--cors-origin'),
      ),
    });
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(
      inUse
        ? `platform-sandbox: the port is in use (${(error as Error).message}); stop what uses it or pass --port 0 for any free port.`
        : `platform-sandbox: ${(error as Error).message}`,
    );
    return 1;
  }
  if (args.json) {
    const { baseUrl, tokenUrl, clients } = sandbox;
    console.log(JSON.stringify({ baseUrl, tokenUrl, clients }));
  } else {
    console.log(describe(sandbox));
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await sandbox.close();
  return 0;
}
