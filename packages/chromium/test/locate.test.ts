/**
 * Which Chromium the browser suites get. npm's binary is checked with Debian's hidden (the
 * `npm` override), so it is proven on machines that have both: extracted, probed, and driving
 * several pages at once (the package's own flags run one process, which would not).
 */
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, DEBIAN_CHROMIUM, locateChromium } from '../src/index.js';

const NOT_LINUX_X64 =
  `${process.platform}-${process.arch}` === 'linux-x64'
    ? undefined
    : `@sparticuz/chromium ships Linux x64 only, this is ${process.platform}-${process.arch}`;
if (NOT_LINUX_X64) console.warn(`npm Chromium tests skipped: ${NOT_LINUX_X64}`);

const scratch = await mkdtemp(join(tmpdir(), 'platform-chromium-test-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('locateChromium', () => {
  it('takes Debian’s Chromium when it is installed, npm’s otherwise', () => {
    const found = locateChromium(undefined);
    expect(found).toMatchObject(
      existsSync(DEBIAN_CHROMIUM) ? { source: 'debian', path: DEBIAN_CHROMIUM } : { source: 'npm' },
    );
  });

  it('refuses an override that is neither "npm" nor an absolute path', () => {
    expect(locateChromium('chromium')).toEqual({
      missing:
        'PLATFORM_CHROMIUM=chromium is neither "npm" nor an absolute path to a Chromium binary',
    });
  });

  it('says when the override names no file', () => {
    expect(locateChromium(join(scratch, 'absent'))).toEqual({
      missing: `PLATFORM_CHROMIUM names ${join(scratch, 'absent')}, which does not exist`,
    });
  });

  it('says when the binary does not run, with what it printed', async () => {
    const broken = join(scratch, 'broken-chromium');
    await writeFile(
      broken,
      '#!/bin/sh\necho "chromium: error while loading shared libraries: libnss3.so: cannot open shared object file" >&2\nexit 127\n',
    );
    await chmod(broken, 0o755);
    const found = locateChromium(broken);
    expect(found).toEqual({
      missing:
        `${broken} (PLATFORM_CHROMIUM) does not run: chromium: error while loading shared ` +
        'libraries: libnss3.so: cannot open shared object file ' +
        '(run scripts/setup-system.sh to install the libraries it needs)',
    });
  });
});

const linuxX64 = { skip: NOT_LINUX_X64 !== undefined, meta: { skipReason: NOT_LINUX_X64 } };

describe('npm’s Chromium (@sparticuz/chromium)', linuxX64, () => {
  it('is extracted into node_modules/.cache and reports its version', { timeout: 240_000 }, () => {
    const found = locateChromium('npm');
    if ('missing' in found) throw new Error(found.missing);
    expect(found.source).toBe('npm');
    expect(found.path).toMatch(/node_modules\/\.cache\/platform-chromium\/[\d.]+\/chromium$/);
    expect(found.version).toMatch(/^Chromium \d+\./);
    expect(existsSync(found.env.FONTCONFIG_FILE ?? '')).toBe(true);
  });

  it('renders text in two pages at once', { timeout: 120_000 }, async () => {
    const found = locateChromium('npm');
    if ('missing' in found) throw new Error(found.missing);
    const browser = await chromium.launch({
      executablePath: found.path,
      env: { ...process.env, ...found.env },
      headless: true,
      args: [...CHROMIUM_ARGS],
    });
    try {
      const widths = await Promise.all(
        ['first', 'second'].map(async (word) => {
          const page = await browser.newPage();
          await page.setContent(`<p><span id="word">${word}</span></p>`);
          // A width above zero means a font was found to draw the word with.
          return page.evaluate(
            () => document.getElementById('word')?.getBoundingClientRect().width,
          );
        }),
      );
      expect(widths.every((w) => w !== undefined && w > 10)).toBe(true);
    } finally {
      await browser.close();
    }
  });
});
