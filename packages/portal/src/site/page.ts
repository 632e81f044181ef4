/**
 * @module What every page of the portal is made of, before the layout wraps it: its place in the
 * site, its content, its search entries and where the version switcher leads from it.
 */
import type { SafeHtml } from './html.js';

/** A site-relative path of a built file, `/`-separated, no leading slash (`v2/index.html`). */
export type SitePath = string;

/** Which part of the site a page belongs to; drives the highlighted navigation entry. */
export type Section = 'home' | 'guides' | 'reference' | 'changelog' | 'sdk' | 'search';

/** One result the client-side search can return. */
export interface SearchEntry {
  /** Site path with an optional `#anchor`. */
  readonly href: string;
  readonly title: string;
  /** A short label shown next to the title (`v2 · operation`, `guide`). */
  readonly kind: string;
  /**
   * Words that should find the entry besides the title: for a guide section its text, for a
   * reference page its documentation, path, scopes and member names. Only terms reach the index.
   */
  readonly text: string;
  /** Set on guide entries: search ranks guides first. */
  readonly guide?: true;
  /** The API version a reference entry documents: the current version ranks before the others. */
  readonly version?: string;
  /**
   * The same thing in every version shares one group (`operation CreateOrder`): search shows the
   * group as one result, the best-ranked version's, with a note naming the other versions.
   */
  readonly group?: string;
}

/** An on-page heading for the "On this page" list. */
export interface TocEntry {
  readonly id: string;
  readonly text: string;
}

export interface Page {
  readonly path: SitePath;
  readonly title: string;
  /** One sentence for `<meta name="description">`. */
  readonly description: string;
  readonly section: Section;
  /** API version the page documents (`v1`), when it belongs to one. */
  readonly version?: string;
  /** For each API version, the page of that version that matches this one. */
  readonly alternates?: Readonly<Record<string, SitePath>>;
  readonly body: SafeHtml;
  readonly toc?: readonly TocEntry[];
  readonly search: readonly SearchEntry[];
  /**
   * The page as Markdown, when it was written in Markdown (guides); other pages' Markdown copy is
   * converted from `body`. `false`: the page has no Markdown copy (the search page).
   */
  readonly markdown?: string | false;
}
