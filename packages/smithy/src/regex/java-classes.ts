/**
 * @module Java's predefined character classes and `\p{...}` property names as code point sets.
 * Java's definitions, not ECMAScript's look-alikes: `\s` and the POSIX names (`\p{Alpha}`,
 * `\p{Upper}`, ...) are US-ASCII only, `\p{javaLowerCase}` is `Character.isLowerCase`, and under
 * `(?i)` the cased categories widen as `java.util.regex.CharPredicates` widens them.
 */
import type { CharSet } from './java-syntax.js';
import { and, escape, not, range, union } from './java-syntax.js';

const p = (name: string) => escape(`\\p{${name}}`);

/** `\s` (`[ \t\n\x0B\f\r]`), `\h` and `\v` as Java defines them. */
const ASCII_SPACE = union(range(0x09, 0x0d), range(0x20));
const HORIZONTAL_SPACE = union(
  range(0x20),
  range(0x09),
  range(0xa0),
  range(0x1680),
  range(0x180e),
  range(0x2000, 0x200a),
  range(0x202f),
  range(0x205f),
  range(0x3000),
);
const VERTICAL_SPACE = union(range(0x0a, 0x0d), range(0x85), range(0x2028, 0x2029));

/** The class escapes `\d \D \s \S \w \W \h \H \v \V`, by letter. */
export function classEscape(letter: string): CharSet | undefined {
  switch (letter) {
    // ECMAScript's `\d` and `\w` (with `u` and without `i`) are Java's ASCII ones.
    case 'd':
      return union(escape('\\d'));
    case 'D':
      return union(escape('\\D'));
    case 'w':
      return union(escape('\\w'));
    case 'W':
      return union(escape('\\W'));
    case 's':
      return ASCII_SPACE;
    case 'S':
      return not(ASCII_SPACE);
    case 'h':
      return HORIZONTAL_SPACE;
    case 'H':
      return not(HORIZONTAL_SPACE);
    case 'v':
      return VERTICAL_SPACE;
    case 'V':
      return not(VERTICAL_SPACE);
    default:
      return undefined;
  }
}

/** Java's `\R`: `\r\n` or one vertical whitespace character. */
export const LINEBREAK = '(?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])';

const CASED = union(p('Lowercase'), p('Uppercase'), p('Lt'));
const ASCII_ALPHA = union(range(0x41, 0x5a), range(0x61, 0x7a));
const ASCII_PUNCT = union(
  range(0x21, 0x2f),
  range(0x3a, 0x40),
  range(0x5b, 0x60),
  range(0x7b, 0x7e),
);
const IDENTIFIER_IGNORABLE = union(
  range(0x00, 0x08),
  range(0x0e, 0x1b),
  range(0x7f, 0x9f),
  p('Cf'),
);
/** `CharPredicates.WHITE_SPACE`: separators, `\t`-`\r` and NEL. */
const WHITE_SPACE = union(p('Z'), range(0x09, 0x0d), range(0x85));
/** `CharPredicates.HEX_DIGIT`: decimal digits and the ASCII and fullwidth letters A-F. */
const HEX_DIGIT = union(
  p('Nd'),
  range(0x41, 0x46),
  range(0x61, 0x66),
  range(0xff21, 0xff26),
  range(0xff41, 0xff46),
);

const GENERAL_CATEGORIES = new Set(
  'Cn Lu Ll Lt Lm Lo Mn Me Mc Nd Nl No Zs Zl Zp Cc Cf Co Cs Pd Ps Pe Pc Po Sm Sc Sk So Pi Pf L M N Z C P S LC'.split(
    ' ',
  ),
);

/** `CharPredicates.forProperty`: categories, POSIX (ASCII) names and `java*` methods. */
export function javaProperty(name: string, caseInsensitive: boolean): CharSet | undefined {
  if (GENERAL_CATEGORIES.has(name)) {
    const cased = name === 'Lu' || name === 'Ll' || name === 'Lt';
    return union(p(cased && caseInsensitive ? 'LC' : name));
  }
  switch (name) {
    case 'LD':
      return union(p('L'), p('Nd'));
    case 'L1':
      return union(range(0x00, 0xff));
    case 'all':
      return union(range(0x00, 0x10ffff));
    case 'ASCII':
      return union(range(0x00, 0x7f));
    case 'Alnum':
      return union(range(0x30, 0x39), range(0x41, 0x5a), range(0x61, 0x7a));
    case 'Alpha':
      return ASCII_ALPHA;
    case 'Blank':
      return union(range(0x20), range(0x09));
    case 'Cntrl':
      return union(range(0x00, 0x1f), range(0x7f));
    case 'Digit':
      return union(range(0x30, 0x39));
    case 'Graph':
      return union(range(0x21, 0x7e));
    case 'Lower':
      return caseInsensitive ? ASCII_ALPHA : union(range(0x61, 0x7a));
    case 'Print':
      return union(range(0x20, 0x7e));
    case 'Punct':
      return ASCII_PUNCT;
    case 'Space':
      return ASCII_SPACE;
    case 'Upper':
      return caseInsensitive ? ASCII_ALPHA : union(range(0x41, 0x5a));
    case 'XDigit':
      return union(range(0x30, 0x39), range(0x41, 0x46), range(0x61, 0x66));
    case 'javaLowerCase':
      return caseInsensitive ? CASED : union(p('Lowercase'));
    case 'javaUpperCase':
      return caseInsensitive ? CASED : union(p('Uppercase'));
    case 'javaTitleCase':
      return caseInsensitive ? CASED : union(p('Lt'));
    case 'javaAlphabetic':
      return union(p('Alphabetic'));
    case 'javaIdeographic':
      return union(p('Ideographic'));
    case 'javaDigit':
      return union(p('Nd'));
    case 'javaDefined':
      return union(escape('\\P{Cn}'));
    case 'javaLetter':
      return union(p('L'));
    case 'javaLetterOrDigit':
      return union(p('L'), p('Nd'));
    case 'javaJavaIdentifierStart':
      return union(p('L'), p('Nl'), p('Sc'), p('Pc'));
    case 'javaJavaIdentifierPart':
      return union(
        p('L'),
        p('Sc'),
        p('Pc'),
        p('Nd'),
        p('Nl'),
        p('Mc'),
        p('Mn'),
        IDENTIFIER_IGNORABLE,
      );
    case 'javaIdentifierIgnorable':
      return IDENTIFIER_IGNORABLE;
    case 'javaSpaceChar':
      return union(p('Z'));
    case 'javaWhitespace':
      // Character.isWhitespace: separators except the no-break spaces, and \t-\r, \x1C-\x1F.
      return and(
        union(p('Z'), range(0x09, 0x0d), range(0x1c, 0x1f)),
        not(union(range(0xa0), range(0x2007), range(0x202f))),
      );
    case 'javaISOControl':
      return union(range(0x00, 0x1f), range(0x7f, 0x9f));
    case 'javaMirrored':
      return union(p('Bidi_Mirrored'));
    default:
      return undefined;
  }
}

