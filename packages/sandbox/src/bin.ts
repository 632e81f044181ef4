#!/usr/bin/env node
/**
 * @module The `platform-sandbox` executable: the CLI run with this process's arguments. The
 * published package's bin is this file bundled (`tsup.config.ts`); in the workspace,
 * `bin/platform-sandbox.mjs` runs it from source through tsx.
 */
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
