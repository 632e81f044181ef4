/**
 * @module Splitting names into words, as Smithy's linters do: camel-case words
 * (`ValidationUtils.splitCamelCaseWord`), and word-boundary term matching over names
 * (`WordBoundaryMatcher`: `IPAddress` contains the term `ip address`, `Ship` does not).
 */
import { isMember } from '../../../model/members.js';
import { shapeName } from '../../../model/shape-ids.js';
import type { Subject } from '../../event.js';
import { ValidatorConfigError } from '../config.js';

/** The name linters judge: a member's name, else the shape id's name (`Foo` of `ns#Foo`). */
export function nameOf(subject: Subject): string {
  return isMember(subject) ? subject.name : shapeName(subject.id);
}

/** `GetFooBAR` → `Get`, `Foo`, `BAR`; `HTTPRequest` → `HTTP`, `Request`. */
export function splitCamelCase(word: string): string[] {
  return word.split(/(?<!(?:^|[A-Z]))(?=[A-Z])|(?<!^)(?=[A-Z][a-z])/);
}

/** Matches names containing any of a set of terms on word boundaries. */
export class WordBoundaryMatcher {
  readonly #terms: string[] = [];

  /** Adds `terms`: lower-cased words separated by single spaces. */
  add(terms: string): void {
    if (terms === '') {
      throw new ValidatorConfigError('Invalid empty search terms', 'Remove the empty term.');
    }
    if (/^ | $| {2}/.test(terms) || /[^\p{L}\p{N} ]/u.test(terms)) {
      throw new ValidatorConfigError(
        `Invalid word boundary search terms: ${terms}`,
        'Write a term as letters and digits, words separated by single spaces (e.g. `ip address`).',
      );
    }
    const lower = terms.toLowerCase();
    this.#terms.push(lower, lower.replaceAll(' ', ''));
  }

  /** The first term found in `text` on word boundaries. */
  firstMatch(text: string): string | undefined {
    if (text === '') return undefined;
    const haystack = ` ${splitWords(text)} `;
    return this.#terms.find((term) => haystack.includes(` ${term} `));
  }
}

/**
 * Lower-cased words of `text` joined by single spaces: a new word starts at a change of character
 * class (upper, lower, digit) except upper-to-lower (`Foo`), and where `HTTPRequest` turns into
 * `Request`; other characters separate words.
 */
function splitWords(text: string): string {
  const words: string[] = [];
  const classOf = (c: string): string =>
    /\p{Lu}/u.test(c) ? 'upper' : /\p{Ll}/u.test(c) ? 'lower' : /\p{N}/u.test(c) ? 'digit' : c;
  let start = 0;
  let current = classOf(text[0] ?? '');
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = 1; i < text.length; i++) {
    const type = classOf(text[i]!);
    if (type === current) continue;
    if (type === 'lower' && current === 'upper') {
      if (i - 1 !== start) {
        words.push(text.slice(start, i - 1));
        start = i - 1;
      }
    } else {
      if (isWord(text[i - 1])) words.push(text.slice(start, i));
      start = i;
    }
    current = type;
  }
  if (isWord(text[start])) words.push(text.slice(start));
  return words.join(' ').toLowerCase();
}

/** Matches names against `*`-wildcard patterns (`*Secret`, `Get*`, `*Token*`), case-insensitively. */
export class WildcardMatcher {
  readonly #tests: ((text: string) => boolean)[] = [];

  add(pattern: string): void {
    if (pattern === '' || pattern === '*' || /.\*./.test(pattern)) {
      throw new ValidatorConfigError(
        `Invalid wildcard pattern: ${pattern}`,
        'A pattern is a word with an optional leading and/or trailing `*`.',
      );
    }
    const suffix = pattern.startsWith('*');
    const prefix = pattern.endsWith('*');
    const needle = pattern.replaceAll('*', '').toLowerCase();
    this.#tests.push(
      suffix && prefix
        ? (t) => t.includes(needle)
        : suffix
          ? (t) => t.endsWith(needle)
          : prefix
            ? (t) => t.startsWith(needle)
            : (t) => t === needle,
    );
  }

  test(text: string): boolean {
    const lower = text.toLowerCase();
    return text !== '' && this.#tests.some((t) => t(lower));
  }
}