/**
 * `\p{IsName}` binary properties (`CharPredicates.forUnicodeProperty`, upper-cased name), with the
 * Unicode (not ASCII) meaning of the POSIX names as its fallback.
 */
export function unicodeProperty(upperName: string, caseInsensitive: boolean): CharSet | undefined {
  switch (upperName) {
    case 'ALPHABETIC':
    case 'ALPHA':
      return union(p('Alphabetic'));
    case 'ASSIGNED':
      return union(escape('\\P{Cn}'));
    case 'CONTROL':
    case 'CNTRL':
      return union(p('Cc'));
    case 'HEXDIGIT':
    case 'HEX_DIGIT':
    case 'XDIGIT':
      return HEX_DIGIT;
    case 'IDEOGRAPHIC':
      return union(p('Ideographic'));
    case 'JOINCONTROL':
    case 'JOIN_CONTROL':
      return union(range(0x200c, 0x200d));
    case 'LETTER':
      return union(p('L'));
    case 'LOWERCASE':
    case 'LOWER':
      return caseInsensitive ? CASED : union(p('Lowercase'));
    case 'UPPERCASE':
    case 'UPPER':
      return caseInsensitive ? CASED : union(p('Uppercase'));
    case 'TITLECASE':
      return caseInsensitive ? CASED : union(p('Lt'));
    case 'NONCHARACTERCODEPOINT':
    case 'NONCHARACTER_CODE_POINT':
      return union(p('Noncharacter_Code_Point'));
    case 'PUNCTUATION':
    case 'PUNCT':
      return union(p('P'));
    case 'WHITESPACE':
    case 'WHITE_SPACE':
    case 'SPACE':
      return WHITE_SPACE;
    case 'WORD':
      return union(p('Alphabetic'), p('M'), p('Nd'), p('Pc'), range(0x200c, 0x200d));
    case 'ALNUM':
      return union(p('Alphabetic'), p('Nd'));
    case 'DIGIT':
      return union(p('Nd'));
    case 'BLANK':
      return union(p('Zs'), range(0x09));
    case 'GRAPH':
      return not(union(p('Z'), p('Cc'), p('Cs'), p('Cn')));
    case 'PRINT':
      // (graph ∪ blank) − control: everything but line/paragraph separators, Cc, Cs and Cn.
      return not(union(p('Zl'), p('Zp'), p('Cc'), p('Cs'), p('Cn')));
    case 'EMOJI':
      return union(p('Emoji'));
    case 'EMOJI_PRESENTATION':
      return union(p('Emoji_Presentation'));
    case 'EMOJI_MODIFIER':
      return union(p('Emoji_Modifier'));
    case 'EMOJI_MODIFIER_BASE':
      return union(p('Emoji_Modifier_Base'));
    case 'EMOJI_COMPONENT':
      return union(p('Emoji_Component'));
    case 'EXTENDED_PICTOGRAPHIC':
      return union(p('Extended_Pictographic'));
    default:
      return undefined;
  }
}

/**
 * A Unicode script as ECMAScript names it, from Java's case-insensitive spelling (`LATIN`,
 * `latin`, `Latn`, `old_italic`); `undefined` when no spelling ECMAScript knows matches.
 */
export function unicodeScript(name: string): CharSet | undefined {
  const titled = name
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
    .join('_');
  for (const candidate of new Set([name, titled])) {
    if (!/^[A-Za-z_]+$/.test(candidate)) continue;
    try {
      new RegExp(`\\p{Script=${candidate}}`, 'u');
      return union(escape(`\\p{Script=${candidate}}`));
    } catch {
      // not a script name ECMAScript knows in this spelling; try the next
    }
  }
  return undefined;
}
