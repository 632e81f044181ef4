/**
 * @module A JSON parser for Smithy JSON AST files that keeps what `JSON.parse` loses: numbers
 * beyond 2^53 stay exact (`BigNumberValue`), and every value knows its line and column so load
 * errors in `.json` models point at the right place. Errors are `JsonSyntaxError`s, never crashes.
 */
import { parseNumberLiteral } from '../model/numbers.js';
import type { NodeValue, SourceLocation } from '../model/shapes.js';
import { SIMPLE_ESCAPES } from './string-escapes.js';

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly location: SourceLocation,
  ) {
    super(message);
  }
}

/** Source positions of values, keyed by the value's JSON pointer (`/shapes/a.b#C/type`). */
export type JsonLocations = Map<string, SourceLocation>;

export interface ParsedJson {
  readonly value: NodeValue;
  readonly locations: JsonLocations;
}

const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJson(filename: string, text: string): ParsedJson {
  const parser = new JsonParser(filename, text);
  const value = parser.document();
  return { value, locations: parser.locations };
}

/** Escapes a key for use in a JSON pointer. */
export function pointerKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

class JsonParser {
  readonly locations: JsonLocations = new Map();
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private depth = 0;

  constructor(
    private readonly filename: string,
    private readonly text: string,
  ) {}

  document(): NodeValue {
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.ws();
    const value = this.value('');
    this.ws();
    if (this.pos < this.text.length) this.fail('Unexpected text after the JSON value');
    return value;
  }

  private here(): SourceLocation {
    return { filename: this.filename, line: this.line, column: this.pos - this.lineStart + 1 };
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, this.here());
  }

  private ws(): void {
    for (;;) {
      const c = this.text[this.pos];
      if (c === '\n') {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === ' ' || c === '\t' || c === '\r') {
        this.pos++;
      } else {
        return;
      }
    }
  }

  private value(pointer: string): NodeValue {
    this.locations.set(pointer, this.here());
    const c = this.text[this.pos];
    if (c === '{') return this.object(pointer);
    if (c === '[') return this.array(pointer);
    if (c === '"') return this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail(
      c === undefined ? 'Unexpected end of JSON input' : `Unexpected character '${c}'`,
    );
  }

  private nest(): void {
    if (++this.depth > MAX_DEPTH) this.fail(`JSON nests deeper than ${MAX_DEPTH} levels`);
  }

  private object(pointer: string): NodeValue {
    this.nest();
    this.pos++;
    const entries = new Map<string, NodeValue>();
    this.ws();
    if (this.text[this.pos] === '}') {
      this.pos++;
      this.depth--;
      return {};
    }
    for (;;) {
      this.ws();
      if (this.text[this.pos] !== '"') this.fail('Expected a string key in the JSON object');
      const keyLocation = this.here();
      const key = this.string();
      if (entries.has(key)) {
        throw new JsonSyntaxError(`Duplicate key '${key}' in the JSON object`, keyLocation);
      }
      this.ws();
      if (this.text[this.pos] !== ':') this.fail("Expected ':' after the key");
      this.pos++;
      this.ws();
      entries.set(key, this.value(`${pointer}/${pointerKey(key)}`));
      if (this.closes('}', 'object')) break;
    }
    this.depth--;
    return Object.fromEntries(entries);
  }

  /** After an item: true at the closing `close`, false after a comma; anything else fails. */
  private closes(close: '}' | ']', container: 'object' | 'array'): boolean {
    this.ws();
    const c = this.text[this.pos];
    this.pos++;
    if (c === close) return true;
    if (c !== ',') {
      this.pos--;
      this.fail(`Expected ',' or '${close}' in the JSON ${container}`);
    }
    return false;
  }

  private array(pointer: string): NodeValue {
    this.nest();
    this.pos++;
    const items: NodeValue[] = [];
    this.ws();
    if (this.text[this.pos] === ']') {
      this.pos++;
      this.depth--;
      return items;
    }
    for (;;) {
      this.ws();
      items.push(this.value(`${pointer}/${items.length}`));
      if (this.closes(']', 'array')) break;
    }
    this.depth--;
    return items;
  }

  private string(): string {
    const start = this.pos;
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === '\n') this.fail('Unterminated JSON string');
      this.pos++;
      if (c === '"') return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.text[this.pos++];
      const simple = e === undefined ? undefined : SIMPLE_ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos, this.pos + 4))) {
        out += String.fromCharCode(parseInt(this.text.slice(this.pos, this.pos + 4), 16));
        this.pos += 4;
      } else {
        this.pos = start;
        this.fail('Invalid escape in JSON string');
      }
    }
  }

  private number(): NodeValue {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('Invalid JSON number');
    this.pos += match[0].length;
    return parseNumberLiteral(match[0]);
  }
}
