/**
 * @module Visits every page of a served portal reachable from its home page, one after another,
 * and records for each what a reader's browser saw: console errors, failed loads, the bytes it
 * downloaded, its links and its element ids (for checking `#fragment` links).
 */
import type { Page, Request, Response } from 'playwright-core';

export interface VisitedPage {
  readonly url: string;
  readonly status: number;
  readonly consoleErrors: readonly string[];
  readonly failedRequests: readonly string[];
  /** Bytes of every response the page load fetched (HTML, CSS, JS, images). */
  readonly bytes: number;
  readonly ids: ReadonlySet<string>;
  /** Ids that more than one element of the page carries. */
  readonly duplicateIds: readonly string[];
  /** Absolute URLs of every `<a href>` on the page that stays on the site's origin. */
  readonly links: readonly string[];
}

export interface CrawlOptions {
  /** Called on each loaded page, e.g. to run axe; its findings are the caller's. */
  readonly inspect?: (page: Page, url: string) => Promise<void>;
  /** Pages not to inspect (still visited for links). */
  readonly skipInspect?: (url: string) => boolean;
  /** Whether to visit a linked page (default: every `.html` page of the site). */
  readonly follow?: (url: string) => boolean;
}

function withoutFragment(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

export async function crawl(
  page: Page,
  startUrl: string,
  options: CrawlOptions = {},
): Promise<Map<string, VisitedPage>> {
  const origin = new URL(startUrl).origin;
  const visited = new Map<string, VisitedPage>();
  const queue = [startUrl];
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (visited.has(url)) continue;
    const consoleErrors: string[] = [];
    const failedRequests: string[] = [];
    const onConsole = (msg: { type(): string; text(): string }): void => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    };
    const onPageError = (error: Error): void => void consoleErrors.push(error.message);
    const onResponse = (response: Response): void => {
      if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
    };
    const onFailed = (request: Request): void =>
      void failedRequests.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`);
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('response', onResponse);
    page.on('requestfailed', onFailed);
    const response = await page.goto(url, { waitUntil: 'load' });
    const found = await page.evaluate(() => ({
      // Uncompressed bytes of the document and of every resource it loaded.
      bytes: performance
        .getEntriesByType('navigation')
        .concat(performance.getEntriesByType('resource'))
        .reduce((sum, e) => sum + (e as PerformanceResourceTiming).decodedBodySize, 0),
      ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
      links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
    }));
    if (options.inspect && !options.skipInspect?.(url)) await options.inspect(page, url);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('response', onResponse);
    page.off('requestfailed', onFailed);
    const links = found.links.filter((l) => new URL(l).origin === origin);
    visited.set(url, {
      url,
      status: response?.status() ?? 0,
      consoleErrors,
      failedRequests,
      bytes: found.bytes,
      ids: new Set(found.ids),
      duplicateIds: [...new Set(found.ids.filter((id, i) => found.ids.indexOf(id) !== i))],
      links,
    });
    for (const link of links) {
      const target = withoutFragment(link);
      if (
        !visited.has(target) &&
        !queue.includes(target) &&
        /\.html$|\/$/.test(new URL(target).pathname) &&
        (options.follow?.(target) ?? true)
      ) {
        queue.push(target);
      }
    }
  }
  return visited;
}
