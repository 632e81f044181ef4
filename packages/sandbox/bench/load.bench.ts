/**
 * @module Bounded load run of the sandbox on loopback (not part of `npm test`): the CLI serves
 * in a child process (server on its own core) while autocannon drives a mix of reads, creates,
 * v1 calls and malformed bodies for `SANDBOX_LOAD_SECONDS` (default 20). It fails unless there
 * are zero connection errors, zero timeouts and zero 5xx (no faults are injected), and every
 * status is one the mix expects (200, 201, and 400 for the malformed bodies).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const SECONDS = Number(process.env['SANDBOX_LOAD_SECONDS'] ?? 20);
const CONNECTIONS = Number(process.env['SANDBOX_LOAD_CONNECTIONS'] ?? 16);
const BIN = fileURLToPath(new URL('../bin/platform-sandbox.mjs', import.meta.url));

interface Printed {
  baseUrl: string;
  tokenUrl: string;
  clients: { clientId: string; clientSecret: string }[];
}

const server = spawn(process.execPath, [BIN, '--port', '0', '--json', '--no-rate-limit'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  const [line] = (await once(createInterface({ input: server.stdout }), 'line')) as [string];
  const sandbox = JSON.parse(line) as Printed;
  const client = sandbox.clients[0]!;
  const tokenResponse = await fetch(sandbox.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
    }),
  });
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const auth = { authorization: `Bearer ${token}` };
  const json = { ...auth, 'content-type': 'application/json' };
  const firstPage = (await (
    await fetch(`${sandbox.baseUrl}/v2/orders?pageSize=1`, { headers: auth })
  ).json()) as {
    orders: { orderId: string }[];
  };
  const orderId = firstPage.orders[0]!.orderId;

  const result = await autocannon({
    url: sandbox.baseUrl,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 10,
    requests: [
      { method: 'GET', path: '/v2/orders?pageSize=20', headers: auth },
      { method: 'GET', path: `/v2/orders/${orderId}`, headers: auth },
      {
        method: 'POST',
        path: '/v2/orders',
        headers: json,
        body: JSON.stringify({ currency: 'USD', lineItems: [{ sku: 'WIDGET-001', quantity: 2 }] }),
      },
      { method: 'GET', path: '/v1/orders?page=2&pageSize=10', headers: auth },
      { method: 'GET', path: '/v2/application', headers: auth },
      {
        method: 'POST',
        path: '/v2/orders',
        headers: json,
        body: '{"currency": "USD", "lineItems": [',
      },
      { method: 'GET', path: '/v2/users?status=active', headers: auth },
    ],
  });

  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]),
  );
  console.log(`sandbox load run: ${CONNECTIONS} connections for ${result.duration.toFixed(1)} s`);
  console.table({
    requests: result.requests.total,
    'req/s (mean)': Math.round(result.requests.mean),
    'latency p50 ms': result.latency.p50,
    'latency p97.5 ms': result.latency.p97_5,
    'latency p99 ms': result.latency.p99,
    'latency max ms': result.latency.max,
    '2xx': result['2xx'],
    '4xx': result['4xx'],
    '5xx': result['5xx'],
    errors: result.errors,
    timeouts: result.timeouts,
  });
  console.log('statuses:', statuses);
  const unexpected = Object.keys(statuses).filter((code) => !['200', '201', '400'].includes(code));
  if (result.errors > 0 || result.timeouts > 0 || result['5xx'] > 0 || unexpected.length > 0) {
    console.error(
      `FAILED: errors ${result.errors}, timeouts ${result.timeouts}, 5xx ${result['5xx']}, unexpected statuses ${unexpected.join(', ') || 'none'}`,
    );
    process.exitCode = 1;
  }
} finally {
  server.kill('SIGTERM');
  await once(server, 'exit');
}
