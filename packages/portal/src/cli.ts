/**
 * @module `npm run portal`: builds the portal into `build/portal` and prints what it wrote and how
 * long it took. With `--serve [--port N]` it then serves the site on loopback (port 0, the
 * default, picks a free one), prints its URL and keeps serving until interrupted — the form
 * `npm start` uses to show the portal next to the sandbox.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildPortal } from './portal.js';
import { servePortal } from './serve.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function parse(): { serve: boolean; port: number } {
  const { values } = parseArgs({
    options: { serve: { type: 'boolean', default: false }, port: { type: 'string', default: '0' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`--port must be an integer from 0 to 65535 (got ${values.port}).`);
  }
  return { serve: values.serve, port };
}

try {
  const args = parse();
  const started = performance.now();
  const result = await buildPortal({ repoRoot: REPO_ROOT });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const sdk =
    result.sdkReference.length > 0
      ? `SDK reference for ${result.sdkReference.join(', ')}`
      : 'no SDK reference yet (@platform/api-client declares no exports)';
  console.log(`portal: ${result.pages.length} pages and ${sdk} in ${result.outDir} (${seconds} s)`);
  if (args.serve) {
    const portal = await servePortal({ dir: result.outDir, port: args.port });
    console.log(`portal: serving ${portal.url}index.html (Ctrl+C to stop)`);
    const stop = (): void => void portal.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
} catch (error) {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
}
