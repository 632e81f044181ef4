import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/idl/lexer.js';

const kinds = (src: string): string[] => tokenize(src).map((t) => t.kind);

describe('tokenize', () => {
  it.each([
    ['namespace a.b', ['IDENTIFIER', 'SPACE', 'IDENTIFIER', 'DOT', 'IDENTIFIER', 'EOF']],
    ['input := {}', ['IDENTIFIER', 'SPACE', 'WALRUS', 'SPACE', 'LBRACE', 'RBRACE', 'EOF']],
    ['a: b', ['IDENTIFIER', 'COLON', 'SPACE', 'IDENTIFIER', 'EOF']],
    ['// c\n/// d\n', ['COMMENT', 'DOC_COMMENT', 'EOF']],
    ['-1.5e3,', ['NUMBER', 'COMMA', 'EOF']],
    ['@a$b#c', ['AT', 'IDENTIFIER', 'DOLLAR', 'IDENTIFIER', 'POUND', 'IDENTIFIER', 'EOF']],
    ['\r\n\t', ['NEWLINE', 'SPACE', 'EOF']],
  ])('%j', (src, want) => {
    expect(kinds(src)).toEqual(want);
  });

  it('counts lines and columns from 1, treating \\r\\n as one line break', () => {
    const tokens = tokenize('a\r\n  b');
    const b = tokens.find((t) => t.kind === 'IDENTIFIER' && t.start > 0)!;
    expect([b.line, b.column]).toEqual([2, 3]);
  });

  it.each([
    ['"a\\nb\\u0041"', 'a\nbA'],
    ['"line\\\nnext"', 'linenext'],
    ['""', ''],
    ['"""\n    Hello\n      "World"\n    """', 'Hello\n  "World"\n'],
    ['"""\n  a  \n\n  b"""', 'a\n\nb'],
  ])('decodes string %j', (src, want) => {
    const [token] = tokenize(src);
    expect(token!.text).toBe(want);
  });

  it.each([
    ['"abc', "Expected: '\"', but found '[EOF]'", 1, 5],
    ['"\\q"', 'Invalid escape found in string: `\\q`', 1, 1],
    ['"""abc"""', 'Text block must start with a new line', 1, 1],
    ['1.', "Invalid number '1.': '.' must be followed by a digit", 1, 1],
    ['-x', "Invalid number '-': '-' must be followed by a digit", 1, 1],
    ['%', "Unexpected character: '%'", 1, 1],
    ['_ ', "Expected a valid identifier character, but found ' '", 1, 2],
  ])('reports %j as an ERROR token', (src, message, line, column) => {
    const error = tokenize(src).find((t) => t.kind === 'ERROR')?.error;
    expect(error?.message).toContain(message);
    expect([error?.line, error?.column]).toEqual([line, column]);
  });
});
