/**
 * @module declarations.test
 *
 * What the built declarations let into a partner's type-check (runs on `dist/`, like the other
 * package checks): from each entry's `.d.ts` and `.d.cts`, following every import, nothing
 * reaches a Node-only type or a package other than the optional peer `msw` (from `/testing`),
 * and every file is one of ours, named after its module, not a bundler chunk.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');
const ENTRIES = ['index', 'v1', 'v2', 'webhooks', 'testing', 'redis'];

interface Reached {
  files: string[];
  packages: Set<string>;
  nodeReferences: string[];
}

/** Every declaration file `entry` reaches, and the packages and `node` references on the way. */
function reach(entry: string): Reached {
  const files: string[] = [];
  const packages = new Set<string>();
  const nodeReferences: string[] = [];
  const queue = [join(DIST, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    const text = readFileSync(file, 'utf8');
    const info = ts.preProcessFile(text, true, true);
    if (info.typeReferenceDirectives.some((r) => r.fileName === 'node')) nodeReferences.push(file);
    for (const { fileName } of info.importedFiles) {
      if (!fileName.startsWith('.')) {
        packages.add(fileName);
        continue;
      }
      const target = resolve(dirname(file), fileName.replace(/\.c?js$/, ''));
      const declaration = [`${target}.d.ts`, `${target}.d.cts`].find((f) => existsSync(f));
      if (declaration === undefined)
        throw new Error(`${file} imports ${fileName}, which is not there`);
      queue.push(declaration);
    }
  }
  return { files, packages, nodeReferences };
}

describe.each(ENTRIES.flatMap((e) => [`${e}.d.ts`, `${e}.d.cts`]))('dist/%s', (entry) => {
  const reached = reach(entry);

  it('reaches no Node-only type and no package but msw (from /testing)', () => {
    expect(reached.nodeReferences).toEqual([]);
    const allowed = entry.startsWith('testing') ? ['msw'] : [];
    expect([...reached.packages]).toEqual(allowed);
    for (const file of reached.files) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
      expect(code, relative(DIST, file)).not.toMatch(/\bBuffer\b|NodeJS\./);
    }
  });

  it('is made of declaration files named after their modules', () => {
    const names = reached.files.map((file) => relative(DIST, file)).slice(1);
    for (const name of names)
      expect(name).toMatch(/^types(-cjs)?\/(runtime|webhooks|generated|testing|redis)\//);
  });
});
