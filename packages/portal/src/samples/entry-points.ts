/**
 * @module Which `@platform/api-client` entry points a sample imports, and which ones the package
 * declares in its `exports` map. A sample is compiled once every entry point it imports is
 * declared; a declared entry point that does not resolve is a failure, not a skip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SDK_PACKAGE = '@platform/api-client';

/** `@platform/api-client`, `@platform/api-client/webhooks`, ... imported by `code`. */
export function importedEntryPoints(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/\bfrom\s+['"](@platform\/api-client(?:\/[\w-]+)?)['"]/g)) {
    if (m[1]) found.add(m[1]);
  }
  return [...found].sort();
}

/** Entry points the SDK package declares (`exports` keys turned into specifiers). */
export function declaredEntryPoints(repoRoot: string): Set<string> {
  const manifest = JSON.parse(
    readFileSync(join(repoRoot, 'packages/api-client/package.json'), 'utf8'),
  ) as { exports?: unknown };
  const exports = manifest.exports;
  if (typeof exports !== 'object' || exports === null) return new Set();
  return new Set(
    Object.keys(exports)
      .filter((key) => key === '.' || (key.startsWith('./') && !key.includes('*')))
      .map((key) => (key === '.' ? SDK_PACKAGE : `${SDK_PACKAGE}/${key.slice(2)}`)),
  );
}
