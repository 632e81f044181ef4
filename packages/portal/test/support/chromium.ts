/**
 * @module Chromium (Debian's, else npm's: see `@platform/chromium`), headless and kept off the
 * network, in a fresh profile. Every request that is not for loopback is aborted and recorded, so
 * a test can prove the portal makes none.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '@platform/chromium';

export interface Browser {
  readonly context: BrowserContext;
  /** URLs of requests to anything but loopback (all were aborted). */
  readonly outsideRequests: string[];
  close(): Promise<void>;
}

/** Why Chromium cannot run here, or `undefined` when it can. */
export function chromiumMissing(): string | undefined {
  const found = findChromium();
  return 'missing' in found ? found.missing : undefined;
}

function isLoopback(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname);
}

export async function launchChromium(
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<Browser> {
  const found = findChromium();
  if ('missing' in found) throw new Error(`no Chromium to launch: ${found.missing}`);
  const profile = await mkdtemp(join(tmpdir(), 'portal-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: found.path,
    env: { ...process.env, ...found.env },
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: 'block',
  });
  const outsideRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    context,
    outsideRequests,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
