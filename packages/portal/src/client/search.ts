/**
 * @module Live search in the header, and the results list of the search page. The index is
 * fetched on first use only, so pages that are read and never searched do not pay for it. The
 * same operation, schema or event in several API versions is one result, the best-ranked
 * version's, with links to the others.
 */
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, type IndexedEntry } from '../search/options.js';

const MAX_RESULTS = 12;

interface Hit {
  readonly href: string;
  readonly version: string | undefined;
}

interface Result extends Hit {
  readonly title: string;
  readonly kind: string;
  /** The same thing in other API versions. */
  readonly others: Hit[];
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

const stored = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

async function search(query: string): Promise<Result[]> {
  if (query.trim() === '') return [];
  const results: Result[] = [];
  const byGroup = new Map<string, Result>();
  for (const hit of (await loadIndex()).search(query)) {
    const href = String(hit['href']);
    const version = stored(hit['version']);
    const group = stored(hit['group']);
    const first = group === undefined ? undefined : byGroup.get(group);
    if (first) {
      first.others.push({ href, version });
      continue;
    }
    if (results.length === MAX_RESULTS) continue;
    const result = {
      href,
      version,
      title: String(hit['title']),
      kind: String(hit['kind']),
      others: [],
    };
    results.push(result);
    if (group !== undefined) byGroup.set(group, result);
  }
  return results;
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
    const others = result.others.filter((o) => o.version !== undefined);
    if (others.length > 0) {
      const note = document.createElement('span');
      note.className = 'search-versions';
      note.append('Also in ');
      others.forEach((other, i) => {
        const a = document.createElement('a');
        a.href = siteRoot() + other.href;
        a.textContent = other.version ?? '';
        a.setAttribute('aria-label', `${result.title} in ${other.version ?? ''}`);
        note.append(...(i > 0 ? [', ', a] : [a]));
      });
      item.append(note);
    }
    list.append(item);
  }
  container.append(list);
}

/** Whether a key press goes to something the reader types in, which a shortcut must not steal. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** `/` and Ctrl-K (Cmd-K on a Mac) put the cursor in the search box from anywhere else. */
function setUpShortcut(input: HTMLInputElement): void {
  const hint = input.form?.querySelector<HTMLElement>('.search-shortcut');
  if (hint) hint.hidden = false;
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || isTyping(event.target)) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !commandK) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
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
  setUpShortcut(input);
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
