/**
 * @module Builds the prebuilt search index (MiniSearch's JSON form) that the browser loads on
 * the first search, so no page carries the index and no search needs a server.
 */
import MiniSearch from 'minisearch';
import type { SearchEntry } from '../site/page.js';
import { INDEX_OPTIONS, type IndexedEntry } from './options.js';

/** Serialises `entries` into the index JSON; duplicate hrefs keep their first entry. */
export function buildSearchIndex(entries: readonly SearchEntry[]): string {
  const seen = new Set<string>();
  const docs: IndexedEntry[] = [];
  for (const entry of entries) {
    if (seen.has(entry.href)) continue;
    seen.add(entry.href);
    docs.push({ ...entry, id: docs.length });
  }
  const index = new MiniSearch<IndexedEntry>(INDEX_OPTIONS);
  index.addAll(docs);
  return JSON.stringify(index);
}
