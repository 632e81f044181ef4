#!/usr/bin/env node
// The workspace's `platform-sandbox`: runs src/bin.ts from source through tsx. The published
// package runs the same file bundled (dist/cli.js), without tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/bin.ts');
