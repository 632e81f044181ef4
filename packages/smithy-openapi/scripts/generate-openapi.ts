/**
 * Writes the Platform OpenAPI documents and types to `<repo>/openapi/` (`npm run
 * generate:openapi`). With `--check`, writes nothing and exits 1 when the committed files differ
 * from what the model generates. `--root <dir>` names the repository (its `model/` is read, its
 * `openapi/` written); without it, the repository this script sits in.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isOpenApiConversionError } from '../src/index.js';
import {
  OUTPUT_DIR,
  REPO_ROOT,
  generatePlatformOpenApi,
} from '../src/generate/platform-documents.js';
import type { PlatformOpenApi } from '../src/generate/platform-documents.js';

const check = process.argv.includes('--check');
const rootAt = process.argv.indexOf('--root');
const root = rootAt === -1 ? REPO_ROOT : resolve(process.argv[rootAt + 1] ?? '.');
let generated: PlatformOpenApi;
try {
  generated = await generatePlatformOpenApi(root);
} catch (error) {
  if (!isOpenApiConversionError(error)) throw error;
  console.error(`generate:openapi failed (${error.code}): ${error.message}`);
  process.exit(1);
}
const { files, documents } = generated;
const wanted = new Map(files.map((f) => [f.path, f.content]));
const existing = listOutput(join(root, OUTPUT_DIR)).map((p) => `${OUTPUT_DIR}/${p}`);
const changed = files.filter((f) => read(f.path) !== f.content).map((f) => f.path);
const stale = existing.filter(
  (p) => !wanted.has(p) && /(\.openapi\.json|\.types\.ts|manifest\.json)$/.test(p),
);

for (const doc of documents) {
  for (const w of doc.warnings) console.warn(`${doc.service}: warning ${w.code}: ${w.message}`);
}
if (check) {
  if (changed.length + stale.length > 0) {
    console.error(
      `OpenAPI outputs are out of date (${[...changed, ...stale].join(', ')}): run \`npm run generate:openapi\`.`,
    );
    process.exit(1);
  }
  console.log(`OpenAPI outputs are up to date (${files.length} files).`);
} else {
  for (const path of changed) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), wanted.get(path) as string);
  }
  for (const path of stale) rmSync(join(root, path));
  console.log(
    `Wrote ${changed.length} of ${files.length} OpenAPI files to ${OUTPUT_DIR}/ (${stale.length} stale removed).`,
  );
}

function read(path: string): string | undefined {
  const file = join(root, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function listOutput(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listOutput(join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}
