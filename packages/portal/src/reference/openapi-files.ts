/**
 * @module Puts each service's OpenAPI document into the site, as `npm run generate` wrote it to
 * the repository's `openapi/`, so partners download exactly the file the SDK was generated from.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ModelReferenceError } from './site.js';

/**
 * Copies each of `paths` (`openapi/vN/<Service>.openapi.json`, the site's download links) from
 * `repoRoot` into `outDir`.
 */
export async function copyOpenApiDocuments(
  repoRoot: string,
  outDir: string,
  paths: readonly string[],
): Promise<void> {
  const absent = paths.filter((p) => !existsSync(join(repoRoot, p)));
  if (absent.length > 0) {
    throw new ModelReferenceError(
      `OpenAPI document(s) missing: ${absent.join(', ')}. Run \`npm run generate\` first.`,
    );
  }
  await Promise.all(
    paths.map(async (p) => {
      await mkdir(dirname(join(outDir, p)), { recursive: true });
      await copyFile(join(repoRoot, p), join(outDir, p));
    }),
  );
}
