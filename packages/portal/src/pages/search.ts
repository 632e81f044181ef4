/**
 * @module The search page. The header's search form submits here; with JavaScript it lists the
 * matches, and without it the page still lists every page of the portal.
 */
import { html } from '../site/html.js';
import type { Page, SearchEntry } from '../site/page.js';
import { relativeHref } from '../site/paths.js';

export const SEARCH_PAGE = 'search.html';

export function searchPage(entries: readonly SearchEntry[]): Page {
  const pages = entries.filter((e) => !e.href.includes('#'));
  return {
    path: SEARCH_PAGE,
    title: 'Search',
    description: 'Search the Platform API portal.',
    section: 'search',
    body: html`<h1>Search</h1>
      <div id="search-page-results" aria-live="polite"></div>
      <h2 id="all-pages">All pages</h2>
      <ul>
        ${pages.map(
          (e) =>
            html`<li>
              <a href="${relativeHref(SEARCH_PAGE, e.href)}">${e.title}</a>
              <span class="search-kind">${e.kind}</span>
            </li>`,
        )}
      </ul>`,
    search: [],
    markdown: false,
  };
}
