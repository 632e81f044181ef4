/**
 * @module generate
 *
 * Model → the generated sources of `@platform/api-client`, as a list of files (repo-relative
 * paths and contents). Pure apart from reading the runtime's export list and the generator's own
 * sources (for the manifest hash), so the CLI can write them and the drift test can compare them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringifyNode, type SemanticModel } from '@platform/smithy';
import { collectApiVersions } from './api-version.js';
import { emitEnvironments } from './emit/environments.js';
import { emitErrors } from './emit/errors.js';
import { deprecationTag } from './emit/lifecycle.js';
import { emitModels } from './emit/models.js';
import { emitService, serviceFileName } from './emit/service.js';
import { declaredExports, emitVersionIndex, publicRuntimeExports } from './emit/version-index.js';
import { emitTestingData } from './emit/testing-data.js';
import { emitWebhookPayloads } from './emit/webhook-payloads.js';
import { emitWebhookEvents, emitWebhooksEntry } from './emit/webhooks.js';
import { readRuntimeExports } from './runtime-exports.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where generated SDK sources go (repo-relative); nothing else writes there. */
export const OUTPUT_DIR = 'packages/api-client/src/generated';
const RUNTIME_INDEX = 'packages/api-client/src/runtime/index.ts';
const WEBHOOKS_INDEX = 'packages/api-client/src/webhooks/index.ts';
const GENERATOR_SOURCES = 'packages/codegen/src';

export interface GeneratedFile {
  /** Repo-relative path. */
  readonly path: string;
  readonly content: string;
}

type Loaded = SemanticModel & { toJsonAst(): object };

export function generateSdk(model: Loaded): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const runtime = publicRuntimeExports(
    readRuntimeExports(join(REPO_ROOT, RUNTIME_INDEX), '../../runtime/index.js'),
  );
  const webhooks = readRuntimeExports(join(REPO_ROOT, WEBHOOKS_INDEX), '../../webhooks/index.js');
  const versions = collectApiVersions(model);
  for (const version of versions) {
    const dir = `${OUTPUT_DIR}/v${version.major}`;
    const modules: { name: string; content: string }[] = [
      { name: 'models', content: emitModels(model, version) },
      { name: 'errors', content: emitErrors(model, version) },
      { name: 'environments', content: emitEnvironments(version) },
      { name: 'webhook-events', content: emitWebhookEvents(version) },
      ...version.services.map((service) => ({
        name: serviceFileName(service),
        content: emitService(model, version, service),
      })),
    ];
    const exports = modules.map(({ name, content }) =>
      declaredExports(
        `./${name}.js`,
        content,
        (n) => n.endsWith('Operation') || n.endsWith('Service'),
      ),
    );
    for (const { name, content } of modules) files.push({ path: `${dir}/${name}.ts`, content });
    files.push({ path: `${dir}/testing-data.ts`, content: emitTestingData(model, version) });
    files.push({
      path: `${dir}/webhook-payloads.ts`,
      content: emitWebhookPayloads(model, version),
    });
    const events = exports.find((m) => m.from === './webhook-events.js')!;
    files.push({
      path: `${dir}/webhooks.ts`,
      content: emitWebhooksEntry(version, webhooks, events),
    });
    files.push({
      path: `${dir}/index.ts`,
      content: emitVersionIndex(version.major, [runtime, ...exports], deprecationTag(version)),
    });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  files.push({
    path: `${OUTPUT_DIR}/manifest.json`,
    content: manifest(
      model,
      files,
      versions.map((v) => v.major),
    ),
  });
  return files;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Hashes of the model, the generator and each output (STYLE item 3), so drift is visible. */
function manifest(
  model: Loaded,
  files: readonly GeneratedFile[],
  majors: readonly number[],
): string {
  const generator = listFiles(join(REPO_ROOT, GENERATOR_SOURCES))
    .map((file) => `${relative(REPO_ROOT, file)}\n${readFileSync(file, 'utf8')}`)
    .join('\n');
  const body = {
    generator: '@platform/codegen',
    command: 'npm run generate',
    apiVersions: majors,
    modelHash: sha256(stringifyNode(model.toJsonAst() as Parameters<typeof stringifyNode>[0])),
    generatorHash: sha256(
      generator +
        readFileSync(join(REPO_ROOT, RUNTIME_INDEX), 'utf8') +
        readFileSync(join(REPO_ROOT, WEBHOOKS_INDEX), 'utf8'),
    ),
    files: Object.fromEntries(
      files.map((f) => [f.path.slice(OUTPUT_DIR.length + 1), sha256(f.content)]),
    ),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
    )
    .filter((file) => file.endsWith('.ts'))
    .sort();
}
