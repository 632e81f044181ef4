/**
 * @module A Java pattern as the parser reads it: code points with their offsets in the pattern,
 * `\Q...\E` quoting already resolved (as `Pattern.RemoveQEQuoting` does before parsing, so it
 * also works inside character classes), and Java's comments-mode skipping of whitespace and
 * `#` comments.
 */

export const EOF = -1;

export interface PatternText {
  readonly codePoints: readonly number[];
  /** UTF-16 offset of each code point in the original pattern (one more at the end). */
  readonly offsets: readonly number[];
  /** True for code points quoted by `\Q...\E`: always literal characters. */
  readonly quoted: readonly boolean[];
}

const BACKSLASH = 0x5c;

export function readPatternText(pattern: string): PatternText {
  const codePoints: number[] = [];
  const offsets: number[] = [];
  const quoted: boolean[] = [];
  const cps: { cp: number; at: number }[] = [];
  for (let at = 0; at < pattern.length;) {
    const cp = pattern.codePointAt(at) ?? 0;
    cps.push({ cp, at });
    at += cp > 0xffff ? 2 : 1;
  }
  const push = (k: number, isQuoted: boolean) => {
    const c = cps[k];
    if (!c) return;
    codePoints.push(c.cp);
    offsets.push(c.at);
    quoted.push(isQuoted);
  };
  let inQuote = false;
  for (let k = 0; k < cps.length; k++) {
    const cp = cps[k]?.cp;
    const next = cps[k + 1]?.cp;
    if (inQuote) {
      if (cp === BACKSLASH && next === 0x45 /* E */) {
        inQuote = false;
        k++;
      } else {
        push(k, true);
      }
    } else if (cp === BACKSLASH && next === 0x51 /* Q */) {
      inQuote = true;
      k++;
    } else if (cp === BACKSLASH && next !== undefined) {
      push(k, false);
      push(k + 1, false);
      k++;
    } else {
      push(k, false);
    }
  }
  offsets.push(pattern.length);
  return { codePoints, offsets, quoted };
}

/** Java's `ASCII.isSpace`: what comments mode skips. */
export function isAsciiSpace(cp: number): boolean {
  return (cp >= 0x09 && cp <= 0x0d) || cp === 0x20;
}

export function isLineSeparator(cp: number, unixLines: boolean): boolean {
  if (unixLines) return cp === 0x0a;
  return cp === 0x0a || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}
