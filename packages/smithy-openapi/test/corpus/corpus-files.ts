/**
 * @module Where Smithy's conformance corpus lives (`<repo>/../shared/smithy-corpus`, absent on some
 * machines) and how its OpenAPI cases load models: the case's inputs plus the trait definitions
 * upstream finds on its classpath (everything in `trait-defs/` except the prelude, which the front
 * end already has).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel, parseJson } from '@platform/smithy';
import type { SemanticModel } from '@platform/smithy';
import type { JsonValue } from '../../src/index.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const CANDIDATE = join(REPO_ROOT, '..', 'shared', 'smithy-corpus');

/** The corpus folder, or `undefined` when it is not on this machine. */
export const CORPUS_DIR: string | undefined = existsSync(join(CANDIDATE, 'openapi', 'cases.json'))
  ? CANDIDATE
  : undefined;

export function corpusPath(...parts: string[]): string {
  if (!CORPUS_DIR) throw new Error('smithy-corpus is not available');
  return join(CORPUS_DIR, ...parts);
}

function traitDefinitionFiles(): string[] {
  const dir = corpusPath('trait-defs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.smithy') && f !== 'prelude.smithy')
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Loads model files as upstream's tests do (not validated: the converter is what is measured):
 * smithy-openapi's tests see every trait definition on the classpath, smithy-jsonschema's only
 * the prelude.
 */
export function loadCorpusModel(
  files: readonly string[],
  withTraitDefinitions = true,
): SemanticModel {
  const traitFiles = withTraitDefinitions ? traitDefinitionFiles() : [];
  return loadModel({ files: [...traitFiles, ...files], validate: false }).model;
}

/** Reads a JSON file keeping every number exact (big integers as `BigNumberValue`). */
export function readJsonExact(path: string): JsonValue {
  return parseJson(path, readFileSync(path, 'utf8')).value;
}
