/**
 * @module Parses a `java.util.regex` pattern the way `java.util.regex.Pattern` does (its
 * recursive descent: `expr`, `sequence`, `closure`, `group0`, `clazz`, `range`, `escape`,
 * `family`), resolving Java's meaning as it goes: inline flags, ASCII case-insensitivity,
 * comments mode, predefined classes. What Java accepts and ECMAScript cannot express, and what
 * Java itself rejects, is thrown as a {@link JavaPatternSyntaxError} at its offset.
 */
import {
  LINEBREAK,
  classEscape,
  javaProperty,
  unicodeProperty,
  unicodeScript,
} from './java-classes.js';
import type { PatternText } from './java-source.js';
import { EOF, isAsciiSpace, isLineSeparator, readPatternText } from './java-source.js';
import type { CharSet, RegexNode, SetPart } from './java-syntax.js';
import { JavaPatternSyntaxError, and, escape, not, range, union } from './java-syntax.js';

const CASE_INSENSITIVE = 1;
const MULTILINE = 2;
const DOTALL = 4;
const UNIX_LINES = 8;
const UNICODE_CASE = 16;
const COMMENTS = 32;

const FLAG_LETTERS: Readonly<Record<string, number>> = {
  i: CASE_INSENSITIVE,
  m: MULTILINE,
  s: DOTALL,
  d: UNIX_LINES,
  u: UNICODE_CASE,
  x: COMMENTS,
};

const ch = (c: string): number => c.codePointAt(0) ?? EOF;
const BACKSLASH = ch('\\');
const LPAREN = ch('(');
const RPAREN = ch(')');
const LBRACKET = ch('[');
const RBRACKET = ch(']');
const LBRACE = ch('{');
const RBRACE = ch('}');
const PIPE = ch('|');
const QUESTION = ch('?');
const STAR = ch('*');
const PLUS = ch('+');
const CARET = ch('^');
const DOLLAR = ch('$');
const DOT = ch('.');
const DASH = ch('-');
const AMP = ch('&');
const HASH = ch('#');
const COMMA = ch(',');
const LT = ch('<');
const GT = ch('>');
const COLON = ch(':');

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** Java's group nodes, with the number of capturing groups `(` opened in the whole pattern. */
export interface ParsedPattern {
  readonly root: RegexNode;
  readonly groupCount: number;
}

export function parseJavaPattern(pattern: string): ParsedPattern {
  const parser = new JavaPatternParser(pattern, readPatternText(pattern));
  return { root: parser.parse(), groupCount: parser.groupCount };
}

/** A single character below U+0100 (Java's `BitClass`), with its other case under `(?i)`. */
function isBitSetMember(set: CharSet): boolean {
  return (
    set.kind === 'union' &&
    set.parts.every((p) => p.kind === 'range' && p.from === p.to && p.from < 0x100)
  );
}

class JavaPatternParser {
  #i = 0;
  #flags = 0;
  #behind = 0;
  groupCount = 0;
  readonly #names = new Map<string, number>();

  constructor(
    private readonly pattern: string,
    private readonly text: PatternText,
  ) {}

  parse(): RegexNode {
    const root = this.#expr();
    if (this.#peek() === RPAREN)
      this.#fail(this.#i, ')', "Unmatched closing ')'.", 'Remove it, or escape it as `\\)`.');
    return root;
  }

  // ---- reading -------------------------------------------------------------------------------

  #raw(k = this.#i): number {
    return this.text.codePoints[k] ?? EOF;
  }

