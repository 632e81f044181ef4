/**
 * @module Relative links between built files. Every link in the portal is relative, so the site
 * works from any base path, from a `file:` URL and behind any static server.
 */
import type { SitePath } from './page.js';

/** The href that leads from the page at `from` to `to` (which may carry a `#fragment`). */
export function relativeHref(from: SitePath, to: string): string {
  const [target = '', fragment] = to.split('#', 2);
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = target.split('/');
  let common = 0;
  while (
    common < fromDirs.length &&
    common < toParts.length - 1 &&
    fromDirs[common] === toParts[common]
  ) {
    common++;
  }
  const up = fromDirs.slice(common).map(() => '..');
  const rel = [...up, ...toParts.slice(common)].join('/');
  const path = target === '' ? '' : rel === '' ? './' : rel;
  return fragment === undefined ? path : `${path}#${fragment}`;
}

/** Turns a heading or a name into an anchor id: lower case, words joined by `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
