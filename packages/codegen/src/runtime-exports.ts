/**
 * @module runtime-exports
 *
 * Reads the public names of the hand-written runtime from `runtime/index.ts`, so version entry
 * points re-export exactly what the runtime declares public. The index is a list of named
 * re-exports (`export { a, type B, c as d } from './x.js';` and `export type { … } from …`; no
 * `export *`, STYLE item 4), which a small scanner reads without loading the TypeScript compiler
 * (that alone would cost `npm run generate` most of its time budget). Anything else that
 * exports from the index fails generation rather than being skipped.
 */
import { readFileSync } from 'node:fs';
import { CodegenError } from './codegen-error.js';
import type { ModuleExports } from './emit/version-index.js';

const RE_EXPORT = /export\s+(type\s+)?\{([^}]*)\}\s*from\s*'[^']+'\s*;/g;

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}

export function readRuntimeExports(file: string, from: string): ModuleExports {
  const source = withoutComments(readFileSync(file, 'utf8'));
  const values: string[] = [];
  const types: string[] = [];
  for (const match of source.matchAll(RE_EXPORT)) {
    const typeOnly = match[1] !== undefined;
    for (const element of match[2]!.split(',')) {
      const parts = element.trim().split(/\s+/);
      if (parts[0] === '') continue;
      const isType = typeOnly || (parts[0] === 'type' && parts.length > 1);
      const name = parts.at(-1)!;
      (isType ? types : values).push(name);
    }
  }
  const rest = source.replace(RE_EXPORT, '');
  if (/\bexport\b/.test(rest)) {
    throw new CodegenError(
      `${file} exports something other than named re-exports (\`export { … } from '…';\`); list every public runtime name that way.`,
    );
  }
  return { from, values, types };
}
