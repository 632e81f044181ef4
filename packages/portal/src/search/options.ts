/**
 * @module The search index's shape, shared by the build (which writes the index) and the browser
 * script (which loads it), so both always agree on fields and ranking.
 */
import type { Options, SearchOptions } from 'minisearch';
import type { SearchEntry } from '../site/page.js';

/** A search entry as stored in the index, with its numeric id. */
export interface IndexedEntry extends SearchEntry {
  readonly id: number;
}

export const SEARCH_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: 0.2,
  boost: { title: 4 },
  combineWith: 'AND',
};

/** Splits `GetOrder` and `paginateListOrders` into words too, so "order" finds both. */
export function tokenize(text: string): string[] {
  const words = text.split(/[^\p{L}\p{N}_$]+/u).filter(Boolean);
  const parts = words.flatMap((word) => {
    const split = word.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_]+/);
    return split.length > 1 ? [word, ...split] : [word];
  });
  return parts.map((w) => w.toLowerCase());
}

export const INDEX_OPTIONS: Options<IndexedEntry> = {
  fields: ['title', 'text', 'kind'],
  storeFields: ['title', 'href', 'kind'],
  tokenize,
  searchOptions: SEARCH_OPTIONS,
};
