#!/usr/bin/env node
// The `smithy` command: runs the TypeScript CLI through tsx (this package ships TypeScript source).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
process.exitCode = runCli(process.argv.slice(2));
