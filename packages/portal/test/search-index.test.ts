import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../src/search/build-index.js';
import { INDEX_OPTIONS, rankOf, type IndexedEntry } from '../src/search/options.js';
import { processTerm, stem } from '../src/search/terms.js';
import { createCodeHighlighter } from '../src/site/highlight.js';
import { createMarkdownRenderer } from '../src/site/markdown.js';

describe('search terms', () => {
  it.each([
    ['retries', 'retry'],
    ['retried', 'retry'],
    ['retrying', 'retry'],
    ['webhooks', 'webhook'],
    ['signed', 'sign'],
    ['limits', 'limit'],
    ['status', 'status'],
    ['address', 'address'],
    ['v2', 'v2'],
    ['api', 'api'],
  ])('stems %s to %s', (word, want) => {
    expect(stem(word)).toBe(want);
  });

  it('drops stop words', () => {
    expect(processTerm('the')).toBeNull();
    expect(processTerm('your')).toBeNull();
  });
});

describe('section text of a guide', () => {
  it('gives each level-2 and level-3 heading the prose and code under it', async () => {
    const renderer = createMarkdownRenderer(await createCodeHighlighter());
    const out = renderer.render(
      '# T\n\nIntro words.\n\n## Rate limits\n\nA bucket.\n\n#### Detail\n\nMore.\n\n' +
        '### Headers\n\n```sh\ncurl -i\n```\n\n## Next\n\nEnd.\n',
    );
    expect(out.intro).toBe('Intro words.');
    expect(out.sections).toEqual([
      { id: 'rate-limits', text: 'Rate limits', body: 'A bucket.\nDetail\nMore.' },
      { id: 'headers', text: 'Headers', body: 'curl -i\n' },
      { id: 'next', text: 'Next', body: 'End.' },
    ]);
  });
});

describe('search index', () => {
  const entry = (href: string, title: string, text: string, extra = {}) => ({
    href,
    title,
    kind: 'k',
    text,
    ...extra,
  });

  it('finds a section by the words of its text, whatever their form, guides first', () => {
    const json = buildSearchIndex(
      [
        entry('v2/schemas.html#Limit', 'Budget', 'Rate limit of calls.', { version: 'v2' }),
        entry('guides/errors.html#rate-limits', 'Budgets', 'The API limits the rate of calls.', {
          guide: true,
        }),
      ],
      'v2',
    );
    const index = MiniSearch.loadJSON<IndexedEntry>(json, INDEX_OPTIONS);
    expect(index.search('rate limit').map((h) => h['href'])).toEqual([
      'guides/errors.html#rate-limits',
      'v2/schemas.html#Limit',
    ]);
  });

  it('keeps each word once, so repetition does not rank', () => {
    const json = buildSearchIndex([entry('a.html', 'A', 'retry retries retry retrying')], 'v2');
    const { storedFields, index } = JSON.parse(json) as {
      storedFields: Record<string, unknown>;
      index: [string, Record<string, Record<string, number>>][];
    };
    expect(Object.keys(storedFields)).toHaveLength(1);
    const retry = index.find(([term]) => term === 'retry')?.[1];
    // Field 1 is `text`: one occurrence of the term, in document 0.
    expect(retry?.['1']).toEqual({ '0': 1 });
  });

  it('ranks whole guides, then their sections, then the current version, then older ones', () => {
    const at = (extra: object, href = 'x.html') => rankOf(entry(href, 't', '', extra), 'v2');
    expect([
      at({ guide: true }),
      at({ guide: true }, 'x.html#s'),
      at({ version: 'v2' }),
      at({}),
      at({ version: 'v1' }),
    ]).toEqual([4, 3, 1.5, 1.5, 1]);
  });
});
