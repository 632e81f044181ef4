/**
 * The built portal in a real browser (Chromium via playwright-core, see `@platform/chromium`):
 * every page loads without console errors, every internal link and anchor resolves, axe reports no
 * violations, nothing is requested outside loopback, each page stays within its weight budget,
 * search and the version switcher work. The SDK reference (typedoc's ~500 pages) is checked on a
 * sample that covers each of its templates (`support/sdk-sample.ts`). Screenshots for a person to
 * look at go to `build/screenshots/`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '@platform/chromium';
import { SDK_DIR } from '../src/sdk/typedoc.js';
import type { RunningPortal } from '../src/serve.js';
import { AXE_SOURCE, axeViolations } from './support/axe.js';
import type { Browser } from './support/chromium.js';
import { crawl, type VisitedPage } from './support/crawl.js';
import {
  needsChromium,
  openPortalInChromium,
  REPO_ROOT,
  type PortalInChromium,
} from './support/portal-in-chromium.js';
import { sdkReferenceSample } from './support/sdk-sample.js';

const SCREENSHOTS = join(REPO_ROOT, 'build/screenshots');
/** Bytes one page load may download (HTML + CSS + JS), uncompressed. */
const PAGE_BUDGET_BYTES = 200 * 1024;
/**
 * The same for the SDK reference: typedoc's own scripts and stylesheet weigh ~210 KiB, a module's
 * index lists every export of an API version (~205 KiB for v1), and the testing kit's
 * `TestingDataByMajor` expands the sample data of both API majors inline (~850 KiB).
 */
const SDK_PAGE_BUDGET_BYTES = 1024 * 1024;
const isSdkPage = (url: string): boolean => new URL(url).pathname.startsWith(`/${SDK_DIR}/`);
const suite = needsChromium('portal browser tests');

