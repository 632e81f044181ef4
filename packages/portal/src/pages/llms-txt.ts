/**
 * @module `llms.txt` (the llmstxt.org format): the site's title, a one-paragraph summary, and
 * sections of links to the Markdown copy of every page, for assistants and the people who paste
 * documentation into them. Links are relative, like every link of the portal.
 */
import { markdownPath } from '../site/markdown-copy.js';
import type { NavLink, SiteNav } from '../site/nav.js';
import type { Page } from '../site/page.js';

const SUMMARY =
  'The Platform partner API: OAuth 2.0 client credentials, per-version REST operations, signed ' +
  'webhooks and the typed TypeScript SDK `@platform/api-client`. Every page is generated from ' +
  'the same Smithy model as the SDK and the sandbox.';

function item(title: string, path: string, description?: string): string {
  const note = description ? `: ${description.replace(/\s+/g, ' ').trim()}` : '';
  return `- [${title}](${path})${note}`;
}

/** `llms.txt` for the site whose pages are `pages`, grouped as the navigation groups them. */
export function llmsTxt(
  siteTitle: string,
  nav: SiteNav,
  pages: readonly Page[],
  downloads: readonly NavLink[],
): string {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const entry = (link: NavLink): string => {
    const page = byPath.get(link.path);
    return item(link.title, markdownPath(link.path), page?.description);
  };
  const sections = [
    ['Guides', nav.guides.map(entry)],
    ...nav.versions.map((version) => {
      const state = version.status.state === 'deprecated' ? ', deprecated' : '';
      const links = [
        { title: `API ${version.name} overview`, path: version.index },
        ...version.groups.flatMap((g) => g.links),
      ];
      return [`API ${version.name} reference${state}`, links.map(entry)] as const;
    }),
    ['OpenAPI documents', downloads.map((d) => item(d.title, d.path))],
    ['Optional', nav.more.filter((l) => byPath.has(l.path)).map(entry)],
  ] as const;
  return [
    `# ${siteTitle}`,
    '',
    `> ${SUMMARY}`,
    '',
    'Each link leads to the Markdown copy of a portal page; the HTML page has the same path ' +
      'ending in `.html`.',
    ...sections
      .filter(([, lines]) => lines.length > 0)
      .flatMap(([heading, lines]) => ['', `## ${heading}`, '', ...lines]),
    '',
  ].join('\n');
}
