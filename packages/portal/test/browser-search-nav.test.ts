/**
 * Search, the keyboard shortcut and the narrow-screen menu in a real browser (Debian's Chromium
 * via playwright-core): body-text search finds the guides first and lands on the section that
 * has the words, v1/v2 pairs are one result, `/` and Ctrl-K focus search without stealing keys
 * from other inputs, and at phone width every kind of page shows its heading on the first screen
 * with the navigation behind a menu button (and behind a `<details>` summary without scripts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPortal } from '../src/serve.js';
import { AXE_SOURCE, axeViolations } from './support/axe.js';
import type { Browser } from './support/chromium.js';
import {
  needsChromium,
  openPortalInChromium,
  REPO_ROOT,
  type PortalInChromium,
} from './support/portal-in-chromium.js';

const PHONE = { width: 390, height: 844 };

/** One page of each template the portal has. */
const PAGE_TYPES = [
  'index.html',
  'guides/webhooks.html',
  'v2/index.html',
  'v2/commercial/CreateOrder.html',
  'v1/commercial/ListOrders.html',
  'v2/schemas.html',
  'v2/webhooks.html',
  'changelog.html',
  'search.html',
];

const suite = needsChromium('portal search and navigation browser tests');

describe('portal search and navigation in Chromium', suite, () => {
  let fixture: PortalInChromium | undefined;
  let portal: RunningPortal;
  let browser: Browser;

  beforeAll(async () => {
    fixture = await openPortalInChromium('search-nav', { sdkReference: false });
    ({ portal, browser } = fixture);
  }, 120_000);

  afterAll(async () => {
    await fixture?.close();
  });

  async function headerSearch(page: Page, query: string): Promise<string[]> {
    await page.fill('#search-input', query);
    const links = page.locator('#search-results > ul > li > a');
    await links.first().waitFor();
    return links.evaluateAll((as) =>
      as.map(
        (a) =>
          new URL((a as HTMLAnchorElement).href).pathname +
          new URL((a as HTMLAnchorElement).href).hash,
      ),
    );
  }

  describe('search', () => {
    it.each([
      ['signature', /^\/guides\/(webhooks|testing)\.html#/],
      ['rate limit', /^\/guides\/errors-and-retries\.html#rate-limits$/],
      ['retry', /^\/guides\/errors-and-retries\.html#retries$/],
      ['webhook', /^\/guides\/webhooks\.html$/],
    ])('ranks a guide first for "%s"', { timeout: 20_000 }, async (query, first) => {
      const page = await browser.context.newPage();
      await page.goto(`${portal.url}v2/index.html`);
      const hrefs = await headerSearch(page, query);
      expect(hrefs[0]).toMatch(first);
      await page.close();
    });

    it('opens the section that has the words', { timeout: 20_000 }, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${portal.url}index.html`);
      await headerSearch(page, 'redelivery schedule');
      await page.locator('#search-results > ul > li > a').first().click();
      await page.waitForURL(/guides\/webhooks\.html#[a-z-]+$/);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      // The section the link names exists and its text has the words searched for.
      const section = await page.evaluate((target) => {
        const heading = document.getElementById(target);
        let text = '';
        for (
          let el = heading?.nextElementSibling;
          el && !/^H[23]$/.test(el.tagName);
          el = el.nextElementSibling
        ) {
          text += el.textContent ?? '';
        }
        return text;
      }, id);
      expect(section).toMatch(/redeliver/i);
      expect(section).toMatch(/schedule/i);
      await page.close();
    });

    it(
      'shows an operation of both versions once, the current one first',
      { timeout: 20_000 },
      async () => {
        const page = await browser.context.newPage();
        await page.goto(`${portal.url}index.html`);
        const hrefs = await headerSearch(page, 'CreateOrder');
        expect(hrefs.filter((h) => h.endsWith('/CreateOrder.html'))).toEqual([
          '/v2/commercial/CreateOrder.html',
        ]);
        const other = page.locator('#search-results .search-versions a', { hasText: 'v1' }).first();
        await expect(other.getAttribute('href')).resolves.toMatch(
          /v1\/commercial\/CreateOrder\.html$/,
        );
        await page.close();
      },
    );

    it('lists the same folded results on the search page', { timeout: 20_000 }, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${portal.url}search.html?q=webhook`);
      const first = page.locator('#search-page-results > ul > li > a').first();
      await first.waitFor();
      await expect(first.getAttribute('href')).resolves.toMatch(/guides\/webhooks\.html$/);
      await page.close();
    });
  });

  describe('keyboard shortcut', () => {
    it(
      'focuses search with / and with Ctrl-K, and shows the shortcut',
      { timeout: 20_000 },
      async () => {
        const page = await browser.context.newPage();
        await page.goto(`${portal.url}guides/pagination.html`);
        await expect(page.locator('.search-shortcut').isVisible()).resolves.toBe(true);
        await expect(page.getAttribute('#search-input', 'aria-keyshortcuts')).resolves.toContain(
          '/',
        );
        await page.keyboard.press('/');
        await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
        // The slash was the shortcut, not a character of the query.
        await expect(page.inputValue('#search-input')).resolves.toBe('');
        await page.keyboard.type('a/b');
        await expect(page.inputValue('#search-input')).resolves.toBe('a/b');
        await page.locator('h1').click();
        await page.keyboard.press('Control+k');
        await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
        await page.close();
      },
    );

    it('leaves / to other text fields', { timeout: 20_000 }, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${portal.url}index.html`);
      await page.evaluate(() => {
        const field = document.createElement('textarea');
        field.id = 'other-field';
        field.setAttribute('aria-label', 'notes');
        document.querySelector('main')?.prepend(field);
      });
      await page.focus('#other-field');
      await page.keyboard.type('a/b');
      await expect(page.inputValue('#other-field')).resolves.toBe('a/b');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('other-field');
      await page.close();
    });
  });

  describe('at phone width (390 × 844)', () => {
    it(
      'shows the heading of every kind of page on the first screen',
      { timeout: 60_000 },
      async () => {
        const page = await browser.context.newPage();
        await page.setViewportSize(PHONE);
        const tops: Record<string, number> = {};
        for (const path of PAGE_TYPES) {
          await page.goto(portal.url + path);
          tops[path] = Math.round((await page.locator('h1').boundingBox())?.y ?? Infinity);
        }
        console.log(`portal at 390 px: h1 top per page ${JSON.stringify(tops)}`);
        expect(Object.entries(tops).filter(([, top]) => !(top < PHONE.height))).toEqual([]);
        await page.close();
      },
    );

    it('opens and closes the navigation with the menu button', { timeout: 30_000 }, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize(PHONE);
      await page.goto(`${portal.url}v2/commercial/CreateOrder.html`);
      const button = page.locator('.menu-button');
      const nav = page.locator('#site-nav');
      await expect(button.isVisible()).resolves.toBe(true);
      await expect(button.getAttribute('aria-controls')).resolves.toBe('site-nav');
      await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(nav.isVisible()).resolves.toBe(false);

      await button.click();
      await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(nav.isVisible()).resolves.toBe(true);
      // Focus moves into the navigation, onto the current page's link.
      await expect(
        page.evaluate(() => document.activeElement?.closest('#site-nav') !== null),
      ).resolves.toBe(true);
      await expect(
        page.evaluate(() => document.activeElement?.getAttribute('aria-current')),
      ).resolves.toBe('page');
      await page.keyboard.press('Escape');
      await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(nav.isVisible()).resolves.toBe(false);
      await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe(
        'menu-button',
      );

      await button.click();
      await nav.locator('a', { hasText: 'Webhooks' }).first().click();
      await page.waitForURL(/guides\/webhooks\.html$/);
      await expect(page.locator('.menu-button').getAttribute('aria-expanded')).resolves.toBe(
        'false',
      );
      await page.locator('.menu-button').click();
      await page.locator('.menu-button').click();
      await expect(page.locator('#site-nav').isVisible()).resolves.toBe(false);

      // Tabbing past the last link of the open navigation closes it.
      await page.locator('.menu-button').click();
      await nav.locator('a').last().focus();
      await page.keyboard.press('Tab');
      await expect(page.locator('.menu-button').getAttribute('aria-expanded')).resolves.toBe(
        'false',
      );
      await page.close();
    });

    it(
      'has no accessibility violations with the menu open or closed',
      { timeout: 60_000 },
      async () => {
        const page = await browser.context.newPage();
        await page.addInitScript({ content: AXE_SOURCE });
        await page.setViewportSize(PHONE);
        const findings: string[] = [];
        const run = async (where: string): Promise<void> => {
          findings.push(...(await axeViolations(page)).map((v) => `${where}: ${v}`));
        };
        for (const [path, scheme] of [
          ['index.html', 'light'],
          ['guides/authentication.html', 'light'],
          ['v2/commercial/CreateOrder.html', 'light'],
          ['guides/webhooks.html', 'dark'],
        ] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(portal.url + path);
          await run(`${path} ${scheme} closed`);
          await page.click('.menu-button');
          await run(`${path} ${scheme} open`);
        }
        expect(findings).toEqual([]);
        await page.close();
      },
    );

    it(
      'reaches the navigation without JavaScript through the Menu summary',
      { timeout: 60_000 },
      async () => {
        const page = await browser.context.newPage();
        await page.route('**/assets/portal.js', (route) => route.abort());
        await page.setViewportSize(PHONE);
        for (const path of PAGE_TYPES) {
          await page.goto(portal.url + path);
          const top = (await page.locator('h1').boundingBox())?.y ?? Infinity;
          expect(top, `${path}: h1 top without JavaScript`).toBeLessThan(PHONE.height);
        }
        await page.goto(`${portal.url}guides/pagination.html`);
        await expect(page.locator('.menu-button').isVisible()).resolves.toBe(false);
        await expect(page.locator('#site-nav').isVisible()).resolves.toBe(false);
        await page.click('.nav-summary');
        await expect(page.locator('#site-nav').isVisible()).resolves.toBe(true);
        await page.locator('#site-nav a', { hasText: 'Authentication' }).first().click();
        await page.waitForURL(/guides\/authentication\.html$/);
        await page.close();
      },
    );
  });

  it(
    'shows the navigation as a column on a wide screen, without a menu button',
    { timeout: 20_000 },
    async () => {
      for (const script of [true, false]) {
        const page = await browser.context.newPage();
        if (!script) await page.route('**/assets/portal.js', (route) => route.abort());
        await page.goto(`${portal.url}guides/webhooks.html`);
        await expect(page.locator('#site-nav').isVisible(), `script ${script}`).resolves.toBe(true);
        await expect(page.locator('.menu-button').isVisible()).resolves.toBe(false);
        await expect(page.locator('.nav-summary').isVisible()).resolves.toBe(false);
        await page.close();
      }
    },
  );

  describe('content', () => {
    it(
      'states rate limits, their headers, the redelivery schedule and a raw token request',
      { timeout: 30_000 },
      async () => {
        const page = await browser.context.newPage();
        await page.goto(`${portal.url}guides/errors-and-retries.html`);
        const limits = page.locator('#rate-limits + p');
        await expect(limits.textContent()).resolves.toMatch(/holds 100 calls/);
        await expect(
          page.locator('table:has(code:text-is("retry-after-ms"))').count(),
        ).resolves.toBe(1);
        await page.goto(`${portal.url}guides/webhooks.html`);
        const schedule = page.locator('#retries-and-the-redelivery-schedule ~ table').first();
        await expect(schedule.locator('tbody tr').count()).resolves.toBe(5);
        await page.goto(`${portal.url}guides/authentication.html`);
        await expect(page.locator('#getting-credentials').count()).resolves.toBe(1);
        await expect(
          page
            .locator(
              '#the-token-request-on-the-wire ~ .code-block pre, #the-token-request-on-the-wire ~ pre',
            )
            .first()
            .textContent(),
        ).resolves.toMatch(/^curl -sS "\$PLATFORM_TOKEN_URL"/);
        await page.close();
      },
    );

    it('links each service’s OpenAPI document, as generated', { timeout: 20_000 }, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${portal.url}v2/index.html`);
      const hrefs = await page
        .locator('.openapi-download a[download]')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.map((h) => new URL(h).pathname).sort()).toEqual([
        '/openapi/v2/Applications.openapi.json',
        '/openapi/v2/Commercial.openapi.json',
        '/openapi/v2/Users.openapi.json',
      ]);
      for (const href of hrefs) {
        const served = await (await fetch(href)).text();
        const file = new URL(href).pathname.slice(1);
        expect(served, file).toBe(readFileSync(join(REPO_ROOT, file), 'utf8'));
        expect((JSON.parse(served) as { openapi: string }).openapi).toMatch(/^3\.1\./);
      }
      await page.close();
    });

    it(
      'dates the changelog and gives migration notes for renames',
      { timeout: 20_000 },
      async () => {
        const page = await browser.context.newPage();
        await page.goto(`${portal.url}changelog.html`);
        await expect(
          page
            .locator('.timeline time')
            .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))),
        ).resolves.toEqual([
          '2027-12-01T00:00:00Z',
          '2026-06-01T00:00:00Z',
          '2026-06-01T00:00:00Z',
          '2024-03-01T00:00:00Z',
        ]);
        const notes = page.locator('#v1-to-v2-migration + .migration-notes li');
        await expect(
          notes.evaluateAll((lis) => lis.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())),
        ).resolves.toEqual([
          expect.stringMatching(
            /^CreateOrder input\.clientReference: member clientReference renamed to externalReference\. Send externalReference/,
          ),
          expect.stringMatching(
            /^Order\.clientReference: member clientReference renamed to externalReference\. Read externalReference/,
          ),
        ]);
        await expect(
          page.locator('table.changes code', { hasText: 'MemberRenamed' }).count(),
        ).resolves.toBe(2);
        await page.close();
      },
    );

    it(
      'links a Markdown copy of every kind of page, and llms.txt lists them',
      { timeout: 60_000 },
      async () => {
        const page = await browser.context.newPage();
        for (const path of PAGE_TYPES.filter((p) => p !== 'search.html')) {
          await page.goto(portal.url + path);
          const alternate = await page.getAttribute(
            'link[rel="alternate"][type="text/markdown"]',
            'href',
          );
          const visible = page.locator('.site-footer a', { hasText: 'this page as Markdown' });
          await expect(visible.getAttribute('href')).resolves.toBe(alternate);
          const response = await fetch(new URL(alternate ?? '', page.url()));
          expect(response.status, path).toBe(200);
          const markdown = await response.text();
          const h1 = (await page.locator('h1').textContent())?.trim() ?? '';
          expect(markdown, path).toContain(`# ${h1}`);
        }
        const llms = await (await fetch(`${portal.url}llms.txt`)).text();
        expect(llms).toMatch(/^# Platform API\n\n> /);
        expect(llms).toContain('\n## Guides\n');
        const links = [...llms.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1] ?? '');
        expect(links).toContain('guides/webhooks.md');
        expect(links).toContain('openapi/v2/Commercial.openapi.json');
        const broken: string[] = [];
        for (const link of links) {
          const status = (await fetch(new URL(link, portal.url))).status;
          if (status !== 200) broken.push(`${link}: HTTP ${status}`);
        }
        expect(broken).toEqual([]);
        await page.close();
      },
    );
  });
});
