/**
 * @module The fixture of the browser tests: the portal built into a temporary folder, served on
 * loopback, and a Chromium to browse it; `close()` ends all three. Also the skip options of a
 * suite that needs Chromium, with the reason when there is none.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPortal, type PortalOptions } from '../../src/portal.js';
import { servePortal, type RunningPortal } from '../../src/serve.js';
import { chromiumMissing, launchChromium, type Browser } from './chromium.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

export interface PortalInChromium {
  readonly outDir: string;
  readonly portal: RunningPortal;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Builds the portal (`sdkReference` as `buildPortal` takes it), serves it, launches Chromium. */
export async function openPortalInChromium(
  name: string,
  options: Pick<PortalOptions, 'sdkReference'> = {},
): Promise<PortalInChromium> {
  const outDir = await mkdtemp(join(tmpdir(), `portal-${name}-`));
  let portal: RunningPortal | undefined;
  let browser: Browser;
  try {
    await buildPortal({ repoRoot: REPO_ROOT, outDir, ...options });
    portal = await servePortal({ dir: outDir });
    browser = await launchChromium();
  } catch (error) {
    await portal?.close();
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
  return {
    outDir,
    portal,
    browser,
    async close() {
      await browser.close();
      await portal.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** `describe` options for a suite that needs Chromium: skipped, with the reason, when missing. */
export function needsChromium(suite: string): { skip: boolean; meta: { skipReason?: string } } {
  const missing = chromiumMissing();
  if (missing) console.warn(`${suite} skipped: ${missing}`);
  return { skip: missing !== undefined, meta: { skipReason: missing } };
}
