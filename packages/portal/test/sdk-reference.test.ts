/**
 * The SDK reference step: entry points come from `@platform/api-client`'s exports and its tsup
 * entries, and typedoc treats every warning as an error that names the symbol to fix. Checked on
 * a small fixture package, so this test does not depend on the SDK's current doc comments;
 * `npm run portal` applies the same step to the real SDK.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sdkEntryPoints, sourcePaths } from '../src/sdk/entry-points.js';
import { buildSdkReference, SdkReferenceError } from '../src/sdk/typedoc.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURE = join(REPO_ROOT, '.tmp/portal-typedoc-fixture');

function fixture(source: string, extra = ''): { entry: string; extra: string; tsconfig: string } {
  rmSync(FIXTURE, { recursive: true, force: true });
  mkdirSync(FIXTURE, { recursive: true });
  const entry = join(FIXTURE, 'index.ts');
  const tsconfig = join(FIXTURE, 'tsconfig.json');
  writeFileSync(entry, source);
  writeFileSync(join(FIXTURE, 'extra.ts'), extra);
  writeFileSync(
    tsconfig,
    JSON.stringify({
      extends: '../../tsconfig.base.json',
      compilerOptions: { noEmit: true },
      include: ['index.ts', 'extra.ts'],
    }),
  );
  return { entry, extra: join(FIXTURE, 'extra.ts'), tsconfig };
}

afterAll(() => rmSync(FIXTURE, { recursive: true, force: true }));

describe('SDK reference', () => {
  it('maps every export of @platform/api-client to the source tsup builds it from', async () => {
    const entries = await sdkEntryPoints(REPO_ROOT);
    const manifest = JSON.parse(
      readFileSync(join(REPO_ROOT, 'packages/api-client/package.json'), 'utf8'),
    ) as { exports?: Record<string, unknown> };
    const declared = Object.keys(manifest.exports ?? {}).filter((k) => !k.endsWith('.json'));
    expect(entries).toHaveLength(declared.length);
    for (const entry of entries) expect(entry.source).toMatch(/packages\/api-client\/src\/.+\.ts$/);
    expect(Object.keys(sourcePaths(entries))).toEqual(entries.map((e) => e.specifier));
  });

  it('writes the reference of a well-documented package', { timeout: 120_000 }, async () => {
    const { entry, tsconfig } = fixture(
      '/**\n * @module A tiny package.\n */\n/** Adds two numbers. */\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n',
    );
    const out = join(FIXTURE, 'out');
    await buildSdkReference([{ specifier: 'tiny', source: entry }], out, tsconfig);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('add');
  });

  it(
    'names modules by import path and renders pages with landmarks and no link in a toggle',
    { timeout: 120_000 },
    async () => {
      const { entry, extra, tsconfig } = fixture(
        '/**\n * @module Version two.\n * @deprecated Use the next one.\n */\n/** Adds. */\nexport function add(a: number, b: number): number {\n  return a + b;\n}\n',
        '/**\n * @module Extras.\n */\n/** Pi. */\nexport const PI = 3.14;\n',
      );
      const out = join(FIXTURE, 'out');
      await buildSdkReference(
        [
          { specifier: 'tiny', source: entry },
          { specifier: 'tiny/v2', source: entry },
          { specifier: 'tiny/extra', source: extra },
        ],
        out,
        tsconfig,
      );
      const index = readFileSync(join(out, 'index.html'), 'utf8');
      const modules = [...index.matchAll(/href="modules\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
      expect(modules).toEqual(['tiny/extra', 'tiny/v2']);
      const v2 = readFileSync(join(out, 'modules', 'tiny_v2.html'), 'utf8');
      expect(v2).toContain('Also imported as <code>tiny</code>');
      expect(v2).toMatch(/<main class="col-content">/);
      expect(v2).toMatch(/<nav [^>]*aria-label="SDK reference"/);
      // The module's @deprecated heading is an <h4> right under the <h1>: it reads as level 2.
      expect(v2).toMatch(/<h4 [^>]*aria-level="2"[^>]*>Deprecated/);
      for (const summary of v2.match(/<summary[\s\S]*?<\/summary>/g) ?? []) {
        expect(summary).not.toContain('<a ');
      }
    },
  );

  it(
    'fails on a public type that references an unexported one, naming it',
    { timeout: 120_000 },
    async () => {
      const { entry, tsconfig } = fixture(
        '/**\n * @module A leaky package.\n */\ninterface Hidden {\n  x: number;\n}\n/** Uses a type partners cannot import. */\nexport function leak(h: Hidden): number {\n  return h.x;\n}\n',
      );
      const attempt = buildSdkReference(
        [{ specifier: 'leaky', source: entry }],
        join(FIXTURE, 'out'),
        tsconfig,
      );
      await expect(attempt).rejects.toThrow(SdkReferenceError);
      await expect(attempt).rejects.toThrow(/Hidden.*not included in the documentation/);
    },
  );
});
