/**
 * @module A cursor over the IDL tokens with the grammar's whitespace helpers (`ws`, `br`, spaces),
 * documentation-comment buffering and `expect`, raising `IdlSyntaxError`s that carry the exact
 * line and column of the offending token.
 */
import type { SourceLocation } from '../model/shapes.js';
import { describeToken, isWhitespace } from './tokens.js';
import type { Token, TokenKind } from './tokens.js';

/**
 * An error at a point in a file; `hint` says how to fix it. Grammar errors are `syntax` ones
 * (reported as Smithy does: "Syntax error at line L, column C: ..."); others, such as a duplicate
 * key, are reported with their plain message.
 */
export class IdlSyntaxError extends Error {
  constructor(
    message: string,
    readonly location: SourceLocation,
    readonly hint: string,
    readonly shapeId?: string,
    readonly syntax = true,
  ) {
    super(message);
  }
}

/** Documentation comments that precede nothing they could document. */
export interface DanglingDocs {
  readonly location: SourceLocation;
  readonly text: string;
}

export class TokenCursor {
  private index = 0;
  private docLines: string[] = [];

  constructor(
    readonly filename: string,
    readonly source: string,
    private readonly tokens: readonly Token[],
    private readonly onDanglingDocs: (docs: DanglingDocs) => void,
  ) {
    this.bufferDocs();
  }

  get token(): Token {
    return this.tokens[this.index]!;
  }

  get kind(): TokenKind {
    return this.token.kind;
  }

  get lexeme(): string {
    return this.source.slice(this.token.start, this.token.end);
  }

  get location(): SourceLocation {
    return { filename: this.filename, line: this.token.line, column: this.token.column };
  }

  /** True when the current token is `kind` (a method, so checks after `next()` are not narrowed away). */
  at(kind: TokenKind): boolean {
    return this.token.kind === kind;
  }

  /**
   * The key of a control or metadata statement or of a node object entry (an identifier or a
   * string), consumed, with where it was written.
   */
  takeKey(): { readonly text: string; readonly location: SourceLocation } {
    this.expect('IDENTIFIER', 'STRING');
    const text = this.at('STRING') ? (this.token.text ?? '') : this.lexeme;
    const location = this.location;
    this.next();
    return { text, location };
  }

  atEof(): boolean {
    return this.kind === 'EOF';
  }

  isLexeme(text: string): boolean {
    return this.kind === 'IDENTIFIER' && this.lexeme === text;
  }

  next(): Token {
    if (this.index < this.tokens.length - 1) {
      this.index++;
      this.bufferDocs();
    }
    return this.token;
  }

  private bufferDocs(): void {
    if (this.kind !== 'DOC_COMMENT') return;
    let text = this.lexeme.slice(3).replace(/\r?\n$|\r$/, '');
    if (text.startsWith(' ')) text = text.slice(1);
    this.docLines.push(text);
  }

  /** Takes the buffered documentation lines, joined by `\n`, or undefined if none. */
  takeDocs(): string | undefined {
    if (this.docLines.length === 0) return undefined;
    const text = this.docLines.join('\n');
    this.docLines = [];
    return text;
  }

  /** Documentation that is followed by something other than a shape or member is dropped. */
  dropDocs(location: SourceLocation = this.location): void {
    const text = this.takeDocs();
    if (text !== undefined) this.onDanglingDocs({ location, text });
  }

  skipSpaces(): void {
    while (this.kind === 'SPACE') this.next();
  }

  skipWs(): void {
    while (isWhitespace(this.kind)) this.next();
  }

  skipWsAndDocs(): void {
    while (isWhitespace(this.kind) || this.kind === 'DOC_COMMENT') this.next();
  }

  skipOptionalComma(): void {
    if (this.kind === 'COMMA') this.next();
  }

  expectAndSkipSpaces(): void {
    this.expect('SPACE');
    this.skipSpaces();
  }

