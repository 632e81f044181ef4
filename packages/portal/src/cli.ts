/**
 * @module `npm run portal`: builds the portal into `build/portal` and prints what it wrote and how
 * long it took. With `--serve [--port N]` it then serves the site on loopback (port 0, the
 * default, picks a free one), prints its URL and keeps serving until interrupted — the form
 * `npm start` uses to show the portal next to the sandbox. `--help` prints the usage; a malformed
 * command line prints what is wrong and the usage, and exits 2.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildPortal } from './portal.js';
import { servePortal } from './serve.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const USAGE = `Usage: npm run portal -- [options]

Builds the developer portal into build/portal.

Options:
  --serve       then serve it on loopback until interrupted
  --port <n>    port to serve on; 0 (the default) picks a free one
  -h, --help    show this help`;

/** A mistake in the command line itself (unknown option, missing value): answered with the usage. */
class UsageError extends Error {}

function parse(): { help: boolean; serve: boolean; port: number } {
  let values;
  try {
    values = parseArgs({
      options: {
        serve: { type: 'boolean', default: false },
        port: { type: 'string', default: '0' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    // node:util words these well (`Unknown option '--x'`) but as a TypeError, which read as a
    // crash; anything else it throws is a bug here, not the caller's mistake.
    const code = (error as NodeJS.ErrnoException).code;
    if (code?.startsWith('ERR_PARSE_ARGS_') === true)
      throw new UsageError((error as Error).message);
    throw error;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`--port must be an integer from 0 to 65535 (got ${values.port}).`);
  }
  return { help: values.help, serve: values.serve, port };
}

async function run(args: { serve: boolean; port: number }): Promise<void> {
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
}

try {
  const args = parse();
  if (args.help) console.log(USAGE);
  else await run(args);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`portal: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  }
}
