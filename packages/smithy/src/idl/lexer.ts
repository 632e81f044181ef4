/**
 * @module The IDL lexer: turns a whole `.smithy` file into tokens, whitespace and comments
 * included (the grammar gives line breaks meaning). It never throws: anything it cannot read
 * becomes an ERROR token that says why, and the parser reports it where it is met.
 */
import { StringContentError, decodeStringContents } from './string-contents.js';
import type { Token, TokenKind } from './tokens.js';

const IDENT_START = /[A-Za-z_]/;
const IDENT_CHAR = /[A-Za-z0-9_]/;
const DIGIT = /[0-9]/;

const SINGLE: Record<string, TokenKind> = {
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

/** Splits `source` into tokens; the last token is always EOF. */
export function tokenize(source: string): Token[] {
  return new Lexer(source).run();
}

class Lexer {
  private pos = 0;
  private line = 1;
  private column = 1;
  private readonly tokens: Token[] = [];

  constructor(private readonly src: string) {}

  run(): Token[] {
    for (;;) {
      const token = this.next();
      this.tokens.push(token);
      if (token.kind === 'EOF') return this.tokens;
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

  private next(): Token {
    const start = this.pos;
    const line = this.line;
    const column = this.column;
    const make = (kind: TokenKind, extra?: Partial<Token>): Token => ({
      kind,
      start,
      end: this.pos,
      line,
      column,
      ...extra,
    });
    const error = (message: string, at?: { line: number; column: number }): Token =>
      make('ERROR', { error: { message, line: at?.line ?? line, column: at?.column ?? column } });

    const c = this.peek();
    if (c === undefined) return make('EOF');
    if (c === ' ' || c === '\t') {
      while (this.peek() === ' ' || this.peek() === '\t') this.skip();
      return make('SPACE');
    }
    if (c === '\n' || c === '\r') {
      this.skip();
      return make('NEWLINE');
    }
    const single = SINGLE[c];
    if (single) {
      this.skip();
      return make(single);
    }
    if (c === ':') {
      this.skip();
      if (this.peek() === '=') {
        this.skip();
        return make('WALRUS');
      }
      return make('COLON');
    }
    if (c === '/') {
      this.skip();
      if (this.peek() !== '/') return error("Expected a '/' to follow '/' to form a comment.");
      this.skip();
      const kind: TokenKind = this.peek() === '/' ? 'DOC_COMMENT' : 'COMMENT';
      while (this.peek() !== undefined && this.peek() !== '\n' && this.peek() !== '\r') {
        this.skip();
      }
      this.skip(); // the line break belongs to the comment
      return make(kind);
    }
    if (c === '"') return this.string(make, error);
    if (c === '-' || DIGIT.test(c)) return this.number(make, error);
    if (IDENT_START.test(c)) return this.identifier(make, error);
    this.skip();
    return error(`Unexpected character: '${c}'`);
  }

  private number(make: (kind: TokenKind) => Token, error: (message: string) => Token): Token {
    const start = this.pos;
    const invalid = (why: string): Token =>
      error(`Invalid number '${this.src.slice(start, this.pos)}': ${why}`);
    const digits = (): number => {
      let n = 0;
      while (DIGIT.test(this.peek() ?? '')) {
        this.skip();
        n++;
      }
      return n;
    };
    if (this.peek() === '-') {
      this.skip();
      if (!DIGIT.test(this.peek() ?? '')) return invalid("'-' must be followed by a digit");
    }
    digits();
    if (this.peek() === '.') {
      this.skip();
      if (digits() === 0) return invalid("'.' must be followed by a digit");
    }
    if (this.peek() === 'e' || this.peek() === 'E') {
      this.skip();
      if (this.peek() === '+' || this.peek() === '-') this.skip();
      if (digits() === 0) return invalid("'e', '+', and '-' must be followed by a digit");
    }
    return make('NUMBER');
  }

  private identifier(
    make: (kind: TokenKind) => Token,
    error: (message: string, at?: { line: number; column: number }) => Token,
  ): Token {
    if (this.peek() === '_') {
      while (this.peek() === '_') this.skip();
      const c = this.peek();
      if (c === undefined || !IDENT_CHAR.test(c)) {
        const found = c === undefined ? '[EOF]' : c;
        return error(`Expected a valid identifier character, but found '${found}'`, {
          line: this.line,
          column: this.column,
        });
      }
    }
    this.skip();
    while (IDENT_CHAR.test(this.peek() ?? '')) this.skip();
    return make('IDENTIFIER');
  }

  private string(
    make: (kind: TokenKind, extra?: Partial<Token>) => Token,
    error: (message: string, at?: { line: number; column: number }) => Token,
  ): Token {
    this.skip();
    let textBlock = false;
    if (this.peek() === '"') {
      this.skip();
      if (this.peek() !== '"') return make('STRING', { text: '' });
      this.skip();
      textBlock = true;
    }
    const contentStart = this.pos;
    for (;;) {
      const c = this.peek();
      if (c === undefined) {
        return error(`Expected: '"', but found '[EOF]' (the string is never closed)`, {
          line: this.line,
          column: this.column,
        });
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
      return make(textBlock ? 'TEXT_BLOCK' : 'STRING', {
        text: decodeStringContents(raw, textBlock),
      });
    } catch (e) {
      if (!(e instanceof StringContentError)) throw e;
      const what = textBlock ? 'text block' : 'quoted string';
      return error(`Error parsing ${what}: ${e.message}`);
    }
  }
}
