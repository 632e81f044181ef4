import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from '../src/site/html.js';
import { relativeHref, slugify } from '../src/site/paths.js';
import { rewriteGuideLink } from '../src/site/markdown.js';

describe('html', () => {
  it('escapes interpolated text but keeps trusted markup', () => {
    const out = html`<p title="${'"x" & y'}">${'<script>'}${trusted('<b>ok</b>')}</p>`;
    expect(out.value).toBe('<p title="&quot;x&quot; &amp; y">&lt;script&gt;<b>ok</b></p>');
  });

  it('renders nothing for null, undefined and false, and joins lists', () => {
    expect(html`${null}${undefined}${false}${['a', html`<i>b</i>`]}`.value).toBe('a<i>b</i>');
  });

  it('escapes single quotes', () => {
    expect(escapeHtml("it's")).toBe('it&#39;s');
  });
});

describe('relativeHref', () => {
  it.each([
    ['index.html', 'guides/webhooks.html', 'guides/webhooks.html'],
    ['guides/webhooks.html', 'index.html', '../index.html'],
    ['guides/webhooks.html', 'guides/pagination.html', 'pagination.html'],
    [
      'v1/commercial/GetOrder.html',
      'v2/commercial/GetOrder.html',
      '../../v2/commercial/GetOrder.html',
    ],
    ['v2/schemas.html', 'v2/schemas.html#Order', 'schemas.html#Order'],
    ['v2/a.html', '#top', '#top'],
  ])('from %s to %s is %s', (from, to, want) => {
    expect(relativeHref(from, to)).toBe(want);
  });
});

describe('slugify', () => {
  it('lower-cases and joins words with dashes', () => {
    expect(slugify('Next.js (App Router) route handler')).toBe('next-js-app-router-route-handler');
    expect(slugify('  Éléphant  ')).toBe('elephant');
  });
});

describe('rewriteGuideLink', () => {
  it.each([
    ['./pagination.md', './pagination.html'],
    ['pagination.md#cursors', 'pagination.html#cursors'],
    ['https://example.com/x.md', 'https://example.com/x.md'],
    ['#local', '#local'],
    ['../changelog.html', '../changelog.html'],
  ])('%s → %s', (href, want) => {
    expect(rewriteGuideLink(href)).toBe(want);
  });
});
