/**
 * @module The Markdown copy of each page (`guides/webhooks.md` beside `guides/webhooks.html`), for
 * readers who paste documentation into an assistant. A guide's copy is its own Markdown source;
 * a generated page's copy is its content converted from HTML (node-html-markdown), without the
 * heading permalinks.
 */
import { NodeHtmlMarkdown } from 'node-html-markdown';
import type { SafeHtml } from './html.js';
import type { Page, SitePath } from './page.js';

const converter = new NodeHtmlMarkdown({ codeFence: '```', bulletMarker: '-' });

/** The `#` permalink every heading carries is page chrome, not content. */
const PERMALINK = /<a\s+class="anchor"[^>]*>#<\/a\s*>/g;

/** Markdown for a piece of the portal's HTML. */
export function htmlToMarkdown(fragment: SafeHtml): string {
  return converter.translate(fragment.value.replace(PERMALINK, ''));
}

/** Site path of the site's `llms.txt` index (llmstxt.org), which links the Markdown copies. */
export const LLMS_TXT: SitePath = 'llms.txt';

/** Site path of a page's Markdown copy: the same name with `.md`. */
export function markdownPath(page: SitePath): SitePath {
  return page.replace(/\.html$/, '.md');
}

/** The Markdown copy of `page`, ending in one newline, or `undefined` when it has none. */
export function pageMarkdown(page: Page): string | undefined {
  if (page.markdown === false) return undefined;
  const text = page.markdown ?? htmlToMarkdown(page.body);
  return `${text.trimEnd()}\n`;
}
