import { describe, expect, it } from 'vitest';
import { GuideError, placeholdersIn, renderGuide } from '../src/guides/guides.js';
import { createCodeHighlighter } from '../src/site/highlight.js';
import { html } from '../src/site/html.js';
import { createMarkdownRenderer } from '../src/site/markdown.js';

const renderer = createMarkdownRenderer(await createCodeHighlighter());

function guide(text: string) {
  return { slug: 'sample', filename: 'docs/sample.md', text };
}

describe('renderGuide', () => {
  it('takes the title from the first heading and lists level-2 headings with anchors', () => {
    const page = renderGuide(
      guide('# Sample guide\n\nIntro text.\n\n## First part\n\n## Second part\n'),
      renderer,
      {},
    );
    expect(page.title).toBe('Sample guide');
    expect(page.path).toBe('guides/sample.html');
    expect(page.description).toBe('Intro text.');
    expect(page.toc).toEqual([
      { id: 'first-part', text: 'First part' },
      { id: 'second-part', text: 'Second part' },
    ]);
    expect(page.body.value).toContain('<h2 id="first-part">');
    expect(page.search.map((e) => e.href)).toEqual([
      'guides/sample.html',
      'guides/sample.html#first-part',
      'guides/sample.html#second-part',
    ]);
  });

  it('replaces placeholders with the generated fragments', () => {
    const page = renderGuide(guide('# T\n\n<!-- portal:envs -->\n'), renderer, {
      envs: html`<table id="generated"></table>`,
    });
    expect(page.body.value).toContain('<table id="generated"></table>');
    expect(page.body.value).not.toContain('portal:envs');
  });

  it('refuses an unknown placeholder and names the known ones', () => {
    expect(() =>
      renderGuide(guide('# T\n\n<!-- portal:nope -->\n'), renderer, { envs: html`` }),
    ).toThrow(
      new GuideError('docs/sample.md: unknown placeholder <!-- portal:nope -->. Use one of: envs.'),
    );
  });

  it('refuses a guide without a title', () => {
    expect(() => renderGuide(guide('Just text.\n'), renderer, {})).toThrow(/level-1 heading/);
  });

  it('highlights fenced TypeScript and escapes unknown languages', () => {
    const page = renderGuide(
      guide('# T\n\n```ts\nconst a = 1;\n```\n\n```weird\n<b>\n```\n'),
      renderer,
      {},
    );
    expect(page.body.value).toContain('class="shiki');
    expect(page.body.value).toContain('&lt;b&gt;');
  });

  it('finds placeholder names', () => {
    expect(placeholdersIn('a <!-- portal:x --> b <!--portal:y-z-->')).toEqual(['x', 'y-z']);
  });
});
