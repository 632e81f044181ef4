/**
 * The request console and the two-column operation layout in a real Chromium, against a real
 * sandbox started here: the console gets a token with the client credentials typed into it,
 * sends the request across origins (the sandbox answers CORS for loopback pages), and shows the
 * answer and the curl and SDK equivalents, while nothing of the secret or the token reaches
 * storage, cookies or a URL. At 1280 px the first sample sits beside the parameters; axe finds
 * nothing on operation pages with the console open, in light and dark mode.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startSandbox, type RunningSandbox } from '@platform/sandbox';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPortal } from '../src/serve.js';
import { axeViolations } from './support/axe.js';
import type { Browser } from './support/chromium.js';
import {
  needsChromium,
  openPortalInChromium,
  REPO_ROOT,
  type PortalInChromium,
} from './support/portal-in-chromium.js';

const SCREENSHOTS = join(REPO_ROOT, 'build/screenshots');

const suite = needsChromium('portal console browser tests');

describe('request console and operation layout in Chromium', suite, () => {
  let fixture: PortalInChromium | undefined;
  let portal: RunningPortal;
  let sandbox: RunningSandbox;
  let browser: Browser;

  beforeAll(async () => {
    [fixture, sandbox] = await Promise.all([
      openPortalInChromium('console', { sdkReference: false }),
      startSandbox({ port: 0, logError: () => undefined }),
    ]);
    ({ portal, browser } = fixture);
  }, 120_000);

  afterAll(async () => {
    await fixture?.close();
    await sandbox?.close();
  });

  /** Opens an operation page and points its console at the test's sandbox. */
  async function openConsole(path: string, secret?: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(portal.url + path);
    await page.locator('.console').waitFor({ state: 'visible' });
    const client = sandbox.clients[0]!;
    await expect(page.inputValue('#console-environment')).resolves.toBe('local');
    await page.fill('#console-base-url', sandbox.baseUrl);
    await page.fill('#console-token-url', sandbox.tokenUrl);
    await page.fill('#console-client-id', client.clientId);
    await page.fill('#console-client-secret', secret ?? client.clientSecret);
    return page;
  }

  async function send(page: Page): Promise<void> {
    await page.click('.console-send');
    await page
      .locator('.console-status')
      .filter({ hasText: /HTTP \d{3}/ })
      .waitFor();
  }

  it(
    'sends a GET with a token from the typed credentials and shows status, headers, body and samples',
    { timeout: 60_000 },
    async () => {
      const client = sandbox.clients[0]!;
      const page = await openConsole('v2/commercial/ListOrders.html');
      const requests: Request[] = [];
      page.on('request', (request) => requests.push(request));
      // The model's example is prefilled.
      await expect(page.inputValue('#console-in-pageSize')).resolves.toBe('2');
      await page.fill('#console-in-status', '');
      await send(page);

      await expect(page.locator('.console-status').textContent()).resolves.toBe(
        'HTTP 200: the response is below.',
      );
      await expect(page.locator('.console-status-line').textContent()).resolves.toBe('HTTP 200 OK');
      const body = JSON.parse((await page.locator('.console-body').textContent()) ?? '') as {
        orders: { orderId: string; partnerId: string }[];
      };
      expect(body.orders).toHaveLength(2);
      expect(body.orders.every((o) => o.partnerId === 'ptn_demopartner')).toBe(true);
      const headers = (await page.locator('.console-headers').textContent()) ?? '';
      expect(headers).toMatch(/^x-request-id: req_/m);
      expect(headers).toMatch(/^content-type: application\/json/m);

      // What went over the wire: a token request with the typed credentials, then the call.
      const tokenRequest = requests.find((r) => r.url() === sandbox.tokenUrl);
      const apiRequest = requests.find((r) => r.url().startsWith(`${sandbox.baseUrl}/v2/orders`));
      expect(tokenRequest?.method()).toBe('POST');
      expect(await tokenRequest?.headerValue('authorization')).toBe(
        `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`,
      );
      expect(apiRequest?.url()).toBe(`${sandbox.baseUrl}/v2/orders?pageSize=2`);
      const token = (await apiRequest?.headerValue('authorization'))?.replace(/^Bearer /, '');
      expect(token).toMatch(/^ey/);

      // The sandbox saw the call (its audit log, read over its loopback admin surface).
      const audit = (await (
        await fetch(`${sandbox.baseUrl}/_sandbox/audit?clientId=${client.clientId}`)
      ).json()) as { events: { operation?: string; statusCode: number; requestId: string }[] };
      const shownId = /^x-request-id: (\S+)$/m.exec(headers)?.[1];
      expect(audit.events.find((e) => e.requestId === shownId)).toMatchObject({
        operation: 'ListOrders',
        statusCode: 200,
      });

      // The equivalents name exactly what was sent, with placeholders for the secrets.
      const curl = (await page.locator('.console-curl').textContent()) ?? '';
      expect(curl).toContain('-u "$PLATFORM_CLIENT_ID:$PLATFORM_CLIENT_SECRET"');
      expect(curl).toContain(`-d 'scope=commercial:read'`);
      expect(curl).toContain(`curl '${sandbox.baseUrl}/v2/orders?pageSize=2'`);
      expect(curl).toContain('Authorization: Bearer $ACCESS_TOKEN');
      const sdk = (await page.locator('.console-sdk').textContent()) ?? '';
      expect(sdk).toContain(`import { Commercial } from '@platform/api-client/v2';`);
      expect(sdk).toContain(`baseUrl: '${sandbox.baseUrl}',`);
      expect(sdk).toContain(`scopes: ['commercial:read'],`);
      expect(sdk).toContain('await commercial.listOrders({\n  pageSize: 2,\n});');
      expect(sdk).toContain('clientSecret: process.env.PLATFORM_CLIENT_SECRET!');

      // Nothing of the secret or the token is kept anywhere but the page's memory.
      const kept = await page.evaluate(async () => ({
        local: Object.entries(localStorage),
        session: Object.entries(sessionStorage),
        cookie: document.cookie,
        url: location.href,
        databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
      }));
      const cookies = await browser.context.cookies();
      const everywhere = JSON.stringify({ kept, cookies, urls: requests.map((r) => r.url()) });
      expect(everywhere).not.toContain(client.clientSecret);
      expect(everywhere).not.toContain(token);
      expect(curl + sdk + (await page.locator('.console').innerText())).not.toContain(
        client.clientSecret,
      );
      expect(kept.url).toBe(`${portal.url}v2/commercial/ListOrders.html`);
      expect(kept.session).toEqual([]);
      expect(kept.databases).toEqual([]);
      expect(cookies).toEqual([]);
      await page.close();
    },
  );

  it('renders the 4xx error of a bad input', { timeout: 60_000 }, async () => {
    const page = await openConsole('v2/commercial/ListOrders.html');
    await page.fill('#console-in-pageSize', '500');
    await send(page);
    await expect(page.locator('.console-status-line').textContent()).resolves.toBe(
      'HTTP 400 Bad Request',
    );
    const body = JSON.parse((await page.locator('.console-body').textContent()) ?? '') as {
      code: string;
      fieldErrors: { path: string }[];
    };
    expect(body.code).toBe('ValidationError');
    expect(body.fieldErrors.map((e) => e.path)).toContain('/pageSize');
    await expect(page.locator('.console-curl').textContent()).resolves.toContain(
      'pageSize=500&status=pending',
    );
    await page.close();
  });

  it('shows the token endpoint answer when the credentials are wrong', async () => {
    const page = await openConsole('v2/commercial/GetOrder.html', 'sbx_not-the-secret');
    await page.click('.console-send');
    await page
      .locator('.console-status')
      .filter({ hasText: /token request failed/ })
      .waitFor();
    await expect(page.locator('.console-status-line').textContent()).resolves.toBe(
      'HTTP 401 Unauthorized',
    );
    await expect(page.locator('.console-body').textContent()).resolves.toContain('invalid_client');
    await page.close();
  });

  it('sends a POST body from the JSON fields and says which field is not JSON', async () => {
    const page = await openConsole('v2/commercial/CreateOrder.html');
    await page.fill('#console-base-url', 'localhost:4010');
    await page.click('.console-send');
    await page
      .locator('.console-status')
      .filter({ hasText: /base URL must be/ })
      .waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('console-base-url');
    await page.fill('#console-base-url', sandbox.baseUrl);
    await page.fill('#console-in-metadata', '{ not json');
    await page.click('.console-send');
    await page
      .locator('.console-status')
      .filter({ hasText: /not valid JSON/ })
      .waitFor();
    await expect(page.getAttribute('#console-in-metadata', 'aria-invalid')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'console-in-metadata',
    );
    await page.fill('#console-in-metadata', '{ "crmId": "4471" }');
    await send(page);
    await expect(page.locator('.console-status-line').textContent()).resolves.toBe(
      'HTTP 201 Created',
    );
    // No key was typed: one was made for this send, as the SDK makes one per call.
    await expect(page.inputValue('#console-in-idempotencyKey')).resolves.toBe('');
    await expect(page.locator('.console-curl').textContent()).resolves.toMatch(
      /-H 'Idempotency-Key: [0-9a-f-]{36}'/,
    );
    const sdk = (await page.locator('.console-sdk').textContent()) ?? '';
    expect(sdk).toContain('// The SDK fills in the idempotency key and reuses it on every retry.');
    expect(sdk).not.toContain('idempotencyKey');
    expect(sdk).toContain("metadata: {\n    crmId: '4471',\n  },");
    await page.close();
  });

  it('puts the first sample beside the parameters at 1280 px, below them on a phone', async () => {
    const page = await browser.context.newPage();
    const boxes = async () => {
      await page.goto(`${portal.url}v2/commercial/ListOrders.html`);
      const table = await page.locator('#request + table').boundingBox();
      const sample = await page.locator('.operation-samples pre.shiki').first().boundingBox();
      if (!table || !sample) throw new Error('the parameters or the first sample is not laid out');
      return { table, sample };
    };
    await page.setViewportSize({ width: 1280, height: 900 });
    const wide = await boxes();
    expect(wide.sample.x).toBeGreaterThanOrEqual(wide.table.x + wide.table.width);
    expect(wide.sample.y).toBeLessThan(wide.table.y + wide.table.height);
    expect(wide.sample.y + wide.sample.height).toBeGreaterThan(wide.table.y);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'operation-two-columns.png') });

    await page.setViewportSize({ width: 420, height: 900 });
    const narrow = await boxes();
    expect(narrow.sample.y).toBeGreaterThanOrEqual(narrow.table.y + narrow.table.height);
    await page.close();
  });

  it(
    'has no accessibility violation on operation pages with the console open, light and dark',
    { timeout: 120_000 },
    async () => {
      const findings: string[] = [];
      for (const scheme of ['light', 'dark'] as const) {
        for (const path of [
          'v2/commercial/ListOrders.html',
          'v2/commercial/UpdateOrder.html',
          'v1/commercial/CreateOrder.html',
        ]) {
          const page = await openConsole(path);
          await page.emulateMedia({ colorScheme: scheme });
          await send(page);
          findings.push(...(await axeViolations(page)).map((v) => `${scheme} ${path}: ${v}`));
          if (path.endsWith('UpdateOrder.html')) {
            await page.screenshot({
              path: join(SCREENSHOTS, `console-update-order-${scheme}.png`),
              fullPage: false,
            });
          }
          await page.close();
        }
      }
      expect(findings).toEqual([]);
    },
  );

  it('gives the PATCH badge of the highlighted menu item at least 4.5:1, light and dark', async () => {
    const page = await browser.context.newPage();
    const ratios: Record<string, number> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${portal.url}v2/commercial/UpdateOrder.html`);
      ratios[scheme] = await page.evaluate(() => {
        const badge = document.querySelector('.sidebar a[aria-current="page"] .badge-patch');
        if (!badge?.parentElement) throw new Error('no PATCH badge in the highlighted menu item');
        const rgb = (css: string) => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
        const luminance = (css: string) => {
          const [r = 0, g = 0, b = 0] = rgb(css).map((c) => {
            const s = c / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const fg = luminance(getComputedStyle(badge).color);
        const bg = luminance(getComputedStyle(badge.parentElement).backgroundColor);
        return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      });
    }
    console.log(
      `portal: PATCH badge on the highlighted menu item ${ratios['light']?.toFixed(2)}:1 light, ` +
        `${ratios['dark']?.toFixed(2)}:1 dark`,
    );
    expect(ratios['light']).toBeGreaterThanOrEqual(4.5);
    expect(ratios['dark']).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it('keeps the console hidden and the samples readable without JavaScript', async () => {
    const page = await browser.context.newPage();
    await page.route('**/assets/portal.js', (route) => route.abort());
    await page.goto(`${portal.url}v2/commercial/ListOrders.html`);
    await expect(page.locator('.console').isVisible()).resolves.toBe(false);
    await expect(page.locator('#curl-sample').isVisible()).resolves.toBe(true);
    await expect(page.locator('.operation-samples pre.shiki').first().isVisible()).resolves.toBe(
      true,
    );
    await page.close();
  });
});
