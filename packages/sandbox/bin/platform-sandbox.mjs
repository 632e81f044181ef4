#!/usr/bin/env node
// Runs the sandbox CLI from its TypeScript source (internal packages ship source, run with tsx).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
