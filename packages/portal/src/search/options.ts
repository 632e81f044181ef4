/**
 * @module The search index's shape, shared by the build (which writes the index) and the browser
 * script (which loads it), so both always agree on fields, terms and ranking.
 */
import type { Options, SearchOptions } from 'minisearch';
import type { SearchEntry } from '../site/page.js';
import { processTerm } from './terms.js';

/** A search entry as stored in the index, with its numeric id and its rank weight. */
export interface IndexedEntry extends SearchEntry {
  readonly id: number;
  /** Multiplies the entry's score: guides first, then the current API version (see `rankOf`). */
  readonly rank: number;
}

/** Guides answer "how do I" questions, so they come before reference pages of equal score. */
const GUIDE_SECTION_RANK = 3;
/** A whole guide on the words comes before a section of another guide that mentions them. */
const GUIDE_RANK = 4;
/** The current version's reference (and pages of no version) before older versions'. */
const CURRENT_RANK = 1.5;
const OTHER_VERSION_RANK = 1;

/** The rank weight of an entry when `currentVersion` is the version partners should use. */
export function rankOf(entry: SearchEntry, currentVersion: string | undefined): number {
  if (entry.guide) return entry.href.includes('#') ? GUIDE_SECTION_RANK : GUIDE_RANK;
  if (entry.version === undefined || entry.version === currentVersion) return CURRENT_RANK;
  return OTHER_VERSION_RANK;
}

export const SEARCH_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: 0.2,
  boost: { title: 4 },
  combineWith: 'AND',
  boostDocument: (_id, _term, stored) => {
    const rank = stored?.['rank'];
    return typeof rank === 'number' ? rank : 1;
  },
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
  storeFields: ['title', 'href', 'kind', 'version', 'group', 'rank'],
  tokenize,
  processTerm,
  searchOptions: SEARCH_OPTIONS,
};
