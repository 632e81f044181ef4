/**
 * @module cli
 *
 * `npm run generate`: model → OpenAPI documents and model → SDK sources in one step, with one
 * summary line. Both are generated from the validated model and neither reads the other's
 * output, so the OpenAPI step (`packages/smithy-openapi/scripts/generate-openapi.ts`) runs in a
 * child process while this one writes the SDK sources. `--check` writes nothing and exits 1 when
 * committed outputs drift from the model; `--sdk-only` skips the OpenAPI step;
 * `--openapi-script <file.mjs>` runs a bundled OpenAPI step with plain Node instead of the
 * TypeScript one with tsx (`scripts/generate.mjs` does so).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatEvent, loadModel } from '@platform/smithy';
import { CodegenError } from './codegen-error.js';
import { generateSdk, OUTPUT_DIR, REPO_ROOT, type GeneratedFile } from './generate.js';

const OPENAPI_SCRIPT = 'packages/smithy-openapi/scripts/generate-openapi.ts';

const started = performance.now();
const check = process.argv.includes('--check');
const openapi = process.argv.includes('--sdk-only') ? undefined : runOpenApiStep(check);

const loaded = loadModel({ files: [join(REPO_ROOT, 'model')] });
if (!loaded.ok) {
  for (const event of loaded.events)
    if (event.severity === 'ERROR') console.error(formatEvent(event));
  fail('The model has errors: fix them (npm run validate:model) before generating.');
}
let files: GeneratedFile[] = [];
try {
  files = generateSdk(loaded.model);
} catch (error) {
  if (!(error instanceof CodegenError)) throw error;
  fail(`Generation failed: ${error.message}`);
}
const wanted = new Set(files.map((f) => f.path));
const changed = files.filter((f) => read(f.path) !== f.content);
const stale = list(join(REPO_ROOT, OUTPUT_DIR)).filter((p) => !wanted.has(p));
if (check && changed.length + stale.length > 0) {
  await openapi;
  fail(
    `Generated SDK sources are out of date (${[...changed.map((f) => f.path), ...stale].join(', ')}): run \`npm run generate\`.`,
  );
}
if (!check) {
  for (const file of changed) {
    mkdirSync(dirname(join(REPO_ROOT, file.path)), { recursive: true });
    writeFileSync(join(REPO_ROOT, file.path), file.content);
  }
  for (const path of stale) rmSync(join(REPO_ROOT, path));
}
const sdk = check
  ? `SDK: ${files.length} files in ${OUTPUT_DIR}/ up to date.`
  : `SDK: wrote ${changed.length} of ${files.length} files to ${OUTPUT_DIR}/ (${stale.length} stale removed).`;
const summary = openapi === undefined ? '' : `OpenAPI: ${await openapi} `;
console.log(`${summary}${sdk} ${Math.round(performance.now() - started)} ms.`);

/** Runs the OpenAPI step; resolves to its summary line, or ends this process when it fails. */
function runOpenApiStep(checkOnly: boolean): Promise<string> {
  const flag = process.argv.indexOf('--openapi-script');
  const script = flag === -1 ? undefined : process.argv[flag + 1];
  const args = [
    ...(script === undefined ? ['--import', 'tsx', OPENAPI_SCRIPT] : [script]),
    ...(checkOnly ? ['--check'] : []),
  ];
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: REPO_ROOT }, (error, stdout, stderr) => {
      if (stderr) process.stderr.write(stderr);
      if (error) fail(stdout.trim() || `The OpenAPI step failed (${error.message}).`);
      resolve(stdout.trim().replace(/\.$/, ';'));
    });
  });
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
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
