#!/usr/bin/env node
// `npm start`: validates model/, builds and serves the portal, starts the sandbox on loopback
// (port 4010, the model's `local` environment; SANDBOX_PORT overrides), prints the URLs and demo
// credentials, runs a short partner program against the sandbox, then serves until Ctrl+C.
// `npm start -- --once` stops after the partner program (for checking that it all works).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = new URL('..', import.meta.url).pathname;
const runOnce = process.argv.includes('--once');
const children = [];

/** Runs one step with tsx, streaming its output; stops `npm start` if it fails. */
function step(title, script, args = [], env = {}) {
  console.log(`\n▶ ${title}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, ...env },
  });
  if (run.status !== 0) fail(`${title} failed (exit code ${run.status ?? run.signal}).`);
}

/** Starts a long-running tsx process; resolves with the first stdout line `ready` matches. */
function serve(title, script, args, ready) {
  console.log(`\n▶ ${title}`);
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, script), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: root,
  });
  children.push(child);
  child.once('exit', (code, signal) => {
    if (!stopping) fail(`${title} stopped unexpectedly (${code ?? signal}).`);
  });
  return new Promise((resolve) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (ready.test(line)) resolve(line);
      else console.log(line);
    });
  });
}

let stopping = false;
async function stop(code) {
  stopping = true;
  await Promise.all(
    children
      .filter((child) => child.exitCode === null)
      .map((child) => (child.kill('SIGTERM'), once(child, 'exit'))),
  );
  process.exit(code);
}
function fail(message) {
  console.error(`✖ ${message}`);
  void stop(1);
}
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

step('Validate the Smithy model (model/)', 'packages/smithy/src/cli.ts', ['validate', 'model']);
const [sandboxLine, portalLine] = await Promise.all([
  serve(
    'Start the sandbox',
    'packages/sandbox/bin/platform-sandbox.mjs',
    ['--json', '--port', process.env.SANDBOX_PORT ?? '4010'],
    /^\{/,
  ),
  serve('Build and serve the portal', 'packages/portal/src/cli.ts', ['--serve'], /serving /),
]);
const sandbox = JSON.parse(sandboxLine);
console.log(`\nSandbox  ${sandbox.baseUrl}   (token endpoint ${sandbox.tokenUrl})`);
console.log(`Portal   ${portalLine.replace(/^.*serving (\S+).*$/, '$1')}`);
console.log('Demo credentials:');
for (const c of sandbox.clients)
  console.log(`  ${c.clientId}  ${c.clientSecret}  ${c.scopes.join(' ')}`);

const [demo] = sandbox.clients;
step('Run a partner program against the sandbox', 'scripts/partner-demo.ts', [], {
  PLATFORM_BASE_URL: sandbox.baseUrl,
  PLATFORM_TOKEN_URL: sandbox.tokenUrl,
  PLATFORM_CLIENT_ID: demo.clientId,
  PLATFORM_CLIENT_SECRET: demo.clientSecret,
});
if (runOnce) await stop(0);
else console.log('\nServing the sandbox and the portal; press Ctrl+C to stop.');
