/**
 * @module Builds the prebuilt search index (MiniSearch's JSON form) that the browser loads on
 * the first search, so no page carries the index and no search needs a server.
 */
import MiniSearch from 'minisearch';
import type { SearchEntry } from '../site/page.js';
import { INDEX_OPTIONS, rankOf, tokenize, type IndexedEntry } from './options.js';
import { processTerm } from './terms.js';

/**
 * Each word of `text` once: a section that says "webhook" twenty times is not more about
 * webhooks than the one titled "Webhooks", and the index stays as small as the vocabulary.
 */
function distinctWords(text: string): string {
  const byTerm = new Map<string, string>();
  for (const word of tokenize(text)) {
    const term = processTerm(word);
    if (term && !byTerm.has(term)) byTerm.set(term, word);
  }
  return [...byTerm.values()].join(' ');
}

/**
 * Serialises `entries` into the index JSON; duplicate hrefs keep their first entry.
 * `currentVersion` is the API version whose reference ranks first.
 */
export function buildSearchIndex(
  entries: readonly SearchEntry[],
  currentVersion: string | undefined,
): string {
  const seen = new Set<string>();
  const docs: IndexedEntry[] = [];
  for (const entry of entries) {
    if (seen.has(entry.href)) continue;
    seen.add(entry.href);
    docs.push({
      ...entry,
      text: distinctWords(entry.text),
      id: docs.length,
      rank: rankOf(entry, currentVersion),
    });
  }
  const index = new MiniSearch<IndexedEntry>(INDEX_OPTIONS);
  index.addAll(docs);
  return JSON.stringify(index);
}
