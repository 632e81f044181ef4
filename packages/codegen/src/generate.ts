/**
 * @module generate
 *
 * Model → the generated sources of `@platform/api-client`, as a list of files (paths relative
 * to the output folder, and contents). Knows no repository layout: the caller names the output
 * folder and the generator's sources. Pure apart from reading the runtime's public index (beside
 * the output folder, where the generated imports expect it) and the generator's own sources (for
 * the manifest hash), so the CLI can write the files and the drift test can compare them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { stringifyNode, type SemanticModel } from '@platform/smithy';
import { collectApiVersions } from './api-version.js';
import { emitEnvironments } from './emit/environments.js';
import { emitErrors } from './emit/errors.js';
import { deprecationTag } from './emit/lifecycle.js';
import { emitModels } from './emit/models.js';
import { emitService, serviceFileName } from './emit/service.js';
import { RUNTIME_INDEX_FROM_OUTPUT, RUNTIME_PUBLIC_ENTRY } from './emit/runtime-imports.js';
import { WEBHOOKS_INDEX_FROM_OUTPUT } from './emit/webhooks.js';
import { declaredExports, emitVersionIndex } from './emit/version-index.js';
import { emitTestingData } from './emit/testing-data.js';
import { emitWebhookPayloads } from './emit/webhook-payloads.js';
import { emitWebhookEvents, emitWebhooksEntry } from './emit/webhooks.js';
import { readRuntimeExports } from './runtime-exports.js';

/** Where the generator reads from besides the model, and where its output goes. */
export interface SdkPaths {
  /**
   * The folder generated sources go to (`src/generated` of the client package); nothing else
   * writes there. The runtime's public index is read from `../runtime/index.ts` beside it, and
   * the webhooks entry from `../webhooks/index.ts`.
   */
  readonly outDir: string;
  /** The generator's own sources, hashed into the manifest so that a generator change shows. */
  readonly generatorDir: string;
}

export interface GeneratedFile {
  /** Path relative to the output folder, `/`-separated (`v2/models.ts`). */
  readonly path: string;
  readonly content: string;
}

type Loaded = SemanticModel & { toJsonAst(): object };

export function generateSdk(model: Loaded, paths: SdkPaths): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const runtimeIndex = resolve(paths.outDir, RUNTIME_INDEX_FROM_OUTPUT);
  const runtime = readRuntimeExports(runtimeIndex, RUNTIME_PUBLIC_ENTRY);
  const webhooksIndex = resolve(paths.outDir, WEBHOOKS_INDEX_FROM_OUTPUT);
  const webhooks = readRuntimeExports(webhooksIndex, '../../webhooks/index.js');
  const versions = collectApiVersions(model);
  for (const version of versions) {
    const dir = `v${version.major}`;
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
    path: 'manifest.json',
    content: manifest(
      model,
      files,
      versions.map((v) => v.major),
      generatorText(paths.generatorDir) +
        readFileSync(runtimeIndex, 'utf8') +
        readFileSync(webhooksIndex, 'utf8'),
    ),
  });
  return files;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The generator's sources, each behind its path, as one text to hash. */
function generatorText(dir: string): string {
  return listFiles(dir)
    .map((file) => `${relative(dir, file).split('\\').join('/')}\n${readFileSync(file, 'utf8')}`)
    .join('\n');
}

/** Hashes of the model, the generator and each output, so drift is visible. */
function manifest(
  model: Loaded,
  files: readonly GeneratedFile[],
  majors: readonly number[],
  generator: string,
): string {
  const body = {
    generator: '@platform/codegen',
    command: 'npm run generate',
    apiVersions: majors,
    modelHash: sha256(stringifyNode(model.toJsonAst() as Parameters<typeof stringifyNode>[0])),
    generatorHash: sha256(generator),
    files: Object.fromEntries(files.map((f) => [f.path, sha256(f.content)])),
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
