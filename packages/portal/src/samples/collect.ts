/**
 * @module Every TypeScript sample the portal shows: the ```ts blocks of `docs/*.md` and the
 * samples generated from the model for the reference pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GeneratedSample } from '../reference/site.js';
import { extractCodeBlocks, type CodeSample } from './extract.js';

/** The TypeScript blocks of every guide in `docsDir`, named relative to `repoRoot`. */
export function guideSamples(repoRoot: string, docsDir: string): CodeSample[] {
  return readdirSync(docsDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((f) => {
      const file = join(docsDir, f);
      return extractCodeBlocks(readFileSync(file, 'utf8'), relative(repoRoot, file));
    });
}

/** Generated samples, located by the page that shows them. */
export function referenceSamples(generated: readonly GeneratedSample[]): CodeSample[] {
  return generated.map((g) => ({
    id: g.id,
    code: g.code,
    lang: 'ts',
    source: { file: `build/portal/${g.page} (${g.id})`, line: 1 },
  }));
}
