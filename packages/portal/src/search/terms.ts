/**
 * @module How words become index terms, the same at build time and in the browser: a light
 * English stemmer (so "retries", "retrying" and "retry" meet) and a stop list of words that
 * would match every page. The index keeps terms only, never text, which keeps it small; search
 * is by prefix, so a word stemmed short ("caches" → "cache") still finds the longer forms.
 */

const STOP_WORDS = new Set(
  (
    'a an and are as at be but by can do does for from has have if in into is it its may no ' +
    'not of on or so than that the their then there these they this to was we were what when ' +
    'which while who will with you your'
  ).split(' '),
);

/** `retries` → `retry`, `signed` → `sign`, `webhooks` → `webhook`; short words stay as they are. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') || word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  return word;
}

/** MiniSearch's `processTerm`: drops stop words and stems the rest (terms arrive lower-cased). */
export function processTerm(term: string): string | null {
  return STOP_WORDS.has(term) ? null : stem(term);
}
