import { describe, expect, it } from 'vitest';
import { summarize, validateIdl } from './idl.js';

describe('node validation of trait values', () => {
  it('checks timestamps by format, unions, sparse lists and idRef selectors', () => {
    const events = validateIdl(`
namespace ns
@trait
structure meta {
  at: Timestamp
  @timestampFormat("http-date")
  httpAt: Timestamp
  @timestampFormat("epoch-seconds")
  epoch: Timestamp
  choice: Choice
  names: Names
  @idRef(selector: "operation", failWhenMissing: true)
  op: String
}
union Choice {
  a: String
  b: Integer
}
list Names { member: String }
operation Op {}

@meta(at: "2026-01-01T00:00:00Z", httpAt: "Tue, 29 Apr 2014 18:30:38 GMT", epoch: 1, choice: { a: "x" }, names: ["n"], op: "ns#Op")
string Good

@meta(at: "yesterday", httpAt: "2026-01-01T00:00:00Z", epoch: "1", choice: { a: "x", b: 1 }, names: [null], op: "ns#Good")
string Bad
`);
    expect(summarize(events)).toEqual([
      'ERROR TraitValue ns#Bad: Error validating trait `ns#meta`.at: Invalid string value, `yesterday`, provided for timestamp, `smithy.api#Timestamp`. Expected an RFC 3339 formatted timestamp (e.g., "1985-04-12T23:20:50.52Z")',
      'ERROR TraitValue ns#Bad: Error validating trait `ns#meta`.httpAt: Invalid value provided for http-date formatted timestamp. Expected a string value that matches the IMF-fixdate production of RFC 9110 section-5.6.7. Found: 2026-01-01T00:00:00Z',
      'ERROR TraitValue ns#Bad: Error validating trait `ns#meta`.epoch: Invalid string value provided for a timestamp with a `epoch-seconds` format.',
      'ERROR TraitValue ns#Bad: Error validating trait `ns#meta`.choice: union values can contain a value for only a single member',
      'ERROR TraitValue ns#Bad: Error validating trait `ns#meta`.names.0: Non-sparse list shape `ns#Names` cannot contain null values',
      'ERROR TraitValue ns#Bad: Error validating trait `ns#meta`.names.0: Expected string value for string shape, `smithy.api#String`; found null value',
      'ERROR TraitValue ns#Bad: Error validating trait `ns#meta`.op: Shape ID `ns#Good` does not match selector `operation`',
    ]);
  });
});
