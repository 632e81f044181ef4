/**
 * @module Puts each service's OpenAPI document into the site, as `npm run generate` wrote it to
 * the repository's `openapi/`, so partners download exactly the file the SDK was generated from.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ApiVersion } from './api.js';
import { referencePaths } from './paths.js';
import { ModelReferenceError } from './site.js';

/** Copies `<repoRoot>/openapi/vN/<Service>.openapi.json` of every service into `outDir`. */
export async function copyOpenApiDocuments(
  repoRoot: string,
  outDir: string,
  api: readonly ApiVersion[],
): Promise<string[]> {
  const paths = api.flatMap((v) => v.services.map((s) => referencePaths.openapi(v.name, s.name)));
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
  return paths;
}
