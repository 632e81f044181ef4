/**
 * @module Builds the whole portal into one folder of static files: guides from `docs/`, the API
 * reference from the model, the SDK reference, the search index and the assets.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { GUIDES_DIR, readGuides, renderGuide } from './guides/guides.js';
import { homePage } from './pages/home.js';
import { llmsTxt } from './pages/llms-txt.js';
import { searchPage } from './pages/search.js';
import { buildSearchIndex } from './search/build-index.js';
import { writeAssets } from './site/assets.js';
import { createCodeHighlighter } from './site/highlight.js';
import type { SafeHtml } from './site/html.js';
import { ASSETS, renderLayout } from './site/layout.js';
import { createMarkdownRenderer } from './site/markdown.js';
import { LLMS_TXT, markdownPath, pageMarkdown } from './site/markdown-copy.js';
import type { NavLink, SiteNav, VersionNav } from './site/nav.js';
import type { Page } from './site/page.js';

export const SITE_TITLE = 'Platform API';

/** What the model contributes to the site (empty until a model is given). */
export interface ReferenceSite {
  readonly versions: readonly VersionNav[];
  readonly pages: readonly Page[];
  /** Generated HTML the guides may embed with `<!-- portal:NAME -->`. */
  readonly fragments: Readonly<Record<string, SafeHtml>>;
  /** Extra navigation entries (changelog, webhooks, ...). */
  readonly more: readonly NavLink[];
  /** Files partners download (the OpenAPI documents), listed in `llms.txt`. */
  readonly downloads: readonly NavLink[];
}

export interface BuildOptions {
  /** Folder the site is written to; files of the same name are replaced. */
  readonly outDir: string;
  /** Folder of the `*.md` guides. */
  readonly docsDir: string;
  readonly reference: ReferenceSite;
  /** Extra navigation entries for parts built separately (the SDK reference). */
  readonly more?: readonly NavLink[];
}

export interface BuildResult {
  readonly outDir: string;
  /** Site paths of every HTML page written. */
  readonly pages: readonly string[];
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const { reference } = options;
  const renderer = createMarkdownRenderer(await createCodeHighlighter());
  const guides = (await readGuides(options.docsDir)).map((source) =>
    renderGuide(source, renderer, reference.fragments),
  );
  const nav: SiteNav = {
    guides: guides.map((g) => ({ title: g.title, path: g.path })),
    versions: reference.versions,
    more: [...reference.more, ...(options.more ?? [])],
  };
  const content: Page[] = [homePage(nav.guides, nav.versions), ...guides, ...reference.pages];
  const entries = content.flatMap((p) => p.search);
  const pages = [...content, searchPage(entries)];

  await mkdir(join(options.outDir, GUIDES_DIR), { recursive: true });
  await Promise.all([
    writeAssets(options.outDir),
    writeFile(
      join(options.outDir, ASSETS.searchIndex),
      buildSearchIndex(entries, nav.versions.find((v) => v.status.state === 'current')?.name),
    ),
    writeFile(
      join(options.outDir, LLMS_TXT),
      llmsTxt(SITE_TITLE, nav, content, reference.downloads),
    ),
    ...pages.map(async (page) => {
      const file = join(options.outDir, page.path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, renderLayout(page, { siteTitle: SITE_TITLE, nav }));
      const markdown = pageMarkdown(page);
      if (markdown !== undefined) {
        await writeFile(join(options.outDir, markdownPath(page.path)), markdown);
      }
    }),
  ]);
  return { outDir: options.outDir, pages: pages.map((p) => p.path) };
}
