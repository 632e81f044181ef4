/**
 * @module scripts/release
 *
 * `npm run release -- --registry <url> [--dry-run]`: publishes `@platform/api-client` 2.x
 * (dist-tag `latest`), 1.x (`latest-1`) and `@platform/sandbox` together, or none of them.
 *
 * 1. The working tree must be clean: what is published is rebuilt from one commit.
 * 2. With a registry, no planned version may exist there yet, and npm must be logged in to it —
 *    checked before the minutes of building.
 * 3. The drift and breaking-change gates (`release/gates.ts`).
 * 4. `build/release/`: tarballs, integrity hashes, release notes, portal (`release/release-dir.ts`).
 * 5. Unless `--dry-run`: the versions are checked absent once more, then published in plan order
 *    (`release/publish.ts`, which reports exactly what was published if one fails).
 *
 * A refusal prints why and what to do (`release stopped: …`), and exits 1.
 */
import { fileURLToPath } from 'node:url';
import { SDK_LINES } from './pack-api-client.js';
import { cleanCommit } from './release/git.js';
import { passGates } from './release/gates.js';
import { parseReleaseOptions, USAGE } from './release/options.js';
import { planRelease } from './release/plan.js';
import { publishAll } from './release/publish.js';
import { ReleaseError } from './release/release-error.js';
import { RELEASE_DIR, writeReleaseDir } from './release/release-dir.js';
import { assertAbsent, assertLoggedIn, spec } from './release/registry.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCOPE = '@platform';

const started = performance.now();
const log = (line: string): void =>
  console.log(`release: ${line} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

async function release(argv: readonly string[]): Promise<void> {
  const options = parseReleaseOptions(argv);
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const { registry, dryRun } = options;
  const commit = await cleanCommit(REPO_ROOT);
  log(`working tree clean at ${commit.slice(0, 12)}`);

  const plan = await planRelease();
  const names = plan.map((p) => `${spec(p)} (${p.distTag})`).join(', ');
  if (registry !== undefined) {
    await assertAbsent(plan, registry);
    if (!dryRun) await assertLoggedIn(registry, SCOPE);
    log(`${names}: none in ${registry} yet`);
  } else {
    log(`${names}: dry run without a registry, versions not checked`);
  }

  await passGates(REPO_ROOT);
  log('drift gate and breaking-change gate passed');

  const packages = await writeReleaseDir(plan, { commit, registry }, log);
  log(`wrote ${RELEASE_DIR}`);
  if (dryRun || registry === undefined) {
    log('dry run: nothing published');
    return;
  }
  await assertAbsent(plan, registry);
  await publishAll(packages, registry, log);
  const record = SDK_LINES.map((major) => `npm run api-snapshot -- --release ${major}`);
  log(
    `done. Record the released models for the next gate and changelog: ${record.join('; ')}; commit.`,
  );
}

try {
  await release(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ReleaseError)) throw error;
  console.error(`release stopped: ${error.message}`);
  process.exitCode = 1;
}
