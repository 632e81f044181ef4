#!/usr/bin/env node
// `npm start`: runs the main job. For now that is the model pipeline that exists — load and
// validate model/ with the Smithy front end and print a summary of its services per API version.
// Later stages (OpenAPI, codegen, sandbox, portal) are added here as they land.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Runs one step with tsx, streaming its output; stops `npm start` if it fails. */
function step(title, script, args) {
  console.log(`\n▶ ${title}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], {
    stdio: 'inherit',
    cwd: root,
  });
  if (run.status !== 0) {
    console.error(`✖ ${title} failed (exit code ${run.status ?? run.signal}).`);
    process.exit(run.status ?? 1);
  }
}

step('Validate the Smithy model (model/)', 'packages/smithy/src/cli.ts', ['validate', 'model']);
