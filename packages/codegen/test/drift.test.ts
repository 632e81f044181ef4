/**
 * @module drift.test
 *
 * The committed SDK sources are exactly what the generator makes of `model/`: same bytes, no
 * stale files, manifest hashes that match; and a changed model changes the output, so the check
 * can fail.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '@platform/smithy';
import { describe, expect, it } from 'vitest';
import { generateSdk, type GeneratedFile } from '../src/index.js';
import { OUTPUT_DIR, REPO_ROOT, SDK_PATHS } from './support/paths.js';

const MODEL_DIR = join(REPO_ROOT, 'model');

function committedFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? committedFiles(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

function generate(extra: { filename: string; text: string }[] = []): GeneratedFile[] {
  const loaded = loadModel({ files: [MODEL_DIR], sources: extra });
  expect(loaded.ok, loaded.events.map((e) => e.message).join('\n')).toBe(true);
  return generateSdk(loaded.model, SDK_PATHS);
}

describe('generated SDK sources', () => {
  const files = generate();

  it('match the committed files byte for byte, with no stale files', () => {
    for (const file of files) {
      const path = join(OUTPUT_DIR, file.path);
      expect(existsSync(path), `${file.path} is missing: run npm run generate`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${file.path} drifted: run npm run generate`).toBe(
        file.content,
      );
    }
    expect(committedFiles(OUTPUT_DIR).sort()).toEqual(files.map((f) => f.path).sort());
  });

  it('record a manifest whose per-file hashes match the committed files', () => {
    const manifest = JSON.parse(readFileSync(join(OUTPUT_DIR, 'manifest.json'), 'utf8')) as {
      modelHash: string;
      generatorHash: string;
      files: Record<string, string>;
    };
    expect(manifest.modelHash).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.generatorHash).toMatch(/^[0-9a-f]{64}$/);
    const generated = files.filter((f) => !f.path.endsWith('manifest.json'));
    expect(Object.keys(manifest.files).sort()).toEqual(generated.map((f) => f.path).sort());
    for (const [name, hash] of Object.entries(manifest.files)) {
      const text = readFileSync(join(OUTPUT_DIR, name), 'utf8');
      expect(createHash('sha256').update(text).digest('hex'), name).toBe(hash);
    }
  });

  it('change when the model changes (the drift check can fail)', () => {
    const mutated = generate([
      {
        filename: 'drift-mutation.smithy',
        text: [
          '$version: "2"',
          'namespace example.platform.v2',
          'apply Order @deprecated(message: "Mutated by the drift test.")',
          '',
        ].join('\n'),
      },
    ]);
    const before = new Map(files.map((f) => [f.path, f.content]));
    const changed = mutated.filter((f) => before.get(f.path) !== f.content).map((f) => f.path);
    expect(changed).toContain('v2/models.ts');
    expect(changed).toContain('manifest.json');
  });
});
