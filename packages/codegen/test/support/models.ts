/**
 * @module test/support/models
 *
 * Loads the repository's model and small fixture models for the generator tests. Fixtures are
 * loaded with the shared trait definitions of `model/common`, as the real model is.
 */
import { join } from 'node:path';
import { formatEvent, loadModel } from '@platform/smithy';
import { REPO_ROOT } from './paths.js';

type Loaded = ReturnType<typeof loadModel>['model'];

/** The trait definitions (and the simple types they use) every fixture needs. */
const COMMON = ['model/common/traits.smithy', 'model/common/types.smithy'].map((p) =>
  join(REPO_ROOT, p),
);

function ensureValid(result: ReturnType<typeof loadModel>): Loaded {
  if (!result.ok) {
    const errors = result.events.filter((e) => e.severity === 'ERROR' || e.severity === 'DANGER');
    throw new Error(`fixture model does not validate:\n${errors.map(formatEvent).join('\n')}`);
  }
  return result.model;
}

/** `model/`, as `npm run generate` loads it; `files` reorders or narrows the inputs. */
export function loadRepoModel(files: string[] = [join(REPO_ROOT, 'model')]): Loaded {
  return ensureValid(loadModel({ files }));
}

/** A fixture file of `test/fixtures` plus the shared traits. */
export function loadFixture(file: string): Loaded {
  return ensureValid(loadModel({ files: [...COMMON, join(REPO_ROOT, file)] }));
}

/** An inline fixture (one Smithy text) plus the shared traits. */
export function loadSource(text: string, filename = 'fixture.smithy'): Loaded {
  return ensureValid(loadModel({ files: COMMON, sources: [{ filename, text }] }));
}
