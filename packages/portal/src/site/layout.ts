/**
 * @module The page shell: header with menu button, search and theme toggle, navigation with the
 * version switcher, the deprecation banner, and the content. Everything works without
 * JavaScript except live search, its keyboard shortcut, the theme toggle and the header's menu
 * button, which the client script adds (without it the navigation opens from its own summary).
 */
import { html, trusted, type SafeHtml } from './html.js';
import type { NavLink, SiteNav, VersionNav } from './nav.js';
import type { Page, SitePath } from './page.js';
import { LLMS_TXT, markdownPath } from './markdown-copy.js';
import { relativeHref } from './paths.js';

/** Site-relative paths of the shared assets every page loads. */
export const ASSETS = {
  css: 'assets/portal.css',
  js: 'assets/portal.js',
  searchIndex: 'search-index.json',
} as const;

export interface LayoutOptions {
  readonly siteTitle: string;
  readonly nav: SiteNav;
}

/** Applies the saved theme before first paint, so a dark-mode reader never sees a white flash. */
const THEME_BOOTSTRAP = trusted(
  `<script>try{var t=localStorage.getItem('portal-theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}</script>`,
);

/** A long date for people (`15 March 2027`), from an RFC 3339 string. */
export function formatDate(rfc3339: string): string {
  const date = new Date(rfc3339);
  if (Number.isNaN(date.getTime())) return rfc3339;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function link(from: SitePath, target: NavLink, current: SitePath): SafeHtml {
  const isCurrent = target.path === current;
  return html`<li>
    <a href="${relativeHref(from, target.path)}" ${isCurrent ? trusted(' aria-current="page"') : ''}
      >${
        target.badge
          ? html`<span class="badge badge-${target.badge.toLowerCase()}">${target.badge}</span> `
          : ''
      }${target.title}</a
    >
  </li>`;
}

function versionSwitcher(page: Page, nav: SiteNav, active: VersionNav): SafeHtml {
  return html`<nav class="version-switcher" aria-label="API version">
    <span class="version-switcher-label">API version</span>
    <ul>
      ${nav.versions.map((version) => {
        const target = page.alternates?.[version.name] ?? version.index;
        const isActive = version.name === active.name;
        return html`<li>
          <a
            href="${relativeHref(page.path, target)}"
            data-version="${version.name}"
            ${isActive ? trusted(' aria-current="true"') : ''}
            >${version.name}${version.status.state === 'deprecated' ? html` <small>deprecated</small>` : ''}</a
          >
        </li>`;
      })}
    </ul>
  </nav>`;
}

function sidebar(page: Page, nav: SiteNav): SafeHtml {
  const active =
    nav.versions.find((v) => v.name === page.version) ??
    nav.versions.find((v) => v.status.state === 'current') ??
    nav.versions[0];
  return html`<nav class="sidebar" id="site-nav" aria-label="Site">
    <h2 class="nav-heading">Guides</h2>
    <ul>
      ${nav.guides.map((g) => link(page.path, g, page.path))}
    </ul>
    ${
      active
        ? html`<h2 class="nav-heading">API reference</h2>
            ${versionSwitcher(page, nav, active)}
            <ul>
              ${link(page.path, { title: `${active.name} overview`, path: active.index }, page.path)}
            </ul>
            ${active.groups.map(
              (group) =>
                html`<h3 class="nav-subheading">${group.title}</h3>
                  <ul>
                    ${group.links.map((l) => link(page.path, l, page.path))}
                  </ul>`,
            )}`
        : ''
    }
    ${
      nav.more.length > 0
        ? html`<h2 class="nav-heading">More</h2>
            <ul>
              ${nav.more.map((l) => link(page.path, l, page.path))}
            </ul>`
        : ''
    }
  </nav>`;
}

/**
 * The site navigation inside a `<details>`: on a narrow screen it starts closed behind its
 * "Menu" summary, which works without JavaScript; the client script replaces the summary with
 * the header's menu button. On a wide screen the stylesheet shows it open whatever its state.
 */
function navDrawer(page: Page, nav: SiteNav): SafeHtml {
  return html`<details class="nav-drawer">
    <summary class="nav-summary">Menu</summary>
    ${sidebar(page, nav)}
  </details>`;
}

function deprecationBanner(page: Page, nav: SiteNav): SafeHtml {
  const version = nav.versions.find((v) => v.name === page.version);
  if (!version || version.status.state !== 'deprecated') return html``;
  const { sunsetAt, successor } = version.status;
  const successorVersion = nav.versions.find((v) => v.name === successor);
  return html`<aside class="banner banner-deprecated" aria-label="Deprecation notice">
    <p>
      <strong>${version.name} is deprecated.</strong>
      ${
        sunsetAt
          ? html`It stops working on <time datetime="${sunsetAt}">${formatDate(sunsetAt)}</time>,
              when every ${version.name} call answers <code>410 Gone</code>.`
          : ''
      }
      ${
        successorVersion
          ? html`Move to
              <a
                href="${relativeHref(page.path, page.alternates?.[successorVersion.name] ?? successorVersion.index)}"
                >${successorVersion.name}</a
              >.`
          : ''
      }
      <a href="${relativeHref(page.path, 'guides/versioning.html')}"
        >Versioning and deprecation policy</a
      >.
    </p>
  </aside>`;
}

function onThisPage(page: Page): SafeHtml {
  if (!page.toc || page.toc.length < 2) return html``;
  return html`<nav class="toc" aria-label="On this page">
    <h2 class="nav-heading">On this page</h2>
    <ul>
      ${page.toc.map((entry) => html`<li><a href="#${entry.id}">${entry.text}</a></li>`)}
    </ul>
  </nav>`;
}

/** Wraps a page's content in the full HTML document. */
export function renderLayout(page: Page, options: LayoutOptions): string {
  const { nav, siteTitle } = options;
  const from = page.path;
  const title = page.section === 'home' ? siteTitle : `${page.title} · ${siteTitle}`;
  const copy = page.markdown === false ? undefined : markdownPath(page.path);
  const doc = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content="${page.description}" />
        <meta name="color-scheme" content="light dark" />
        <link
          rel="icon"
          href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 16 16%22%3E%3Crect width=%2216%22 height=%2216%22 rx=%223%22 fill=%22%230550ae%22/%3E%3C/svg%3E"
        />
        <title>${title}</title>
        ${
          copy
            ? html`<link rel="alternate" type="text/markdown" href="${relativeHref(from, copy)}" />`
            : ''
        }
        <link rel="stylesheet" href="${relativeHref(from, ASSETS.css)}" />
        ${THEME_BOOTSTRAP}
        <script type="module" src="${relativeHref(from, ASSETS.js)}"></script>
      </head>
      <body data-root="${relativeHref(from, 'index.html').replace(/index\.html$/, '')}">
        <a class="skip-link" href="#content">Skip to content</a>
        <header class="site-header">
          <button
            type="button"
            class="menu-button"
            aria-expanded="false"
            aria-controls="site-nav"
            hidden
          >
            <span aria-hidden="true" class="menu-icon"></span>Menu
          </button>
          <a class="site-title" href="${relativeHref(from, 'index.html')}">${siteTitle}</a>
          <form
            class="search"
            role="search"
            action="${relativeHref(from, 'search.html')}"
            method="get"
          >
            <label for="search-input" class="visually-hidden">Search the documentation</label>
            <input
              id="search-input"
              name="q"
              type="search"
              placeholder="Search operations, schemas, guides"
              autocomplete="off"
              aria-controls="search-results"
              aria-keyshortcuts="/ Control+K Meta+K"
            />
            <kbd class="search-shortcut" title="Press / or Ctrl K to search" hidden>/</kbd>
            <div
              id="search-results"
              class="search-results"
              role="region"
              aria-label="Search results"
              aria-live="polite"
              hidden
            ></div>
          </form>
          <button type="button" class="theme-toggle" aria-pressed="false" hidden>
            <span class="visually-hidden">Dark mode</span
            ><span aria-hidden="true" class="theme-icon"></span>
          </button>
        </header>
        <div class="site-body">
          ${navDrawer(page, nav)}
          <main id="content" tabindex="-1">
            ${deprecationBanner(page, nav)}
            <article class="content">${page.body}</article>
          </main>
          ${onThisPage(page)}
        </div>
        <footer class="site-footer">
          <p>
            Generated from the Platform API model. Every sample on these pages is compiled in CI.
          </p>
          <p>
            For assistants:
            ${copy ? html`<a href="${relativeHref(from, copy)}">this page as Markdown</a> ·` : ''}
            <a href="${relativeHref(from, LLMS_TXT)}">llms.txt</a>
          </p>
        </footer>
      </body>
    </html> `;
  return doc.value;
}
