/**
 * `@pattern` is read as `java.util.regex` (Smithy's reference implementation compiles it with
 * `Pattern.compile`): Java-only syntax validates and constrains values; a construct ECMAScript
 * cannot express is a located `PatternTrait` ERROR naming it.
 */
import { describe, expect, it } from 'vitest';
import { checkConstraints, TRAIT_IDS } from '../../src/index.js';
import { summarize, validateIdl } from './idl.js';

describe('PatternTrait on Java patterns', () => {
  it('accepts inline flags, POSIX classes, possessive quantifiers and a - after a property', () => {
    const events = validateIdl(`
namespace ns
@pattern("^(?i)(true|false)$")
string Flag
@pattern("^[\\\\p{L}\\\\p{N}\\\\p{Z}-_]+$")
string Name
@pattern("^\\\\p{XDigit}{8}$")
string Hex
@pattern("^a++b$")
string Possessive
`);
    expect(summarize(events)).toEqual([]);
  });

  it('reports a construct without an ECMAScript equivalent at the shape, naming it', () => {
    const events = validateIdl(`
namespace ns

@pattern("^\\\\X+$")
string Graphemes
`);
    expect(summarize(events)).toEqual([
      'ERROR PatternTrait ns#Graphemes: Invalid pattern trait regular expression: `^\\X+$`. At character 2, `\\X`: A grapheme cluster (`\\X`) has no ECMAScript equivalent.',
    ]);
    expect(events[0]?.sourceLocation).toEqual({ filename: 'test.smithy', line: 6, column: 1 });
    expect(events[0]?.hint).toBe('Match the code points instead, e.g. `\\P{M}\\p{M}*`.');
  });

  it('reports a pattern Java itself rejects', () => {
    const events = validateIdl(`
namespace ns
@pattern("^[a-z]{2$")
string Broken
`);
    expect(summarize(events)).toEqual([
      'ERROR PatternTrait ns#Broken: Invalid pattern trait regular expression: `^[a-z]{2$`. At character 7, `{2`: Unclosed counted closure.',
    ]);
  });
});

describe('values against Java patterns', () => {
  const violations = (pattern: string, value: string) =>
    checkConstraints({ [TRAIT_IDS.pattern]: pattern }, 'string', value).map((v) => v.kind);

  it('checks values the way Java matches them', () => {
    expect(violations('^(?i)(true|false)$', 'TRUE')).toEqual([]);
    expect(violations('^(?i)(true|false)$', 'yes')).toEqual(['pattern']);
    expect(violations('^\\p{Alpha}+$', 'é')).toEqual(['pattern']); // POSIX classes are ASCII
    expect(violations('^a++a$', 'aaa')).toEqual(['pattern']); // possessive: never gives one back
  });
});
