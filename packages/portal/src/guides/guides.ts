/**
 * @module The partner guides: `docs/*.md` turned into pages. Reading order is fixed here; a guide
 * not listed comes after the listed ones, alphabetically. A guide can embed a table generated
 * from the model with an HTML comment `<!-- portal:NAME -->` on a line of its own.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SafeHtml } from '../site/html.js';
import { trusted } from '../site/html.js';
import type { MarkdownRenderer } from '../site/markdown.js';
import { htmlToMarkdown } from '../site/markdown-copy.js';
import type { Page, SearchEntry } from '../site/page.js';

/** Slugs (file names without `.md`) in the order a new partner should read them. */
export const GUIDE_ORDER = [
  'getting-started',
  'authentication',
  'environments',
  'errors-and-retries',
  'pagination',
  'webhooks',
  'versioning',
  'testing',
] as const;

/** Site folder of the guides. */
export const GUIDES_DIR = 'guides';

export interface GuideSource {
  readonly slug: string;
  readonly filename: string;
  readonly text: string;
}

/** Thrown when a guide cannot be published as written; the message names the file and the fix. */
export class GuideError extends Error {
  override readonly name = 'GuideError';
}

/** Reads every `*.md` file of `dir` in reading order. */
export async function readGuides(dir: string): Promise<GuideSource[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
  const rank = (slug: string): number => {
    const i = (GUIDE_ORDER as readonly string[]).indexOf(slug);
    return i < 0 ? GUIDE_ORDER.length : i;
  };
  const sources = await Promise.all(
    files.map(async (file) => ({
      slug: file.slice(0, -3),
      filename: join(dir, file),
      text: await readFile(join(dir, file), 'utf8'),
    })),
  );
  return sources.sort((a, b) => rank(a.slug) - rank(b.slug) || a.slug.localeCompare(b.slug));
}

const PLACEHOLDER = /<!--\s*portal:([a-z0-9-]+)\s*-->/g;

/** Names of the generated fragments a guide asks for. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

function firstParagraph(text: string): string {
  const para = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p !== '' && !/^(#|```|<!--|\||-|\d+\.)/.test(p));
  return (para ?? '').replace(/\s+/g, ' ').replace(/[`*_[\]]|\(\S+?\)/g, '');
}

/** Renders one guide; `fragments` supplies the HTML for its `<!-- portal:NAME -->` comments. */
export function renderGuide(
  source: GuideSource,
  renderer: MarkdownRenderer,
  fragments: Readonly<Record<string, SafeHtml>>,
): Page {
  for (const name of placeholdersIn(source.text)) {
    if (!(name in fragments)) {
      throw new GuideError(
        `${source.filename}: unknown placeholder <!-- portal:${name} -->. ` +
          `Use one of: ${Object.keys(fragments).sort().join(', ') || '(none available)'}.`,
      );
    }
  }
  const rendered = renderer.render(source.text);
  if (!rendered.title) {
    throw new GuideError(
      `${source.filename}: a guide must start with a level-1 heading (# Title).`,
    );
  }
  const fragment = (name: string): SafeHtml => fragments[name] ?? trusted('');
  const body = rendered.html.value.replace(PLACEHOLDER, (_, name: string) => fragment(name).value);
  // The Markdown copy is the source itself, with the generated tables as Markdown too.
  const markdown = source.text.replace(PLACEHOLDER, (_, name: string) =>
    htmlToMarkdown(fragment(name)),
  );
  const path = `${GUIDES_DIR}/${source.slug}.html`;
  const summary = firstParagraph(source.text.replace(/^#[^\n]*\n/, ''));
  const search: SearchEntry[] = [
    { href: path, title: rendered.title, kind: 'guide', text: rendered.intro, guide: true },
    ...rendered.sections.map((section) => ({
      href: `${path}#${section.id}`,
      title: section.text,
      kind: `guide · ${rendered.title}`,
      text: section.body,
      guide: true as const,
    })),
  ];
  return {
    path,
    title: rendered.title,
    description: summary.slice(0, 200),
    section: 'guides',
    body: trusted(body),
    toc: rendered.toc,
    search,
    markdown,
  };
}
