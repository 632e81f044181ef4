/**
 * @module cli
 *
 * The SDK generator as a command:
 * `codegen --model <dir> --out <dir> --generator <dir> [--check]` loads and validates the model,
 * writes the generated sources into `--out` (removing stale ones) and prints one summary line.
 * `--generator` names the generator's own sources, hashed into the manifest. Every path is an
 * argument, resolved against the working directory, so the generator runs the same from source
 * or bundled. `--check` writes nothing and exits 1 when the committed outputs drift from the
 * model. `scripts/generate.mjs` (`npm run generate`) runs it next to the OpenAPI step.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { formatEvent, loadModel } from '@platform/smithy';
import { CodegenError } from './codegen-error.js';
import { generateSdk, type GeneratedFile } from './generate.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const modelDir = pathArgument('--model');
const outDir = pathArgument('--out');
const generatorDir = pathArgument('--generator');
const shownOut = relative(process.cwd(), outDir) || '.';

const loaded = loadModel({ files: [modelDir] });
if (!loaded.ok) {
  for (const event of loaded.events)
    if (event.severity === 'ERROR') console.error(formatEvent(event));
  fail('The model has errors: fix them (npm run validate:model) before generating.');
}
let files: GeneratedFile[] = [];
try {
  files = generateSdk(loaded.model, { outDir, generatorDir });
} catch (error) {
  if (!(error instanceof CodegenError)) throw error;
  fail(`Generation failed: ${error.message}`);
}
const wanted = new Set(files.map((f) => f.path));
const changed = files.filter((f) => read(f.path) !== f.content);
const stale = list(outDir).filter((p) => !wanted.has(p));
if (check && changed.length + stale.length > 0) {
  fail(
    `Generated SDK sources are out of date (${[...changed.map((f) => f.path), ...stale].join(', ')} in ${shownOut}/): run \`npm run generate\`.`,
  );
}
if (!check) {
  for (const file of changed) {
    mkdirSync(dirname(join(outDir, file.path)), { recursive: true });
    writeFileSync(join(outDir, file.path), file.content);
  }
  for (const path of stale) rmSync(join(outDir, path));
}
console.log(
  check
    ? `SDK: ${files.length} files in ${shownOut}/ up to date.`
    : `SDK: wrote ${changed.length} of ${files.length} files to ${shownOut}/ (${stale.length} stale removed).`,
);

function pathArgument(flag: string): string {
  const at = args.indexOf(flag);
  const value = at === -1 ? undefined : args[at + 1];
  if (value === undefined || value.startsWith('--'))
    fail(`usage: codegen --model <dir> --out <dir> --generator <dir> [--check] (${flag} missing)`);
  return resolve(value);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function read(path: string): string | undefined {
  const file = join(outDir, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** Files under `dir`, as `/`-separated paths relative to the output folder. */
function list(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? list(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}
