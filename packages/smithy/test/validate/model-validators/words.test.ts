import { describe, expect, it } from 'vitest';
import {
  splitCamelCase,
  WildcardMatcher,
  WordBoundaryMatcher,
} from '../../../src/validate/model-validators/linters/words.js';

describe('linter word splitting', () => {
  it.each([
    ['GetFooBar', ['Get', 'Foo', 'Bar']],
    ['HTTPRequest', ['HTTP', 'Request']],
    ['listV2Items', ['list', 'V2', 'Items']],
    ['XMLData', ['XML', 'Data']],
    ['lower', ['lower']],
  ])('splitCamelCase(%s)', (word, want) => {
    expect(splitCamelCase(word)).toEqual(want);
  });

  it.each([
    ['IPAddress', 'ip address'],
    ['userIpAddress', 'ip address'],
    ['ip_address', 'ip address'],
    ['Shipping', undefined],
    ['ipaddress', 'ipaddress'],
  ])('word-boundary match of %s', (text, want) => {
    const matcher = new WordBoundaryMatcher();
    matcher.add('ip address');
    expect(matcher.firstMatch(text)).toBe(want);
  });

  it.each([
    ['*Token', 'NextToken', true],
    ['*Token', 'TokenId', false],
    ['Get*', 'getThing', true],
    ['*secret*', 'MySecretKey', true],
    ['Exact', 'exact', true],
  ])('wildcard %s against %s', (pattern, text, want) => {
    const matcher = new WildcardMatcher();
    matcher.add(pattern);
    expect(matcher.test(text)).toBe(want);
  });
});
