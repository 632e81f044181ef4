/**
 * @module `npm run api-snapshot`: checks the committed API snapshots (`api-snapshot/vN/surface.json`,
 * the SDK exports) and the breaking-change gate (working model vs `api-snapshot/vN/model.json`).
 * `-- --update` rewrites the SDK surfaces; `-- --release N` also records the working model as the
 * released model of major N (do this when publishing N.x).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readSurfaces, type SurfaceEntry } from './api-surface.js';
import {
  SNAPSHOT_DIR,
  compareMajor,
  formatReport,
  loadReleasedModel,
  loadWorkingModel,
  readAnnouncements,
  releasedModelPath,
} from './breaking-changes.js';

export const MAJORS = [1, 2] as const;
export const UPDATE_COMMAND = 'npm run api-snapshot -- --update';

export function surfacePath(major: number): string {
  return `${SNAPSHOT_DIR}/v${major}/surface.json`;
}

export function serializeSurface(surface: readonly SurfaceEntry[]): string {
  return `${JSON.stringify(surface, null, 2)}\n`;
}

export function readCommittedSurface(major: number): string {
  return readFileSync(surfacePath(major), 'utf8');
}

function main(args: readonly string[]): number {
  const surfaces = readSurfaces(MAJORS);
  const releaseAt = args.indexOf('--release');
  if (releaseAt >= 0) {
    const major = Number(args[releaseAt + 1]);
    if (!MAJORS.includes(major as (typeof MAJORS)[number])) {
      console.error(`--release needs a major, one of ${MAJORS.join(', ')}`);
      return 2;
    }
    const model = loadWorkingModel() as ReturnType<typeof loadWorkingModel> & {
      toJsonAst(): object;
    };
    mkdirSync(`${SNAPSHOT_DIR}/v${major}`, { recursive: true });
    writeFileSync(releasedModelPath(major), `${JSON.stringify(model.toJsonAst(), null, 2)}\n`);
    console.log(`recorded the working model as released v${major}`);
  }
  let failed = false;
  for (const major of MAJORS) {
    const text = serializeSurface(surfaces.get(major) ?? []);
    if (args.includes('--update') || releaseAt >= 0) {
      mkdirSync(`${SNAPSHOT_DIR}/v${major}`, { recursive: true });
      writeFileSync(surfacePath(major), text);
    } else if (readCommittedSurface(major) !== text) {
      console.error(
        `v${major} SDK surface differs from ${surfacePath(major)}; run \`${UPDATE_COMMAND}\``,
      );
      failed = true;
    }
    const report = compareMajor(
      major,
      loadReleasedModel(major),
      loadWorkingModel(),
      readAnnouncements(),
    );
    console.log(formatReport(report));
    if (report.unannounced.length > 0) failed = true;
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  process.exitCode = main(process.argv.slice(2));
}
