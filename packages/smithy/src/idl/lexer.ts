/**
 * @module The IDL lexer: turns a whole `.smithy` file into tokens, whitespace and comments
 * included (the grammar gives line breaks meaning). It never throws: anything it cannot read
 * becomes an ERROR token that says why, and the parser reports it where it is met.
 */
import { StringContentError, decodeStringContents } from './string-contents.js';
import type { Token, TokenKind } from './tokens.js';

const SINGLE: Readonly<Record<string, TokenKind>> = {
  ',': 'COMMA',
  '@': 'AT',
  $: 'DOLLAR',
  '.': 'DOT',
  '{': 'LBRACE',
  '}': 'RBRACE',
  '[': 'LBRACKET',
  ']': 'RBRACKET',
  '(': 'LPAREN',
  ')': 'RPAREN',
  '#': 'POUND',
  '=': 'EQUAL',
};

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const isIdentChar = (c: string | undefined): boolean => isLetter(c) || isDigit(c) || c === '_';

/** Splits `source` into tokens; the last token is always EOF. */
export function tokenize(source: string): Token[] {
  return new Lexer(source).run();
}

interface Position {
  readonly line: number;
  readonly column: number;
}

class Lexer {
  private pos = 0;
  private line = 1;
  private column = 1;
  /** Where the token being read starts. */
  private start = 0;
  private startLine = 1;
  private startColumn = 1;

  constructor(private readonly src: string) {}

  run(): Token[] {
    const tokens: Token[] = [];
    for (;;) {
      this.start = this.pos;
      this.startLine = this.line;
      this.startColumn = this.column;
      const token = this.next();
      tokens.push(token);
      if (token.kind === 'EOF') return tokens;
    }
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  /** Advances one character (or one `\r\n` pair), keeping line and column. */
  private skip(): void {
    const c = this.src[this.pos];
    if (c === undefined) return;
    this.pos++;
    if (c === '\r' && this.src[this.pos] === '\n') this.pos++;
    if (c === '\n' || c === '\r') {
      this.line++;
      this.column = 1;
    } else {
      this.column++;
    }
  }

  private make(kind: TokenKind, text?: string): Token {
    const token = {
      kind,
      start: this.start,
      end: this.pos,
      line: this.startLine,
      column: this.startColumn,
    };
    return text === undefined ? token : { ...token, text };
  }

  /** An ERROR token; the error is located at the token start unless `at` says otherwise. */
  private error(message: string, at?: Position): Token {
    const line = at?.line ?? this.startLine;
    const column = at?.column ?? this.startColumn;
    return { ...this.make('ERROR'), error: { message, line, column } };
  }

  private here(): Position {
    return { line: this.line, column: this.column };
  }

  private next(): Token {
    const c = this.peek();
    if (c === undefined) return this.make('EOF');
    if (c === ' ' || c === '\t') {
      while (this.peek() === ' ' || this.peek() === '\t') this.skip();
      return this.make('SPACE');
    }
    if (c === '\n' || c === '\r') {
      this.skip();
      return this.make('NEWLINE');
    }
    const single = SINGLE[c];
    if (single) {
      this.skip();
      return this.make(single);
    }
    if (c === ':') {
      this.skip();
      if (this.peek() !== '=') return this.make('COLON');
      this.skip();
      return this.make('WALRUS');
    }
    if (c === '/') return this.comment();
    if (c === '"') return this.string();
    if (c === '-' || isDigit(c)) return this.number();
    if (isLetter(c) || c === '_') return this.identifier();
    this.skip();
    return this.error(`Unexpected character: '${c}'`);
  }

  private comment(): Token {
    this.skip();
    if (this.peek() !== '/') return this.error("Expected a '/' to follow '/' to form a comment.");
    this.skip();
    const kind: TokenKind = this.peek() === '/' ? 'DOC_COMMENT' : 'COMMENT';
    for (let c = this.peek(); c !== undefined && c !== '\n' && c !== '\r'; c = this.peek()) {
      this.pos++;
      this.column++;
    }
    this.skip(); // the line break belongs to the comment
    return this.make(kind);
  }

  private digits(): number {
    let n = 0;
    while (isDigit(this.peek())) {
      this.skip();
      n++;
    }
    return n;
  }

  private number(): Token {
    const invalid = (why: string): Token =>
      this.error(`Invalid number '${this.src.slice(this.start, this.pos)}': ${why}`);
    if (this.peek() === '-') {
      this.skip();
      if (!isDigit(this.peek())) return invalid("'-' must be followed by a digit");
    }
    this.digits();
    if (this.peek() === '.') {
      this.skip();
      if (this.digits() === 0) return invalid("'.' must be followed by a digit");
    }
    if (this.peek() === 'e' || this.peek() === 'E') {
      this.skip();
      if (this.peek() === '+' || this.peek() === '-') this.skip();
      if (this.digits() === 0) return invalid("'e', '+', and '-' must be followed by a digit");
    }
    return this.make('NUMBER');
  }

  private identifier(): Token {
    if (this.peek() === '_') {
      while (this.peek() === '_') this.skip();
      const c = this.peek();
      if (!isIdentChar(c)) {
        const found = c === undefined ? '[EOF]' : c;
        return this.error(
          `Expected a valid identifier character, but found '${found}'`,
          this.here(),
        );
      }
    }
    this.skip();
    while (isIdentChar(this.peek())) this.skip();
    return this.make('IDENTIFIER');
  }

  private string(): Token {
    this.skip();
    let textBlock = false;
    if (this.peek() === '"') {
      this.skip();
      if (this.peek() !== '"') return this.make('STRING', '');
      this.skip();
      textBlock = true;
    }
    const contentStart = this.pos;
    for (;;) {
      const c = this.peek();
      if (c === undefined) {
        return this.error(
          `Expected: '"', but found '[EOF]' (the string is never closed)`,
          this.here(),
        );
      }
      if (c === '"' && (!textBlock || (this.peek(1) === '"' && this.peek(2) === '"'))) break;
      this.skip();
      if (c === '\\') this.skip();
    }
    const raw = this.src.slice(contentStart, this.pos);
    this.skip();
    if (textBlock) {
      this.skip();
      this.skip();
    }
    try {
      return this.make(textBlock ? 'TEXT_BLOCK' : 'STRING', decodeStringContents(raw, textBlock));
    } catch (e) {
      if (!(e instanceof StringContentError)) throw e;
      return this.error(
        `Error parsing ${textBlock ? 'text block' : 'quoted string'}: ${e.message}`,
      );
    }
  }
}