  expectAndSkipWhitespace(): void {
    if (!isWhitespace(this.kind)) {
      throw this.error(
        `Expected one or more whitespace characters, but found ${this.describe()}`,
        'Separate the two parts with a space or a line break.',
      );
    }
    this.skipWsAndDocs();
  }

  /** The grammar's `br`: spaces, then a line break, comment or end of file. */
  expectAndSkipBr(): void {
    this.skipSpaces();
    this.dropDocs();
    if (this.kind === 'NEWLINE' || this.kind === 'COMMENT' || this.kind === 'DOC_COMMENT') {
      this.next();
      this.skipWs();
    } else if (this.kind !== 'EOF') {
      throw this.error(
        `Expected a line break, but found ${this.describe()}`,
        'Start the next statement on a new line.',
      );
    }
  }

  /** Asserts the current token is one of `kinds` and returns it (without advancing). */
  expect<K extends TokenKind>(...kinds: K[]): K {
    if ((kinds as TokenKind[]).includes(this.kind)) return this.kind as K;
    const err = this.token.error;
    if (err) {
      throw new IdlSyntaxError(
        err.message,
        { filename: this.filename, line: err.line, column: err.column },
        tokenErrorHint(err.message),
      );
    }
    const wanted =
      kinds.length === 1
        ? `Expected ${describeToken(kinds[0]!)}`
        : `Expected one of ${kinds.map((k) => describeToken(k)).join(', ')};`;
    throw this.error(`${wanted} but found ${this.describe()}`, expectHint(kinds, this.kind));
  }

  describe(): string {
    return describeToken(this.kind, this.kind === 'EOF' ? '' : this.lexeme);
  }

  error(message: string, hint: string, shapeId?: string, syntax = true): IdlSyntaxError {
    const err = this.token.error;
    if (this.kind === 'ERROR' && err) {
      const location = { filename: this.filename, line: err.line, column: err.column };
      return new IdlSyntaxError(err.message, location, tokenErrorHint(err.message), shapeId);
    }
    return new IdlSyntaxError(message, this.location, hint, shapeId, syntax);
  }
}

function expectHint(kinds: TokenKind[], found: TokenKind): string {
  const closers: Partial<Record<TokenKind, string>> = {
    RBRACE: '}',
    RBRACKET: ']',
    RPAREN: ')',
  };
  const closer = kinds.length === 1 ? closers[kinds[0]!] : undefined;
  if (closer && found === 'EOF') {
    return `Add the missing \`${closer}\`: a block opened earlier is never closed.`;
  }
  if (kinds.includes('COLON') && found === 'WALRUS') {
    return 'Use `:` here; `:=` only defines an operation input or output inline.';
  }
  if (kinds.includes('IDENTIFIER') && (found === 'NEWLINE' || found === 'COMMENT')) {
    return 'Keep the whole name on one line.';
  }
  if (kinds.length === 1 && kinds[0] === 'SPACE') {
    return 'Put exactly one space (not a line break) between the keyword and the name.';
  }
  return `Write ${kinds.map((k) => describeToken(k)).join(' or ')} here; check the statement against the Smithy IDL grammar.`;
}

function tokenErrorHint(message: string): string {
  if (message.startsWith("Expected: '\"'")) {
    return 'Close the string with a matching `"` (or `"""` for a text block).';
  }
  if (message.includes('escape')) {
    return 'Use one of the escapes \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX (four hex digits).';
  }
  if (message.startsWith('Error parsing text block')) {
    return 'A text block starts with `"""` followed by a line break and ends with `"""`.';
  }
  if (message.startsWith('Invalid number')) {
    return 'Write numbers as JSON does: -12, 1.5, 2e10.';
  }
  if (message.startsWith('Unexpected character') || message.includes('identifier character')) {
    return 'Identifiers use letters, digits and `_`; quote other text as a string.';
  }
  return 'Check the syntax near this position.';
}
