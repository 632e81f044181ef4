/**
 * Output is deterministic (ARCHITECTURE.md §1): the same bytes whatever order the model files are read
 * in, and the manifest records the hash of the model as it is now.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringifyNode } from '@platform/smithy';
import { generateSdk } from '../src/index.js';
import { OUTPUT_DIR, REPO_ROOT, SDK_PATHS } from './support/paths.js';
import { loadRepoModel } from './support/models.js';

function modelFiles(dir = join(REPO_ROOT, 'model')): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? modelFiles(join(dir, e.name))
        : e.name.endsWith('.smithy')
          ? [join(dir, e.name)]
          : [],
    )
    .sort();
}

describe('determinism', () => {
  it('the same output whatever order the model files are read in', () => {
    const forward = generateSdk(loadRepoModel(modelFiles()), SDK_PATHS);
    const reversed = generateSdk(loadRepoModel(modelFiles().reverse()), SDK_PATHS);
    expect(reversed.map((f) => f.path)).toEqual(forward.map((f) => f.path));
    for (let i = 0; i < forward.length; i += 1) {
      expect(reversed[i]?.content, forward[i]?.path).toBe(forward[i]?.content);
    }
  });

  it('the manifest records the hash of the current model', () => {
    const manifest = JSON.parse(readFileSync(join(OUTPUT_DIR, 'manifest.json'), 'utf8')) as {
      modelHash: string;
    };
    const model = loadRepoModel();
    const ast = stringifyNode(model.toJsonAst() as Parameters<typeof stringifyNode>[0]);
    expect(manifest.modelHash, 'run `npm run generate`').toBe(
      createHash('sha256').update(ast).digest('hex'),
    );
  });
});
