/**
 * @module Live search in the header, and the results list of the search page. The index is
 * fetched on first use only, so pages that are read and never searched do not pay for it.
 */
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, type IndexedEntry } from '../search/options.js';

const MAX_RESULTS = 12;

interface Result {
  readonly href: string;
  readonly title: string;
  readonly kind: string;
}

let index: Promise<MiniSearch<IndexedEntry>> | undefined;

function siteRoot(): string {
  return document.body.dataset.root ?? './';
}

function loadIndex(): Promise<MiniSearch<IndexedEntry>> {
  index ??= fetch(`${siteRoot()}search-index.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.text();
    })
    .then((json) => MiniSearch.loadJSON<IndexedEntry>(json, INDEX_OPTIONS));
  return index;
}

async function search(query: string): Promise<Result[]> {
  if (query.trim() === '') return [];
  const found = (await loadIndex()).search(query);
  return found.slice(0, MAX_RESULTS).map((hit) => ({
    href: String(hit['href']),
    title: String(hit['title']),
    kind: String(hit['kind']),
  }));
}

function renderResults(container: HTMLElement, query: string, results: readonly Result[]): void {
  container.replaceChildren();
  if (query.trim() === '') return;
  if (results.length === 0) {
    const empty = document.createElement('p');
    empty.textContent = `No results for “${query}”.`;
    container.append(empty);
    return;
  }
  const list = document.createElement('ul');
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = siteRoot() + result.href;
    link.textContent = result.title;
    const kind = document.createElement('span');
    kind.className = 'search-kind';
    kind.textContent = result.kind;
    link.append(' ', kind);
    item.append(link);
    list.append(item);
  }
  container.append(list);
}

function setUpHeaderSearch(): void {
  const input = document.querySelector<HTMLInputElement>('#search-input');
  const panel = document.querySelector<HTMLElement>('#search-results');
  if (!input || !panel) return;
  let latest = 0;
  const update = async (): Promise<void> => {
    const ticket = ++latest;
    const query = input.value;
    const results = await search(query);
    if (ticket !== latest) return;
    renderResults(panel, query, results);
    panel.hidden = query.trim() === '';
  };
  input.addEventListener('focus', () => void loadIndex().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      panel.hidden = true;
      input.value = '';
    }
  });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Node && !input.form?.contains(event.target)) panel.hidden = true;
  });
}

async function fillSearchPage(): Promise<void> {
  const page = document.querySelector<HTMLElement>('#search-page-results');
  if (!page) return;
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const input = document.querySelector<HTMLInputElement>('#search-input');
  if (input) input.value = query;
  renderResults(page, query, await search(query));
}

export function setUpSearch(): void {
  setUpHeaderSearch();
  void fillSearchPage();
}
