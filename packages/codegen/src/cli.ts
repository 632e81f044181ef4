/**
 * @module cli
 *
 * `npm run generate` (after the OpenAPI step): loads `model/`, writes the SDK sources and prints
 * one line. `--check` writes nothing and exits 1 when the committed sources drift from the model.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatEvent, loadModel } from '@platform/smithy';
import { CodegenError } from './codegen-error.js';
import { generateSdk, OUTPUT_DIR, REPO_ROOT } from './generate.js';

const started = performance.now();
const check = process.argv.includes('--check');
const loaded = loadModel({ files: [join(REPO_ROOT, 'model')] });
if (!loaded.ok) {
  for (const event of loaded.events)
    if (event.severity === 'ERROR') console.error(formatEvent(event));
  console.error('The model has errors: fix them (npm run validate:model) before generating.');
  process.exit(1);
}
let files;
try {
  files = generateSdk(loaded.model);
} catch (error) {
  if (error instanceof CodegenError) {
    console.error(`Generation failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
const wanted = new Set(files.map((f) => f.path));
const changed = files.filter((f) => read(f.path) !== f.content);
const stale = list(join(REPO_ROOT, OUTPUT_DIR)).filter((p) => !wanted.has(p));
const ms = Math.round(performance.now() - started);
if (check) {
  if (changed.length + stale.length > 0) {
    console.error(
      `Generated SDK sources are out of date (${[...changed.map((f) => f.path), ...stale].join(', ')}): run \`npm run generate\`.`,
    );
    process.exit(1);
  }
  console.log(`SDK sources up to date: ${files.length} files (${ms} ms).`);
} else {
  for (const file of changed) {
    mkdirSync(dirname(join(REPO_ROOT, file.path)), { recursive: true });
    writeFileSync(join(REPO_ROOT, file.path), file.content);
  }
  for (const path of stale) rmSync(join(REPO_ROOT, path));
  console.log(
    `Generated ${files.length} SDK files in ${OUTPUT_DIR}/ (${changed.length} changed, ${stale.length} removed) in ${ms} ms.`,
  );
}

function read(path: string): string | undefined {
  const file = join(REPO_ROOT, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function list(dir: string, prefix = `${OUTPUT_DIR}/`): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? list(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}
