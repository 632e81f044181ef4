/**
 * @module Token kinds of the Smithy IDL, named as Smithy's own tokenizer names them so that syntax
 * errors read the same as the reference implementation's (`Expected COLON(':') but found ...`).
 */

export type TokenKind =
  | 'SPACE'
  | 'NEWLINE'
  | 'COMMA'
  | 'COMMENT'
  | 'DOC_COMMENT'
  | 'AT'
  | 'STRING'
  | 'TEXT_BLOCK'
  | 'COLON'
  | 'WALRUS'
  | 'IDENTIFIER'
  | 'DOT'
  | 'POUND'
  | 'DOLLAR'
  | 'NUMBER'
  | 'LBRACE'
  | 'RBRACE'
  | 'LBRACKET'
  | 'RBRACKET'
  | 'LPAREN'
  | 'RPAREN'
  | 'EQUAL'
  | 'EOF'
  | 'ERROR';

/** A lexeme that illustrates each kind in messages; empty when the kind has no fixed spelling. */
const EXAMPLES: Record<TokenKind, string> = {
  SPACE: ' ',
  NEWLINE: '\\n',
  COMMA: ',',
  COMMENT: '//',
  DOC_COMMENT: '///',
  AT: '@',
  STRING: '"',
  TEXT_BLOCK: '"""',
  COLON: ':',
  WALRUS: ':=',
  IDENTIFIER: '',
  DOT: '.',
  POUND: '#',
  DOLLAR: '$',
  NUMBER: '',
  LBRACE: '{',
  RBRACE: '}',
  LBRACKET: '[',
  RBRACKET: ']',
  LPAREN: '(',
  RPAREN: ')',
  EQUAL: '=',
  EOF: '',
  ERROR: '',
};

/** Whitespace that carries no meaning between most productions (doc comments are not). */
export function isWhitespace(kind: TokenKind): boolean {
  return kind === 'SPACE' || kind === 'NEWLINE' || kind === 'COMMA' || kind === 'COMMENT';
}

/** `COLON(':')` for a kind, or `IDENTIFIER('foo')` for a concrete lexeme. */
export function describeToken(kind: TokenKind, lexeme: string = EXAMPLES[kind]): string {
  return lexeme.length > 0 ? `${kind}('${lexeme}')` : kind;
}

export interface Token {
  readonly kind: TokenKind;
  /** Offsets into the source text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  /** Decoded contents of STRING and TEXT_BLOCK tokens. */
  readonly text?: string;
  /** Why an ERROR token is an error, and where exactly it was found. */
  readonly error?: { readonly message: string; readonly line: number; readonly column: number };
}
