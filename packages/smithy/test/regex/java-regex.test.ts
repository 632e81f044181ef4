/**
 * The `java.util.regex` → ECMAScript translation: given/want tables of Java pattern in,
 * ECMAScript source out; what the translation matches (Java's answers, from the
 * `java.util.regex.Pattern` documentation and source); and the located errors for constructs
 * ECMAScript cannot express or Java itself rejects.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translateJavaPattern } from '../../src/index.js';

function source(pattern: string): string {
  const t = translateJavaPattern(pattern);
  if (!t.ok) throw new Error(`${pattern}: ${t.problem.message}`);
  return t.pattern.source;
}

function matches(pattern: string, input: string): boolean {
  const t = translateJavaPattern(pattern);
  if (!t.ok) throw new Error(`${pattern}: ${t.problem.message}`);
  return t.regex.test(input);
}

describe('translateJavaPattern: Java source in, ECMAScript source out (u flag)', () => {
  const cases: [string, string, string][] = [
    ['ECMAScript-compatible text is kept', '^ord_[0-9A-Za-z]{8,32}$', '^ord_[0-9A-Za-z]{8,32}$'],
    [
      'a class written as a class stays one',
      '^(0|[1-9][0-9]{0,14})([.][0-9]{1,4})?$',
      '^(0|[1-9][0-9]{0,14})([.][0-9]{1,4})?$',
    ],
    ['braces inside a class', '^/[A-Za-z0-9._~/{}-]*$', '^/[A-Za-z0-9._~/{}-]*$'],
    ['(?i) folds ASCII letters', '^(?i)(true|false)$', '^([tT][rR][uU][eE]|[fF][aA][lL][sS][eE])$'],
    ['(?i:...) is scoped to its group', '^(?i:ab)c$', '^(?:[aA][bB])c$'],
    ['(?i) widens ranges and cased categories', '(?i)[a-c]\\p{Lu}', '[a-cA-C]\\p{LC}'],
    ['a literal - after a property escape', '[\\p{L}\\p{N}\\p{Z}-_]', '[\\p{L}\\p{N}\\p{Z}\\-_]'],
    ['a literal - after a class escape', '^[a-zA-Z\\d-_/]+$', '^[a-zA-Z\\d\\-_/]+$'],
    ['identity escapes ECMAScript refuses', '^[A-Za-z0-9_\\-\\ \\.\\!]+$', '^[A-Za-z0-9_\\- .!]+$'],
    ['\\s is ASCII whitespace', '^[^@\\s]+\\S$', '^[^@\\t-\\r ]+[^\\t-\\r ]$'],
    ['[\\s\\S] stays', '^[\\s\\S]*$', '^[\\s\\S]*$'],
    [
      'POSIX classes are ASCII',
      '^\\p{XDigit}{8}\\p{Alpha}\\p{Punct}$',
      '^[0-9A-Fa-f]{8}[A-Za-z][!-/:-@\\[-`{-~]$',
    ],
    [
      'Is-properties and scripts',
      '\\p{IsAlphabetic}\\p{IsLatin}\\p{sc=Greek}',
      '\\p{Alphabetic}\\p{Script=Latin}\\p{Script=Greek}',
    ],
    ['java* classes', '\\p{javaLowerCase}\\p{javaLetterOrDigit}', '\\p{Lowercase}[\\p{L}\\p{Nd}]'],
    ['\\Q...\\E quoting', '\\Qa.b*\\E+', 'a\\.b\\*+'],
    ['comments mode', '(?x) a b # a comment\n c', 'abc'],
    ["dot excludes all of Java's line terminators", '^.+$', '^[^\\n\\r\\x85\\u2028-\\u2029]+$'],
    ['(?s) dot', '^(?s).+$', '^[\\s\\S]+$'],
    [
      '\\x{h..h}, \\e, \\a, \\cX, octal',
      '\\x{60}\\e\\a\\cA\\0101\\x{1F600}',
      '`\\x1B\\x07\\x01A\\u{1F600}',
    ],
    ['unescaped ] and } are literals', 'a]b}', 'a\\]b\\}'],
    ['a ] first in a class is a literal', '[]a][^]b]', '[\\]a][^\\]b]'],
    ['a quantified anchor', '^(x*)${1,128}$', '^(x*)(?:$){1,128}$'],
    ['intersection', '[a-z&&[^aeiou]]', '(?:(?=[^aeiou])[a-z])'],
    ['union of nested classes', '[a-c[x-z]]', '[a-cx-z]'],
    ['possessive quantifier', 'a++b', '(?=(a+))\\1b'],
    ['atomic group, with group numbers shifted', '(?>ab|a)(c)\\1', '(?=(ab|a))\\1(c)\\2'],
    ['a back reference before a digit', '(a)\\10', '(a)(?:\\1)0'],
    ['a back reference to no group never matches', 'a\\9', 'a[]'],
    ['\\A, \\z, \\G', '\\A\\Ga\\z', '(?<![\\s\\S])(?<![\\s\\S])a(?![\\s\\S])'],
    ['\\R', 'a\\R', 'a(?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])'],
    ['\\h', '\\h', '[ \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]'],
    ['named group', '(?<year>\\d{4})-\\k<year>', '(?<year>\\d{4})-\\1'],
    ['flags-only group at the end', '^(?s)', '^'],
    ['\\b{2} is a quantified boundary, not \\b{g}', 'a\\b{2}', 'a(?:\\b){2}'],
    ['an empty side of && drops out', '[&&a][b&&]', '[a][b]'],
  ];
  it.each(cases)('%s', (_name, java, ecma) => {
    expect(source(java)).toBe(ecma);
  });
});

describe('the translation matches what Java matches', () => {
  const cases: [string, readonly string[], readonly string[]][] = [
    ['^(?i)(true|false)$', ['true', 'TRUE', 'False'], ['yes', 'truex']],
    ['^(?i)É$', ['É'], ['é']], // Java folds ASCII only without (?u)
    ['^(?i:ab)c$', ['ABc', 'abc'], ['ABC']],
    ['^a(?i)b|c$', ['aB', 'C'], ['AB']],
    ['^[\\p{L}\\p{N}\\p{Z}-_]+$', ['héllo 9-_'], ['!', 'a.b']],
    ['^a++a$', [], ['aa', 'aaa']],
    ['^a+a$', ['aa', 'aaa'], ['a']],
    ['^(?>a|ab)c$', ['ac'], ['abc']],
    ['^\\p{Alpha}+$', ['abc'], ['é']],
    ['^\\p{IsAlphabetic}+$', ['abc', 'é'], ['1']],
    ['^\\p{javaLowerCase}+$', ['éa'], ['A']],
    ['^\\p{Upper}+$', ['AB'], ['É', 'a']],
    ['^\\p{Print}+$', ['a b~'], ['é', '\t']],
    ['^[^\\p{Cntrl}]*$', ['é a'], ['a\u007f']],
    ['^\\p{javaWhitespace}$', [' ', '\u001c', '\u2028'], ['\u00a0', 'a']],
    ['^[a-z&&[^aeiou]]+$', ['bcd'], ['abc']],
    ['^[^a-z&&[aeiou]]$', ['b', 'A'], ['a']],
    ['^\\Qa.b\\E$', ['a.b'], ['axb']],
    ['^[\\Q-a\\E]+$', ['-a-'], ['b']],
    ['(?x)^ a b # a comment\n c $', ['abc'], ['a b c']],
    ['^\\s$', ['\t', ' ', '\u000b'], ['\u00a0', '\u2003']],
    ['^.$', ['a'], ['\n', '\r', '\u0085', '\u2028']],
    ['(?s)^.$', ['\n', '\u0085'], ['']],
    ['(?m)^b$', ['a\nb\nc', 'a\r\nb\r\nc', 'b'], ['ab\nc']],
    ['(?m)a$', ['a\r\n', 'a\u2029x'], ['ab']],
    ['^a\\Z', ['a', 'a\n', 'a\r\n'], ['a\n\n', 'ab']],
    ['^a\\z', ['a'], ['a\n']],
    ['^a$', ['a'], ['a\n']], // `$` is ECMAScript's end of input (see ARCHITECTURE.md §2.1)
    ['^\\x{1F600}$', ['😀'], ['😀😀']],
    ['^\\R$', ['\r\n', '\n', '\u0085'], ['\n\n']],
    ['^\\h+$', ['\u3000 \t'], ['\n']],
    ['^(a)\\1$', ['aa'], ['a']],
    ['^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)${1,128}$', ['a b'], ['a!']],
    [
      '^([$\\-._+!*\\x{60}(),;/?:@=&\\w]|%([0-9a-fA-F?]{2}|[0-9a-fA-F?]?[*]))+$',
      ['a%2F`'],
      ['a%2'],
    ],
  ];
  it.each(cases)('%j', (pattern, accepted, rejected) => {
    for (const input of accepted) expect(matches(pattern, input), JSON.stringify(input)).toBe(true);
    for (const input of rejected)
      expect(matches(pattern, input), JSON.stringify(input)).toBe(false);
  });
});

describe('constructs without an ECMAScript equivalent, and patterns Java rejects', () => {
  const cases: [string, number, string, RegExp][] = [
    ['^\\X+$', 1, '\\X', /grapheme cluster/],
    ['^\\b{g}$', 1, '\\b{g}', /grapheme cluster boundary/],
    ['a\\p{InGreek}', 1, '\\p{InGreek}', /Unicode blocks/],
    ['\\p{block=Greek}', 0, '\\p{block=Greek}', /Unicode blocks/],
    ['(?U)\\w', 2, '(?U)', /Unicode character classes/],
    ['(?iu)é', 5, '(?iu)', /Unicode case-insensitive/],
    ['(?i)(a)\\1', 7, '\\1', /case-insensitive back reference/],
    ['(?<=a++)b', 5, '++', /possessive quantifier inside a look-behind/],
    ['\\N{LATIN SMALL LETTER A}', 0, '\\N{...}', /named by/],
    ['\\p{Foo}', 0, '\\p{Foo}', /Unknown character property/],
    ['a{', 1, '{', /Illegal repetition/],
    ['a{2', 1, '{2', /Unclosed counted closure/],
    ['a{3,2}', 1, '{3,2}', /minimum is larger/],
    ['*a', 0, '*', /Dangling meta character/],
    ['[ab', 0, '[', /Unclosed character class/],
    ['[a-', 1, 'a-', /Illegal character range/],
    ['[z-a]', 1, 'z-a', /Illegal character range/],
    ['(a', 0, '(', /Unclosed group/],
    ['a)', 1, ')', /Unmatched closing/],
    ['\\k<x>', 0, '\\k<x>', /does not exist/],
    ['\\y', 0, '\\y', /Illegal\/unsupported escape/],
    ['[\\b]', 1, '\\b', /inside a character class/],
    ['\\0', 0, '\\0', /octal/],
    ['(?<1a>x)', 0, '(?<1', /look-behind/],
  ];
  it.each(cases)('%j', (pattern, offset, construct, message) => {
    const t = translateJavaPattern(pattern);
    expect(t.ok).toBe(false);
    if (t.ok) return;
    expect(t.problem).toMatchObject({ offset, construct });
    expect(t.problem.message).toMatch(message);
    expect(t.problem.hint.length).toBeGreaterThan(0);
  });
});

describe('the @pattern values of real AWS models', () => {
  const dir = join(
    resolve(dirname(fileURLToPath(import.meta.url)), '../../../..'),
    '..',
    'shared',
    'smithy-real',
    'aws',
  );
  const present = existsSync(dir);
  if (!present)
    console.log(`skipped: no real AWS models at ${dir} (the shared data folder is absent)`);

  it(
    'all translate, and every translation compiles with the u flag',
    { timeout: 120_000, skip: !present, meta: { skipReason: `${dir} is absent` } },
    () => {
      const patterns = new Set<string>();
      const take = (traits: unknown) => {
        const pattern = (traits as Record<string, unknown> | undefined)?.['smithy.api#pattern'];
        if (typeof pattern === 'string') patterns.add(pattern);
      };
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        const ast = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
          shapes: Record<
            string,
            { traits?: unknown; members?: Record<string, { traits?: unknown }> }
          >;
        };
        for (const shape of Object.values(ast.shapes)) {
          take(shape.traits);
          for (const member of Object.values(shape.members ?? {})) take(member.traits);
        }
      }
      const failed = [...patterns].filter((p) => !translateJavaPattern(p).ok);
      const plainEcma = [...patterns].filter((p) => {
        try {
          new RegExp(p, 'u');
          return true;
        } catch {
          return false;
        }
      });
      console.log(
        `AWS @pattern values: ${patterns.size} distinct, ${patterns.size - failed.length} translate; ` +
          `${patterns.size - plainEcma.length} of them are not valid ECMAScript as written`,
      );
      expect(failed).toEqual([]);
      expect(patterns.size).toBeGreaterThan(0);
    },
  );
});
