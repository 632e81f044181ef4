/**
 * @module Markdown to HTML for the guides (markdown-it): heading anchors with a visible permalink,
 * highlighted code blocks, links between guides rewritten from `.md` to the built `.html`, and
 * the headings collected for the "On this page" list.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import anchor from 'markdown-it-anchor';
import { trusted, type SafeHtml } from './html.js';
import type { CodeHighlighter } from './highlight.js';
import type { TocEntry } from './page.js';
import { slugify } from './paths.js';

export interface RenderedMarkdown {
  /** Text of the first level-1 heading, or `undefined` when there is none. */
  readonly title: string | undefined;
  readonly html: SafeHtml;
  /** Level-2 headings in order. */
  readonly toc: readonly TocEntry[];
  /** Level-2 and level-3 headings in order, each with its text: what search can jump to. */
  readonly sections: readonly SectionText[];
  /** The plain text between the title and the first section. */
  readonly intro: string;
}

/** A heading that search can jump to, and the plain text (prose and code) under it. */
export interface SectionText extends TocEntry {
  readonly body: string;
}

/** A renderer bound to one highlighter; it keeps no state between documents. */
export interface MarkdownRenderer {
  render(source: string): RenderedMarkdown;
  /** Renders a snippet (model documentation) with no title or heading list. */
  fragment(source: string): SafeHtml;
  /** A highlighted code block. */
  code(source: string, lang: string): SafeHtml;
}

/** Rewrites a relative link to another guide (`./pagination.md#cursor`) to its built page. */
export function rewriteGuideLink(href: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/'))
    return href;
  return href.replace(/\.md(?=$|#)/, '.html');
}

/** Splits a parsed document at its level-2 and level-3 headings (whose ids the anchor plugin set). */
function sectionTexts(tokens: readonly Token[]): { intro: string; sections: SectionText[] } {
  const intro: string[] = [];
  const sections: { id: string; text: string; body: string[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.type === 'heading_open') {
      const text = tokens[i + 1]?.content ?? '';
      const id = token.attrGet('id');
      if ((token.tag === 'h2' || token.tag === 'h3') && id) {
        sections.push({ id, text, body: [] });
      } else if (token.tag !== 'h1') {
        (sections.at(-1)?.body ?? intro).push(text);
      }
      i++;
      continue;
    }
    if (token.type === 'inline' || token.type === 'fence' || token.type === 'code_block') {
      (sections.at(-1)?.body ?? intro).push(token.content);
    }
  }
  return {
    intro: intro.join('\n'),
    sections: sections.map((s) => ({ id: s.id, text: s.text, body: s.body.join('\n') })),
  };
}

export function createMarkdownRenderer(highlighter: CodeHighlighter): MarkdownRenderer {
  const md = new MarkdownIt({
    html: true,
    linkify: false,
    typographer: true,
    highlight: (code, lang) =>
      highlighter.highlight(code.replace(/\n$/, ''), lang.split(/\s/)[0] ?? ''),
  });
  let toc: TocEntry[] = [];
  let title: string | undefined;
  md.use(anchor, {
    level: [2, 3, 4],
    slugify,
    tabIndex: false,
    permalink: anchor.permalink.linkInsideHeader({
      symbol: '#',
      placement: 'after',
      class: 'anchor',
      ariaHidden: false,
      renderAttrs: (slug) => ({ 'aria-label': `Link to this section (${slug})` }),
    }),
    callback: (token, info) => {
      if (token.tag === 'h2') toc.push({ id: info.slug, text: info.title });
    },
  });
  const defaultLinkOpen = md.renderer.rules.link_open;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const href = token?.attrGet('href');
    if (token && href) token.attrSet('href', rewriteGuideLink(href));
    return defaultLinkOpen
      ? defaultLinkOpen(tokens, idx, options, env, self)
      : self.renderToken(tokens, idx, options);
  };
  return {
    render(source) {
      toc = [];
      title = undefined;
      const tokens = md.parse(source, {});
      const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
      if (h1 >= 0) title = tokens[h1 + 1]?.content;
      const out = md.renderer.render(tokens, md.options, {});
      const { intro, sections } = sectionTexts(tokens);
      return { title, html: trusted(out), toc: [...toc], sections, intro };
    },
    fragment(source) {
      return trusted(md.render(source));
    },
    code(source, lang) {
      return trusted(highlighter.highlight(source.replace(/\n$/, ''), lang));
    },
  };
}