describe('portal in Chromium', suite, () => {
  let fixture: PortalInChromium | undefined;
  let portal: RunningPortal;
  let browser: Browser;
  let pages: Map<string, VisitedPage>;
  let sdkSample: Set<string>;
  const axeFindings = new Map<string, string[]>();
  let axeMs = 0;

  beforeAll(async () => {
    fixture = await openPortalInChromium('site');
    ({ portal, browser } = fixture);
    sdkSample = new Set(
      sdkReferenceSample(join(fixture.outDir, SDK_DIR)).map(
        (path) => `${portal.url}${SDK_DIR}/${path}`,
      ),
    );
    // In every page before its own scripts, so no page load fetches it.
    await browser.context.addInitScript({ content: AXE_SOURCE });
    const page = await browser.context.newPage();
    const started = performance.now();
    // Operation pages share one template: axe checks the first one of each version (and every
    // other page); duplicate ids, the data-dependent failure, are checked on every page below.
    const sampledVersions = new Set<string>();
    pages = await crawl(page, `${portal.url}index.html`, {
      // The SDK reference's other pages are checked by status only (the link test fetches every
      // link not visited).
      follow: (url) => !isSdkPage(url) || sdkSample.has(url),
      skipInspect: (url) => {
        const version = /\/(v\d+)\/[a-z-]+\/[A-Za-z]+\.html$/.exec(new URL(url).pathname)?.[1];
        if (version === undefined || !sampledVersions.has(version)) {
          if (version) sampledVersions.add(version);
          return false;
        }
        return true;
      },
      inspect: async (p, url) => {
        const t0 = performance.now();
        axeFindings.set(url, await axeViolations(p));
        axeMs += performance.now() - t0;
      },
    });
    const chromium = findChromium();
    if (!('missing' in chromium)) console.log(`portal: ${chromium.version} (${chromium.source})`);
    console.log(
      `portal: crawled ${pages.size} pages in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
        `(axe ${(axeMs / 1000).toFixed(1)} s)`,
    );
    await page.close();
  }, 900_000);

  afterAll(async () => {
    await fixture?.close();
  });

  it('visits every page and each loads with status 200 and no console error', () => {
    expect(pages.size).toBeGreaterThan(5);
    const problems = [...pages.values()].flatMap((p) => [
      ...(p.status === 200 ? [] : [`${p.url}: HTTP ${p.status}`]),
      ...p.consoleErrors.map((e) => `${p.url}: console: ${e}`),
      ...p.failedRequests.map((e) => `${p.url}: request: ${e}`),
    ]);
    expect(problems).toEqual([]);
  });

  it('has no broken internal link or anchor', { timeout: 120_000 }, async () => {
    const broken: string[] = [];
    // Pages not visited (most of the SDK reference) are fetched once each, however many link them.
    const statuses = new Map<string, Promise<number>>();
    const statusOf = (url: string): Promise<number> => {
      if (!statuses.has(url))
        statuses.set(
          url,
          fetch(url).then((r) => r.status),
        );
      return statuses.get(url) as Promise<number>;
    };
    for (const page of pages.values()) {
      for (const link of page.links) {
        const url = new URL(link);
        const fragment = decodeURIComponent(url.hash.slice(1));
        url.hash = '';
        const target = pages.get(url.href);
        if (!target) {
          const status = await statusOf(url.href);
          if (status !== 200) broken.push(`${page.url} → ${link}: HTTP ${status}`);
        } else if (fragment && !target.ids.has(fragment)) {
          broken.push(`${page.url} → ${link}: no element with id "${fragment}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('has no accessibility violations (axe-core)', () => {
    const findings = [...axeFindings].flatMap(([url, v]) => v.map((line) => `${url}: ${line}`));
    expect(axeFindings.size).toBeGreaterThan(10);
    expect(findings).toEqual([]);
  });

  it('checks every sampled page of the SDK reference with axe', () => {
    expect(sdkSample.size).toBeGreaterThan(8);
    expect([...sdkSample].filter((url) => !axeFindings.has(url))).toEqual([]);
  });

  it(
    'names the SDK reference’s modules by the paths partners import',
    { timeout: 30_000 },
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${portal.url}${SDK_DIR}/index.html`);
      const modules = await page
        .locator('.tsd-member-summary-name > a:not(.tsd-anchor-icon)')
        .allTextContents();
      expect(modules).toContain('@platform/api-client/v2');
      expect(modules).toContain('@platform/api-client/webhooks');
      expect(modules.filter((name) => !name.startsWith('@platform/api-client'))).toEqual([]);
      await page.close();
    },
  );

  it('has no duplicate element id on any page', () => {
    expect(
      [...pages.values()].flatMap((p) => p.duplicateIds.map((id) => `${p.url}: #${id}`)),
    ).toEqual([]);
  });

  it('keeps every page within the weight budget', () => {
    const over: string[] = [];
    for (const [part, budget, inPart] of [
      ['portal', PAGE_BUDGET_BYTES, (url: string) => !isSdkPage(url)],
      ['SDK reference', SDK_PAGE_BUDGET_BYTES, isSdkPage],
    ] as const) {
      const sorted = [...pages.values()]
        .filter((p) => inPart(p.url))
        .sort((a, b) => b.bytes - a.bytes);
      const largest = sorted[0];
      if (largest) {
        console.log(
          `${part}: largest page ${new URL(largest.url).pathname} ${(largest.bytes / 1024).toFixed(1)} KiB ` +
            `(budget ${budget / 1024} KiB, ${sorted.length} pages)`,
        );
      }
      over.push(...sorted.filter((p) => p.bytes > budget).map((p) => `${p.url}: ${p.bytes} bytes`));
    }
    expect(over).toEqual([]);
  });

  it('requests nothing outside loopback', () => {
    expect(browser.outsideRequests).toEqual([]);
  });

  it('finds a guide section by name with the header search', { timeout: 20_000 }, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${portal.url}index.html`);
    await page.fill('#search-input', 'express');
    const result = page.locator('#search-results a', { hasText: 'Express' }).first();
    await result.waitFor();
    await result.click();
    await page.waitForURL(/guides\/webhooks\.html#express$/);
    await page.close();
  });

  it(
    'lists matches on the search page the header form submits to',
    { timeout: 20_000 },
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${portal.url}guides/pagination.html`);
      await page.fill('#search-input', 'rotating secret');
      await page.press('#search-input', 'Enter');
      await page.waitForURL(/search\.html\?q=rotating/);
      await expect(
        page.locator('#search-page-results a', { hasText: 'Rotating' }).first().textContent(),
      ).resolves.toMatch(/Rotating/);
      await page.close();
    },
  );

  it('finds an operation by name and opens its page', { timeout: 20_000 }, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${portal.url}guides/webhooks.html`);
    await page.fill('#search-input', 'CreateOrder');
    const hit = page.locator('#search-results a', { hasText: 'CreateOrder' }).first();
    await hit.waitFor();
    await hit.click();
    await page.waitForURL(/\/v\d+\/commercial\/CreateOrder\.html$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('CreateOrder');
    await page.close();
  });

  it(
    'switches an operation page between versions and shows v1 as deprecated',
    { timeout: 20_000 },
    async () => {
      const page = await browser.context.newPage();
      await page.goto(`${portal.url}v1/commercial/GetOrder.html`);
      const banner = page.locator('.banner-deprecated');
      await expect(banner.textContent()).resolves.toMatch(/v1 is deprecated\..*1 December 2027/s);
      await expect(banner.locator('time').getAttribute('datetime')).resolves.toBe(
        '2027-12-01T00:00:00Z',
      );
      await page.click('.version-switcher a[data-version="v2"]');
      await page.waitForURL(/\/v2\/commercial\/GetOrder\.html$/);
      await expect(page.locator('.banner-deprecated').count()).resolves.toBe(0);
      await expect(page.locator('.endpoint code').textContent()).resolves.toBe(
        '/v2/orders/{orderId}',
      );
      await page.click('.version-switcher a[data-version="v1"]');
      await page.waitForURL(/\/v1\/commercial\/GetOrder\.html$/);
      await page.close();
    },
  );

  it('has no accessibility violations in dark mode either', { timeout: 60_000 }, async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    const findings: string[] = [];
    for (const path of [
      'index.html',
      'guides/webhooks.html',
      'v2/commercial/CreateOrder.html',
      'changelog.html',
    ]) {
      await page.goto(portal.url + path);
      findings.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(findings).toEqual([]);
    await page.close();
  });

  it('reads and searches without JavaScript', { timeout: 20_000 }, async () => {
    const page = await browser.context.newPage();
    await page.route('**/assets/portal.js', (route) => route.abort());
    await page.goto(`${portal.url}v2/commercial/ListOrders.html`);
    await expect(page.locator('.theme-toggle').isVisible()).resolves.toBe(false);
    await expect(page.locator('#request + table').isVisible()).resolves.toBe(true);
    await page.fill('#search-input', 'orders');
    await page.press('#search-input', 'Enter');
    await page.waitForURL(/search\.html\?q=orders/);
    // Without the script there is no ranking, but every page is still one click away.
    await expect(page.locator('main a[href$="ListOrders.html"]').count()).resolves.toBeGreaterThan(
      0,
    );
    await page.close();
  });

  it('switches to dark mode with the toggle and remembers it', { timeout: 20_000 }, async () => {
    const page = await browser.context.newPage();
    await page.goto(`${portal.url}index.html`);
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    await page.click('.theme-toggle');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.goto(`${portal.url}guides/webhooks.html`);
    expect(await background()).toBe(dark);
    await expect(page.getAttribute('.theme-toggle', 'aria-pressed')).resolves.toBe('true');
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it(
    'takes screenshots of the home page, an operation page and the webhooks guide',
    { timeout: 20_000 },
    async () => {
      await mkdir(SCREENSHOTS, { recursive: true });
      const page = await browser.context.newPage();
      for (const [path, name] of [
        ['index.html', 'home'],
        ['guides/webhooks.html', 'webhooks-guide'],
        ['v2/commercial/CreateOrder.html', 'operation-create-order'],
        ['v1/commercial/ListOrders.html', 'operation-list-orders-v1'],
      ] as const) {
        await page.goto(portal.url + path);
        await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
      }
      await page.close();
    },
  );
});
