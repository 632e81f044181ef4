/**
 * @module Parser for the subset of the Smithy selector language that trait definitions and
 * model validators use: shape types and categories, attributes (`[id=...]`, `[trait|name]`,
 * comparisons), neighbours (`>`, `<`, `-[rel, ...]->` including `trait`, `bound` and
 * `instanceOperation`, `<-[rel]-`, `~>`) and the functions `:is`, `:not`, `:test`. Variables,
 * scoped attributes, `:root`, `:in`, `:topdown` and `:recursive` are reported as unsupported
 * rather than guessed at.
 */
import { SHAPE_TYPES } from '../../model/shape-types.js';

export type Step =
  | { readonly kind: 'type'; readonly name: string }
  | {
      readonly kind: 'attr';
      readonly path: readonly string[];
      readonly comparator?: string;
      readonly values?: readonly string[];
      readonly caseInsensitive?: boolean;
    }
  | {
      readonly kind: 'neighbor';
      readonly direction: 'forward' | 'reverse';
      readonly relationships: readonly string[];
    }
  | { readonly kind: 'recursive' }
  | { readonly kind: 'function'; readonly name: 'is' | 'not' | 'test'; readonly args: Selector[] };

/** A selector is a sequence of steps, each applied to the shapes the previous one produced. */
export type Selector = readonly Step[];

/** The selector text could not be parsed, or uses a feature this engine does not implement. */
export class SelectorError extends Error {
  override readonly name = 'SelectorError';
}

/** What a selector may name as a type: a shape type, `member`, or one of Smithy's groups. */
const TYPE_NAMES = new Set<string>([
  '*',
  ...SHAPE_TYPES,
  'member',
  'number',
  'simpleType',
  'collection',
  'aggregateType',
  'serviceType',
  'dataType',
]);

const COMPARATORS = [
  '{!=}',
  '{<<}',
  '{<}',
  '{=}',
  '!=',
  '^=',
  '$=',
  '*=',
  '?=',
  '>=',
  '<=',
  '=',
  '>',
  '<',
];

export function parseSelector(text: string): Selector {
  const parser = new Parser(text);
  const selector = parser.selector();
  parser.skipSpace();
  if (!parser.atEnd()) throw parser.fail(`Unexpected selector character: ${parser.peek()}`);
  return selector;
}

class Parser {
  #pos = 0;
  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.#pos >= this.text.length;
  }
  peek(offset = 0): string {
    return this.text[this.#pos + offset] ?? '';
  }
  fail(message: string): SelectorError {
    return new SelectorError(`${message} (at ${this.#pos} in \`${this.text}\`)`);
  }
  skipSpace(): void {
    while (/\s/.test(this.peek())) this.#pos++;
  }
  #eat(token: string): boolean {
    if (this.text.startsWith(token, this.#pos)) {
      this.#pos += token.length;
      return true;
    }
    return false;
  }
  #expect(token: string): void {
    if (!this.#eat(token)) throw this.fail(`Expected \`${token}\``);
  }

  /** Steps up to the end, or to a `,` or `)` closing a function argument. */
  selector(): Selector {
    const steps: Step[] = [];
    for (;;) {
      this.skipSpace();
      if (this.atEnd() || this.peek() === ',' || this.peek() === ')') break;
      steps.push(this.#step());
    }
    if (steps.length === 0) throw this.fail('Empty selector');
    return steps;
  }

  #step(): Step {
    const c = this.peek();
    if (this.#eat('~>')) return { kind: 'recursive' };
    if (this.#eat('>')) return { kind: 'neighbor', direction: 'forward', relationships: [] };
    if (this.#eat('-[')) {
      const relationships = this.#relationships();
      this.#expect(']->');
      return { kind: 'neighbor', direction: 'forward', relationships };
    }
    if (this.#eat('<-[')) {
      const relationships = this.#relationships();
      this.#expect(']-');
      return { kind: 'neighbor', direction: 'reverse', relationships };
    }
    if (this.#eat('<')) return { kind: 'neighbor', direction: 'reverse', relationships: [] };
    if (c === '[') return this.#attribute();
    if (this.#eat(':')) return this.#function();
    if (c === '$') throw this.fail('Selector variables are not supported');
    if (c === '*') {
      this.#pos++;
      return { kind: 'type', name: '*' };
    }
    const name = this.#identifier();
    if (!TYPE_NAMES.has(name)) throw this.fail(`Unknown shape type: ${name}`);
    return { kind: 'type', name };
  }

  #identifier(): string {
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.#pos));
    if (!match) throw this.fail(`Unexpected selector character: ${this.peek() || 'EOF'}`);
    this.#pos += match[0].length;
    return match[0];
  }

  #relationships(): string[] {
    return this.#commaSeparated(() => this.#identifier());
  }

  /** `item, item, ...` (at least one), with space allowed around each item. */
  #commaSeparated<T>(item: () => T): T[] {
    const items: T[] = [];
    do {
      this.skipSpace();
      items.push(item());
      this.skipSpace();
    } while (this.#eat(','));
    return items;
  }

  #function(): Step {
    const name = this.#identifier();
    if (name !== 'is' && name !== 'not' && name !== 'test') {
      throw this.fail(`The :${name} selector function is not supported`);
    }
    this.#expect('(');
    const args: Selector[] = [];
    do {
      args.push(this.selector());
      this.skipSpace();
    } while (this.#eat(','));
    this.#expect(')');
    if (name === 'not' && args.length !== 1) {
      throw this.fail('The :not function requires a single selector argument');
    }
    return { kind: 'function', name, args };
  }

  #attribute(): Step {
    this.#expect('[');
    this.skipSpace();
    if (this.peek() === '@') throw this.fail('Scoped attribute selectors are not supported');
    const path: string[] = [];
    do {
      path.push(this.#pathSegment());
    } while (this.#eat('|'));
    this.skipSpace();
    if (this.#eat(']')) return { kind: 'attr', path };
    const comparator = COMPARATORS.find((op) => this.#eat(op));
    if (!comparator) throw this.fail(`Unknown attribute comparator token '${this.peek()}'`);
    const values = this.#commaSeparated(() => this.#value());
    const caseInsensitive = this.#eat('i');
    this.skipSpace();
    this.#expect(']');
    return { kind: 'attr', path, comparator, values, caseInsensitive };
  }

  #pathSegment(): string {
    if (this.peek() === '(') {
      const end = this.text.indexOf(')', this.#pos);
      if (end === -1) throw this.fail('Expected `)`');
      const segment = this.text.slice(this.#pos, end + 1);
      this.#pos = end + 1;
      return segment;
    }
    // Unlike a value, a path segment never holds `$`, which would swallow a `$=` comparator.
    if (this.peek() === '"' || this.peek() === "'") return this.#value();
    const match = /^[A-Za-z0-9_.#-]+/.exec(this.text.slice(this.#pos));
    if (!match) throw this.fail(`Unexpected selector character: ${this.peek() || 'EOF'}`);
    this.#pos += match[0].length;
    return match[0];
  }

  #value(): string {
    const quote = this.peek();
    if (quote === '"' || quote === "'") {
      const end = this.text.indexOf(quote, this.#pos + 1);
      if (end === -1) throw this.fail(`Expected ${quote} to close a value`);
      const value = this.text.slice(this.#pos + 1, end);
      this.#pos = end + 1;
      return value;
    }
    const match = /^[A-Za-z0-9_.#$-]+/.exec(this.text.slice(this.#pos));
    if (!match) throw this.fail(`Unexpected selector character: ${this.peek() || 'EOF'}`);
    this.#pos += match[0].length;
    return match[0];
  }
}