  #quoted(k = this.#i): boolean {
    return this.text.quoted[k] === true;
  }

  /** The next code point, past whitespace and `#` comments in comments mode (as `peek()`). */
  #peek(): number {
    if (this.#flags & COMMENTS) {
      for (;;) {
        const c = this.#raw();
        if (this.#quoted() || c === EOF) break;
        if (isAsciiSpace(c)) this.#i++;
        else if (c === HASH) {
          while (
            this.#raw() !== EOF &&
            !isLineSeparator(this.#raw(), (this.#flags & UNIX_LINES) !== 0)
          )
            this.#i++;
        } else break;
      }
    }
    return this.#raw();
  }

  /** True when the code point at the cursor is `c` as syntax (not quoted by `\Q...\E`). */
  #at(c: number): boolean {
    return this.#peek() === c && !this.#quoted();
  }

  #offset(k: number): number {
    return this.text.offsets[k] ?? this.pattern.length;
  }

  #fail(k: number, construct: string, message: string, hint: string): never {
    throw new JavaPatternSyntaxError({ offset: this.#offset(k), construct, message, hint });
  }

  #slice(from: number, to: number): string {
    return this.pattern.slice(this.#offset(from), this.#offset(to));
  }

  // ---- expressions ---------------------------------------------------------------------------

  #expr(): RegexNode {
    const options: RegexNode[] = [this.#sequence()];
    while (this.#at(PIPE)) {
      this.#i++;
      options.push(this.#sequence());
    }
    return options.length === 1 ? (options[0] as RegexNode) : { kind: 'alt', options };
  }

  #sequence(): RegexNode {
    const items: RegexNode[] = [];
    for (;;) {
      const c = this.#peek();
      const start = this.#i;
      if (c === EOF) break;
      let node: RegexNode | undefined;
      if (this.#quoted()) {
        this.#i++;
        node = this.#literal(c, start);
      } else if (c === PIPE || c === RPAREN) {
        break;
      } else if (c === LPAREN) {
        node = this.#group();
        if (!node) continue;
      } else if (c === LBRACKET) {
        this.#i++;
        node = { kind: 'char', set: this.#class(start, true) };
      } else if (c === BACKSLASH) {
        node = this.#escapeAtom();
      } else if (c === CARET) {
        this.#i++;
        node = this.#caret();
      } else if (c === DOLLAR) {
        this.#i++;
        node = this.#dollar();
      } else if (c === DOT) {
        this.#i++;
        node = { kind: 'char', set: this.#dot() };
      } else if (c === QUESTION || c === STAR || c === PLUS) {
        const meta = String.fromCodePoint(c);
        this.#fail(
          start,
          meta,
          `Dangling meta character '${meta}': there is nothing before it to repeat.`,
          `Escape it as \`\\${meta}\`, or put it after what it should repeat.`,
        );
      } else if (c === LBRACE) {
        // Java reads `{` where an atom starts as an empty atom, so only a quantifier may follow.
        node = { kind: 'seq', items: [] };
      } else {
        this.#i++;
        node = this.#literal(c, start);
      }
      items.push(this.#closure(node));
    }
    return items.length === 1 ? (items[0] as RegexNode) : { kind: 'seq', items };
  }

  #closure(node: RegexNode): RegexNode {
    const c = this.#peek();
    const quantifier = this.#i;
    if (this.#quoted()) return node;
    let min: number;
    let max: number | undefined;
    if (c === QUESTION || c === STAR || c === PLUS) {
      this.#i++;
      [min, max] = c === QUESTION ? [0, 1] : c === STAR ? [0, undefined] : [1, undefined];
    } else if (c === LBRACE) {
      const brace = this.#i;
      if (!isDigit(this.#raw(this.#i + 1))) {
        this.#fail(
          brace,
          '{',
          "Illegal repetition: '{' starts a quantifier in Java, and none follows.",
          'Escape a literal brace as `\\{`, or write a quantifier such as `{2}` or `{1,3}`.',
        );
      }
      this.#i++;
      min = this.#number();
      max = min;
      if (this.#at(COMMA)) {
        this.#i++;
        max = this.#at(RBRACE) ? undefined : this.#number();
      }
      if (!this.#at(RBRACE))
        this.#fail(
          brace,
          this.#slice(brace, this.#i),
          'Unclosed counted closure.',
          'Close the quantifier with `}`.',
        );
      this.#i++;
      if (max !== undefined && max < min)
        this.#fail(
          brace,
          this.#slice(brace, this.#i),
          'Illegal repetition range: the minimum is larger than the maximum.',
          'Swap the two bounds.',
        );
    } else {
      return node;
    }
    if (this.#at(QUESTION)) {
      this.#i++;
      return { kind: 'repeat', body: node, min, max, lazy: true };
    }
    if (this.#at(PLUS)) {
      this.#i++;
      this.#noAtomicBehind(quantifier, this.#slice(quantifier, this.#i), 'A possessive quantifier');
      return {
        kind: 'group',
        type: 'atomic',
        body: { kind: 'repeat', body: node, min, max, lazy: false },
      };
    }
    return { kind: 'repeat', body: node, min, max, lazy: false };
  }

  #number(): number {
    let n = 0;
    let digits = 0;
    while (isDigit(this.#peek()) && !this.#quoted()) {
      n = n * 10 + (this.#raw() - 0x30);
      this.#i++;
      digits++;
    }
    if (digits === 0)
      this.#fail(
        this.#i,
        this.#slice(this.#i, this.#i + 1),
        'Unclosed counted closure.',
        'Write the bound as digits, e.g. `{1,3}`.',
      );
    if (n > 0x7fffffff)
      this.#fail(
        this.#i,
        String(n),
        'Illegal repetition range: the bound is too large.',
        'Use a bound below 2^31.',
      );
    return n;
  }

  #noAtomicBehind(k: number, construct: string, what: string): void {
    if (this.#behind > 0) {
      this.#fail(
        k,
        construct,
        `${what} inside a look-behind has no ECMAScript equivalent.`,
        'Use a greedy quantifier or a plain group inside the look-behind.',
      );
    }
  }

  // ---- groups --------------------------------------------------------------------------------

  /** A group, or `undefined` for a flags-only group `(?i)` (its flags last to the group's end). */
  #group(): RegexNode | undefined {
    const open = this.#i;
    const saved = this.#flags;
    this.#i++;
    let node: RegexNode;
    if (this.#at(QUESTION)) {
      this.#i++;
      const kind = this.#raw();
      this.#i++;
      if (kind === COLON) {
        node = { kind: 'group', type: 'plain', body: this.#expr() };
      } else if (kind === ch('=') || kind === ch('!')) {
        node = { kind: 'group', type: kind === ch('=') ? 'ahead' : 'notAhead', body: this.#expr() };
      } else if (kind === GT) {
        this.#noAtomicBehind(open, '(?>', 'An atomic group');
        node = { kind: 'group', type: 'atomic', body: this.#expr() };
      } else if (kind === LT) {
        const c = this.#peek();
        if (isAsciiLetter(c)) {
          const name = this.#groupName(open);
          const index = ++this.groupCount;
          this.#names.set(name, index);
          node = { kind: 'group', type: 'capture', name, index, body: this.#expr() };
        } else {
          this.#i++;
          if (c !== ch('=') && c !== ch('!'))
            this.#fail(
              open,
              this.#slice(open, this.#i),
              'Unknown look-behind group.',
              'Write `(?<=...)` or `(?<!...)`, or name a group `(?<name>...)` starting with a letter.',
            );
          this.#behind++;
          const body = this.#expr();
          this.#behind--;
          node = { kind: 'group', type: c === ch('=') ? 'behind' : 'notBehind', body };
        }
      } else {
        this.#i--;
        this.#inlineFlags();
        const after = this.#peek();
        this.#i++;
        if (after === RPAREN && !this.#quoted(this.#i - 1)) return undefined;
        if (after !== COLON)
          this.#fail(
            open,
            this.#slice(open, this.#i),
            'Unknown inline modifier.',
            'Inline flags are `(?idmsux-idmsux)` or `(?idmsux-idmsux:...)`.',
          );
        node = { kind: 'group', type: 'plain', body: this.#expr() };
      }
    } else {
      const index = ++this.groupCount;
      node = { kind: 'group', type: 'capture', index, body: this.#expr() };
    }
    if (!this.#at(RPAREN)) this.#fail(open, '(', 'Unclosed group.', 'Close the group with `)`.');
    this.#i++;
    this.#flags = saved;
    return node;
  }

  #groupName(open: number): string {
    const from = this.#i;
    while (isAsciiLetter(this.#raw()) || isDigit(this.#raw())) this.#i++;
    const name = this.#slice(from, this.#i);
    if (this.#raw() !== GT)
      this.#fail(
        open,
        this.#slice(open, this.#i + 1),
        'Named capturing group is missing its trailing `>`.',
        'Group names are ASCII letters and digits: `(?<name>...)`.',
      );
    this.#i++;
    if (this.#names.has(name))
      this.#fail(
        open,
        `(?<${name}>`,
        `Named capturing group <${name}> is already defined.`,
        'Give each group its own name.',
      );
    return name;
  }

  #inlineFlags(): void {
    let on = true;
    for (;;) {
      const c = this.#peek();
      const letter = String.fromCodePoint(Math.max(c, 0));
      if (c === DASH && on) {
        on = false;
      } else if (letter === 'U' || letter === 'c') {
        if (on) {
          const what = letter === 'U' ? 'Unicode character classes' : 'Canonical equivalence';
          this.#fail(
            this.#i,
            `(?${letter})`,
            `${what} (\`(?${letter})\`) has no ECMAScript equivalent.`,
            letter === 'U'
              ? 'Write the Unicode classes out, e.g. `\\p{L}` for letters, instead of relying on `(?U)`.'
              : 'Remove the flag, and list the composed and decomposed forms explicitly if both must match.',
          );
        }
      } else if (FLAG_LETTERS[letter] !== undefined) {
        const flag = FLAG_LETTERS[letter] ?? 0;
        this.#flags = on ? this.#flags | flag : this.#flags & ~flag;
      } else {
        return;
      }
      this.#i++;
    }
  }

  // ---- atoms ---------------------------------------------------------------------------------

  #literal(c: number, at: number): RegexNode {
    return { kind: 'char', set: this.#single(c, at) };
  }

  /** One code point under the current flags: both ASCII cases with `(?i)`. */
  #single(c: number, at: number): CharSet {
    if (this.#flags & CASE_INSENSITIVE) {
      this.#noUnicodeCase(c, c, at);
      if (isAsciiLetter(c)) return union(range(c | 0x20), range(c & ~0x20));
    }
    return union(range(c));
  }

  /** Java's `CIRange`: the range plus the other ASCII case of the letters in it. */
  #range(from: number, to: number, at: number): CharSet {
    const parts: SetPart[] = [range(from, to)];
    if (this.#flags & CASE_INSENSITIVE) {
      this.#noUnicodeCase(from, to, at);
      const upper: [number, number] = [Math.max(from, 0x41), Math.min(to, 0x5a)];
      const lower: [number, number] = [Math.max(from, 0x61), Math.min(to, 0x7a)];
      if (upper[0] <= upper[1]) parts.push(range(upper[0] | 0x20, upper[1] | 0x20));
      if (lower[0] <= lower[1]) parts.push(range(lower[0] & ~0x20, lower[1] & ~0x20));
    }
    return union(...parts);
  }

  /** `(?iu)` folds case the Unicode way, which ECMAScript has no flag-free spelling of. */
  #noUnicodeCase(from: number, to: number, at: number): void {
    if (!(this.#flags & UNICODE_CASE)) return;
    for (let c = from; c <= to && c - from < 0x10000; c++) {
      const s = String.fromCodePoint(c);
      if (s.toLowerCase() !== s.toUpperCase() || c === 0x130 || c === 0x131) {
        this.#fail(
          at,
          '(?iu)',
          'Unicode case-insensitive matching (`(?iu)`) of a letter has no flag-free ECMAScript equivalent.',
          'Drop the `u` flag (Java then folds ASCII letters only), or list the cases explicitly, e.g. `[éÉ]`.',
        );
      }
    }
  }

  #dot(): CharSet {
    if (this.#flags & DOTALL) return union(escape('\\s'), escape('\\S'));
    if (this.#flags & UNIX_LINES) return not(union(range(0x0a)));
    return not(union(range(0x0a), range(0x0d), range(0x85), range(0x2028, 0x2029)));
  }

  #caret(): RegexNode {
    if (!(this.#flags & MULTILINE)) return { kind: 'raw', text: '^', atom: false };
    // Java's multi-line `^`: after a line terminator (not inside \r\n), never at the very end.
    const text =
      this.#flags & UNIX_LINES
        ? '(?=[\\s\\S])(?:(?<![\\s\\S])|(?<=\\n))'
        : '(?=[\\s\\S])(?:(?<![\\s\\S])|(?<=[\\n\\x85\\u2028\\u2029])|(?<=\\r)(?!\\n))';
    return { kind: 'raw', text, atom: false };
  }

  #dollar(): RegexNode {
    // Without (?m), `$` is ECMAScript's end of input; see ARCHITECTURE.md §2.1 (patterns).
    if (!(this.#flags & MULTILINE)) return { kind: 'raw', text: '$', atom: false };
    const text =
      this.#flags & UNIX_LINES
        ? '(?![^\\n])'
        : '(?:(?![\\s\\S])|(?=[\\r\\x85\\u2028\\u2029])|(?<!\\r)(?=\\n))';
    return { kind: 'raw', text, atom: false };
  }

  /** `\...` where an atom starts: a class, property, anchor, back reference or literal. */
  #escapeAtom(): RegexNode {
    const at = this.#i;
    const e = this.#raw(at + 1);
    if (e === ch('p') || e === ch('P')) return { kind: 'char', set: this.#property(at) };
    const letter = String.fromCodePoint(Math.max(e, 0));
    const anchor = (text: string): RegexNode => {
      this.#i += 2;
      return { kind: 'raw', text, atom: false };
    };
    switch (letter) {
      case 'A':
      case 'G': // One search from the start: the end of the previous match is the start.
        return anchor('(?<![\\s\\S])');
      case 'z':
        return anchor('(?![\\s\\S])');
      case 'Z':
        return anchor(
          this.#flags & UNIX_LINES
            ? '(?=\\n?(?![\\s\\S]))'
            : '(?=(?:\\r\\n|[\\n\\r\\x85\\u2028\\u2029])?(?![\\s\\S]))(?!(?<=\\r)\\n)',
        );
      case 'B':
        return anchor('\\B');
      case 'b':
        if (this.#raw(at + 2) === LBRACE && this.#raw(at + 3) === ch('g')) {
          this.#fail(
            at,
            '\\b{g}',
            'A grapheme cluster boundary (`\\b{g}`) has no ECMAScript equivalent.',
            'Match the characters themselves instead.',
          );
        }
        return anchor('\\b');
      case 'R':
        this.#i += 2;
        return { kind: 'raw', text: LINEBREAK, atom: true };
      case 'X':
        this.#fail(
          at,
          '\\X',
          'A grapheme cluster (`\\X`) has no ECMAScript equivalent.',
          'Match the code points instead, e.g. `\\P{M}\\p{M}*`.',
        );
        break;
      case 'k':
        return this.#namedBackReference(at);
      default:
        if (e >= 0x31 && e <= 0x39) return this.#backReference(at);
    }
    const value = this.#escape(false, false);
    return typeof value === 'number' ? this.#literal(value, at) : { kind: 'char', set: value };
  }

  #backReference(at: number): RegexNode {
    this.#i += 1;
    let group = this.#raw() - 0x30;
    this.#i++;
    // As Java: take another digit only while the number names a group already opened.
    while (isDigit(this.#peek()) && !this.#quoted()) {
      const longer = group * 10 + (this.#raw() - 0x30);
      if (longer > this.groupCount) break;
      group = longer;
      this.#i++;
    }
    this.#noCaseInsensitiveReference(at);
    return { kind: 'backref', group };
  }

  #namedBackReference(at: number): RegexNode {
    this.#i += 2;
    if (this.#raw() !== LT)
      this.#fail(
        at,
        '\\k',
        '`\\k` is not followed by `<` for a named capturing group.',
        'Write `\\k<name>`.',
      );
    this.#i++;
    const from = this.#i;
    while (isAsciiLetter(this.#raw()) || isDigit(this.#raw())) this.#i++;
    const name = this.#slice(from, this.#i);
    if (this.#raw() !== GT)
      this.#fail(
        at,
        this.#slice(at, this.#i + 1),
        'Named back reference is missing its trailing `>`.',
        'Write `\\k<name>`.',
      );
    this.#i++;
    const group = this.#names.get(name);
    if (group === undefined)
      this.#fail(
        at,
        `\\k<${name}>`,
        `Named capturing group <${name}> does not exist.`,
        'Refer to a group defined before this point.',
      );
    this.#noCaseInsensitiveReference(at);
    return { kind: 'backref', group };
  }

  #noCaseInsensitiveReference(at: number): void {
    if (this.#flags & CASE_INSENSITIVE) {
      this.#fail(
        at,
        this.#slice(at, this.#i),
        'A case-insensitive back reference has no flag-free ECMAScript equivalent.',
        'Turn `(?i)` off around the back reference, e.g. `(?-i:\\1)`.',
      );
    }
  }

  /**
   * Java's `escape()` at `\`: a code point, or the set of a class escape. `isRangeEnd` reads `\v`
   * as the vertical tab, as Java does inside a range.
   */
  #escape(inClass: boolean, isRangeEnd: boolean): number | CharSet {
    const at = this.#i;
    this.#i++;
    const e = this.#raw();
    this.#i++;
    const letter = String.fromCodePoint(Math.max(e, 0));
    const unsupported = (): never =>
      this.#fail(
        at,
        `\\${letter}`,
        `Illegal/unsupported escape sequence \`\\${letter}\`${inClass ? ' inside a character class' : ''}.`,
        'Java reserves a backslash before a letter for escapes it defines; escape only punctuation, or remove the backslash.',
      );
    if (e === EOF)
      this.#fail(
        at,
        '\\',
        'A trailing backslash escapes nothing.',
        'Write `\\\\` for a literal backslash.',
      );
    if (e === 0x30) return this.#octal(at);
    if (!isAsciiLetter(e)) {
      if (isDigit(e) && inClass) unsupported();
      return e;
    }
    const cls = letter === 'v' && isRangeEnd ? undefined : classEscape(letter);
    if (cls) return cls;
    switch (letter) {
      case 'a':
        return 0x07;
      case 'e':
        return 0x1b;
      case 'f':
        return 0x0c;
      case 'n':
        return 0x0a;
      case 'r':
        return 0x0d;
      case 't':
        return 0x09;
      case 'v':
        return 0x0b;
      case 'c': {
        const c = this.#raw();
        if (c === EOF)
          this.#fail(
            at,
            '\\c',
            'Illegal control escape sequence: `\\c` needs a character after it.',
            'Write `\\cA` to `\\cZ`, or `\\x01` to `\\x1A`.',
          );
        this.#i++;
        return c ^ 64;
      }
      case 'u':
        return this.#unicodeEscape(at);
      case 'x':
        return this.#hexEscape(at);
      case 'N':
        return this.#fail(
          at,
          '\\N{...}',
          'A character named by `\\N{...}` is not supported.',
          'Write the code point instead, e.g. `\\x{1F600}`.',
        );
      default:
        return unsupported();
    }
  }

  #octal(at: number): number {
    const digit = (k: number) => {
      const c = this.#raw(k);
      return c >= 0x30 && c <= 0x37 ? c - 0x30 : -1;
    };
    const n = digit(this.#i);
    if (n < 0)
      this.#fail(
        at,
        '\\0',
        'Illegal octal escape sequence: `\\0` needs octal digits after it.',
        'Write `\\00` for NUL, or `\\0nnn` for another character.',
      );
    this.#i++;
    const m = digit(this.#i);
    if (m < 0) return n;
    this.#i++;
    const o = digit(this.#i);
    if (o >= 0 && n <= 3) {
      this.#i++;
      return n * 64 + m * 8 + o;
    }
    return n * 8 + m;
  }

  #hex(count: number, at: number, construct: string): number {
    let n = 0;
    for (let k = 0; k < count; k++) {
      const c = this.#raw();
      if (!isHex(c))
        this.#fail(
          at,
          construct,
          `Illegal ${construct === '\\u' ? 'Unicode' : 'hexadecimal'} escape sequence.`,
          `Write \`${construct}\` followed by ${count} hexadecimal digits.`,
        );
      n = n * 16 + Number.parseInt(String.fromCodePoint(c), 16);
      this.#i++;
    }
    return n;
  }

  #unicodeEscape(at: number): number {
    const n = this.#hex(4, at, '\\u');
    if (
      n >= 0xd800 &&
      n <= 0xdbff &&
      this.#raw() === BACKSLASH &&
      this.#raw(this.#i + 1) === ch('u')
    ) {
      const back = this.#i;
      this.#i += 2;
      const low = this.#hex(4, at, '\\u');
      if (low >= 0xdc00 && low <= 0xdfff) return (n - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      this.#i = back;
    }
    return n;
  }

  #hexEscape(at: number): number {
    if (this.#raw() !== LBRACE) return this.#hex(2, at, '\\x');
    this.#i++;
    let n = 0;
    let digits = 0;
    while (isHex(this.#raw())) {
      n = n * 16 + Number.parseInt(String.fromCodePoint(this.#raw()), 16);
      if (n > 0x10ffff)
        this.#fail(
          at,
          '\\x{',
          'Hexadecimal code point is too big.',
          'Code points end at `\\x{10FFFF}`.',
        );
      this.#i++;
      digits++;
    }
    if (digits === 0 || this.#raw() !== RBRACE)
      this.#fail(
        at,
        '\\x{',
        'Unclosed hexadecimal escape sequence.',
        'Write `\\x{h...h}` with hexadecimal digits.',
      );
    this.#i++;
    return n;
  }

  // ---- properties ----------------------------------------------------------------------------

  /** `\p{Name}`, `\pL`, `\P{...}`: Java's `family()`. */
  #property(at: number): CharSet {
    const complement = this.#raw(at + 1) === ch('P');
    this.#i = at + 2;
    let name: string;
    if (this.#raw() === LBRACE) {
      const from = ++this.#i;
      while (this.#raw() !== RBRACE && this.#raw() !== EOF) this.#i++;
      if (this.#raw() === EOF)
        this.#fail(
          at,
          this.#slice(at, this.#i),
          'Unclosed character family.',
          'Close the property name with `}`.',
        );
      name = this.#slice(from, this.#i);
      this.#i++;
      if (name === '')
        this.#fail(
          at,
          this.#slice(at, this.#i),
          'Empty character family.',
          'Name a property, e.g. `\\p{L}`.',
        );
    } else {
      if (this.#raw() === EOF)
        this.#fail(
          at,
          this.#slice(at, this.#i),
          'A property escape needs a name.',
          'Write e.g. `\\pL` or `\\p{L}`.',
        );
      name = String.fromCodePoint(this.#raw());
      this.#i++;
    }
    const construct = this.#slice(at, this.#i);
    const set = this.#family(name, construct, at);
    return complement ? not(set) : set;
  }

  #family(name: string, construct: string, at: number): CharSet {
    const caseInsensitive = (this.#flags & CASE_INSENSITIVE) !== 0;
    const block = (): never =>
      this.#fail(
        at,
        construct,
        `Unicode blocks (\`${construct}\`) have no ECMAScript equivalent.`,
        "Use the block's code point range, e.g. `[\\u0370-\\u03FF]`, or its script, e.g. `\\p{IsGreek}`.",
      );
    const unknown = (): never =>
      this.#fail(
        at,
        construct,
        `Unknown character property \`${construct}\`.`,
        'Use a Unicode category (`\\p{L}`), script (`\\p{IsLatin}`), binary property (`\\p{IsAlphabetic}`), POSIX class (`\\p{Alpha}`) or `\\p{javaLowerCase}`-style name.',
      );
    const eq = name.indexOf('=');
    if (eq >= 0) {
      const key = name.slice(0, eq).toLowerCase();
      const value = name.slice(eq + 1);
      if (key === 'blk' || key === 'block') return block();
      const set =
        key === 'sc' || key === 'script'
          ? unicodeScript(value)
          : key === 'gc' || key === 'general_category'
            ? javaProperty(value, caseInsensitive)
            : undefined;
      return set ?? unknown();
    }
    if (name.startsWith('In')) return block();
    if (name.startsWith('Is')) {
      const rest = name.slice(2);
      return (
        unicodeProperty(rest.toUpperCase(), caseInsensitive) ??
        javaProperty(rest, caseInsensitive) ??
        unicodeScript(rest) ??
        unknown()
      );
    }
    if (name.startsWith('java') && /^javaUnicodeIdentifier(Start|Part)$/.test(name)) {
      this.#fail(
        at,
        construct,
        `\`${construct}\` follows Character.isUnicodeIdentifier${name.endsWith('Start') ? 'Start' : 'Part'}, whose definition differs between Java versions.`,
        'Use `\\p{ID_Start}`-like Unicode classes spelled out, e.g. `[\\p{L}\\p{Nl}]`.',
      );
    }
    return javaProperty(name, caseInsensitive) ?? unknown();
  }

  // ---- character classes ---------------------------------------------------------------------

  /**
   * Java's `clazz()`: the cursor is just past `[` (or, for the right side of `&&`, at its first
   * character). Unions bind tighter than `&&`; a `]` first in a class is a literal.
   */
  #class(open: number, consume: boolean): CharSet {
    let prev: CharSet | undefined;
    let last: CharSet | undefined;
    let parts: SetPart[] = [];
    let negated = false;
    if (
      consume &&
      this.#raw() === CARET &&
      !this.#quoted() &&
      this.#raw(this.#i - 1) === LBRACKET
    ) {
      this.#i++;
      negated = true;
    }
    const flush = (): CharSet | undefined => {
      if (parts.length === 0) return prev;
      const bits = union(...parts);
      parts = [];
      return prev ? union(prev, bits) : bits;
    };
    for (;;) {
      const c = this.#peek();
      const syntax = !this.#quoted();
      if (c === EOF)
        this.#fail(
          open,
          '[',
          'Unclosed character class.',
          'Close the class with `]`, or escape a literal `[` as `\\[`.',
        );
      if (syntax && c === LBRACKET) {
        const nestedOpen = this.#i++;
        last = this.#class(nestedOpen, true);
        parts.push(last);
        continue;
      }
      if (syntax && c === AMP && this.#raw(this.#i + 1) === AMP && !this.#quoted(this.#i + 1)) {
        const amp = this.#i;
        this.#i += 2;
        const hadPrev =
          prev !== undefined || parts.some((p) => p.kind !== 'union' || !isBitSetMember(p));
        const left = flush();
        const right = this.#intersectionOperand(open);
        // As Java: an empty right side intersects with the last operand read (`[a&&]` is `[a]`),
        // an empty left side drops out (`[&&a]` is `[a]`); both empty is an error.
        if (!left && !right)
          this.#fail(
            amp,
            '&&',
            'Bad class syntax: `&&` needs a set on at least one side.',
            'Write an intersection as `[a-z&&[^aeiou]]`.',
          );
        const other = right ?? (hadPrev ? last : undefined);
        prev = left && other ? and(left, other) : (left ?? right);
        continue;
      }
      if (syntax && c === RBRACKET && (prev || parts.length > 0)) {
        if (consume) this.#i++;
        const set = flush() ?? union();
        const bracketed: CharSet = set.kind === 'union' ? { ...set, bracketed: true } : set;
        return negated ? not(bracketed) : bracketed;
      }
      const member = this.#classRange();
      parts.push(member);
      // Java keeps single characters below 256 in a bit set, which is never its "last" operand.
      last = isBitSetMember(member) ? undefined : member;
    }
  }

  /** The right side of `&&`, up to the class's `]` (as Java: nested classes, else the rest). */
  #intersectionOperand(open: number): CharSet | undefined {
    let right: CharSet | undefined;
    for (;;) {
      const c = this.#peek();
      if (!this.#quoted() && (c === RBRACKET || c === AMP)) return right;
      if (c === EOF)
        this.#fail(open, '[', 'Unclosed character class.', 'Close the class with `]`.');
      if (!this.#quoted() && c === LBRACKET) {
        const nestedOpen = this.#i++;
        const nested = this.#class(nestedOpen, true);
        right = right ? union(right, nested) : nested;
      } else {
        right = this.#class(open, false);
      }
    }
  }

  /** Java's `range()`: one class member — a code point, a range, a class escape or property. */
  #classRange(): CharSet {
    const at = this.#i;
    let from: number;
    if (this.#raw() === BACKSLASH && !this.#quoted()) {
      const e = this.#raw(at + 1);
      if (e === ch('p') || e === ch('P')) return this.#property(at);
      const value = this.#escape(true, this.#raw(at + 2) === DASH);
      if (typeof value !== 'number') return value;
      from = value;
    } else {
      from = this.#raw();
      this.#i++;
    }
    if (this.#at(DASH)) {
      const after = this.#raw(this.#i + 1);
      if (after !== LBRACKET && !(after === RBRACKET && !this.#quoted(this.#i + 1))) {
        this.#i++;
        let to: number;
        if (this.#peek() === BACKSLASH && !this.#quoted()) {
          const value = this.#escape(true, true);
          to = typeof value === 'number' ? value : -1;
        } else {
          to = this.#raw();
          this.#i++;
        }
        if (to < from)
          this.#fail(
            at,
            this.#slice(at, this.#i),
            'Illegal character range: its end is before its start.',
            'Write the smaller code point first, or escape a literal `-` as `\\-`.',
          );
        return this.#range(from, to, at);
      }
    }
    return this.#single(from, at);
  }
}
