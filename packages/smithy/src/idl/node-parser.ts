/**
 * @module Parses the IDL's value productions: shape ids, node values (trait values, metadata,
 * defaults) and trait applications (`@name`, `@name(value)`, `@name(key: value, ...)`).
 */
import { parseNumberLiteral } from '../model/numbers.js';
import { SyntacticShapeId } from '../loader/fragment.js';
import type { ParsedNode, TraitDecl } from '../loader/fragment.js';
import type { SourceLocation } from '../model/shapes.js';
import { IdlSyntaxError } from './cursor.js';
import type { TokenCursor } from './cursor.js';

/** Deep enough for any real model, shallow enough that no input can exhaust the stack. */
const MAX_NESTING = 64;

export class NodeParser {
  private depth = 0;

  constructor(private readonly cursor: TokenCursor) {}

  /** `a.b.c` */
  namespace(): string {
    const c = this.cursor;
    const parts = [this.identifier()];
    while (c.at('DOT')) {
      c.next();
      parts.push(this.identifier());
    }
    return parts.join('.');
  }

  /** `ns#Name` or `ns#Name$member` */
  absoluteShapeId(): string {
    const ns = this.namespace();
    this.cursor.expect('POUND');
    this.cursor.next();
    return `${ns}#${this.relativeRoot()}`;
  }

  /** A relative or absolute shape id, optionally with `$member`. */
  shapeId(): string {
    const c = this.cursor;
    const ns = this.namespace();
    if (c.at('POUND')) {
      c.next();
      return `${ns}#${this.relativeRoot()}`;
    }
    return ns + this.memberSuffix();
  }

  private relativeRoot(): string {
    return this.identifier() + this.memberSuffix();
  }

  /** `$member` after a shape name, or nothing when no `$` follows. */
  private memberSuffix(): string {
    if (!this.cursor.at('DOLLAR')) return '';
    this.cursor.next();
    return `$${this.identifier()}`;
  }

  /** One identifier, consumed. */
  private identifier(): string {
    const c = this.cursor;
    c.expect('IDENTIFIER');
    const text = c.lexeme;
    c.next();
    return text;
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) {
      throw this.cursor.error(
        `Parser exceeded maximum allowed depth of ${MAX_NESTING}`,
        'Flatten the value: arrays and objects may nest at most 64 levels deep.',
      );
    }
  }

  private leave(): void {
    this.depth--;
  }

  /** Any node value; leaves the cursor after it. */
  node(): ParsedNode {
    const c = this.cursor;
    const location = c.location;
    const kind = c.expect('STRING', 'TEXT_BLOCK', 'NUMBER', 'IDENTIFIER', 'LBRACE', 'LBRACKET');
    switch (kind) {
      case 'STRING':
      case 'TEXT_BLOCK': {
        const text = c.token.text ?? '';
        c.next();
        return text;
      }
      case 'NUMBER': {
        const value = parseNumberLiteral(c.lexeme);
        c.next();
        return value;
      }
      case 'IDENTIFIER':
        return identifierNode(this.shapeId(), location);
      case 'LBRACE':
        return this.object();
      case 'LBRACKET':
        return this.array();
    }
  }

  private array(): ParsedNode[] {
    const c = this.cursor;
    this.enter();
    c.expect('LBRACKET');
    c.next();
    c.skipWsAndDocs();
    const items: ParsedNode[] = [];
    while (!c.at('RBRACKET')) {
      items.push(this.node());
      c.skipWsAndDocs();
    }
    c.next();
    this.leave();
    return items;
  }

  private object(): { [key: string]: ParsedNode } {
    const c = this.cursor;
    c.expect('LBRACE');
    c.next();
    c.skipWsAndDocs();
    this.enter();
    const entries = new Map<string, ParsedNode>();
    while (c.expect('RBRACE', 'STRING', 'IDENTIFIER') !== 'RBRACE') {
      this.entry(entries, 'Duplicate member', 'Each key may appear once in an object; remove one.');
    }
    c.next();
    this.leave();
    return Object.fromEntries(entries);
  }

  /** One `@trait` application, cursor on the `@`. */
  trait(): TraitDecl {
    const c = this.cursor;
    const location = c.location;
    c.expect('AT');
    c.next();
    const nameLocation = c.location;
    const name = { text: this.shapeId(), location: nameLocation };
    if (!c.at('LPAREN')) return { name, value: null, annotation: true, location };
    c.next();
    c.skipWsAndDocs();
    if (c.at('RPAREN')) {
      c.next();
      return { name, value: null, annotation: true, location };
    }
    const value = this.traitBody(location);
    c.skipWsAndDocs();
    c.expect('RPAREN');
    c.next();
    return { name, value, annotation: false, location };
  }

  /** Traits before a shape or member, or inside an `apply` block. */
  traits(): TraitDecl[] {
    const result: TraitDecl[] = [];
    while (this.cursor.at('AT')) {
      result.push(this.trait());
      this.cursor.skipWsAndDocs();
    }
    return result;
  }

  private traitBody(location: SourceLocation): ParsedNode {
    const c = this.cursor;
    const kind = c.expect('LBRACE', 'LBRACKET', 'TEXT_BLOCK', 'STRING', 'NUMBER', 'IDENTIFIER');
    switch (kind) {
      case 'LBRACE':
      case 'LBRACKET':
      case 'TEXT_BLOCK':
      case 'NUMBER': {
        const value = this.node();
        c.skipWsAndDocs();
        return value;
      }
      case 'STRING': {
        const text = c.token.text ?? '';
        c.next();
        c.skipWsAndDocs();
        if (!c.at('COLON')) return text;
        c.next();
        c.skipWsAndDocs();
        return this.structuredTrait(text);
      }
      case 'IDENTIFIER': {
        const id = this.shapeId();
        c.skipWsAndDocs();
        if (c.at('RPAREN') || /[.$#]/.test(id)) return identifierNode(id, location);
        c.expect('COLON');
        c.next();
        c.skipWsAndDocs();
        return this.structuredTrait(id);
      }
    }
  }

  /** `key: value, key: value` up to (not including) the `)`. */
  private structuredTrait(firstKey: string): ParsedNode {
    const c = this.cursor;
    this.enter();
    const entries = new Map<string, ParsedNode>([[firstKey, this.node()]]);
    c.skipWsAndDocs();
    while (!c.at('RPAREN')) {
      c.expect('IDENTIFIER', 'STRING');
      this.entry(
        entries,
        'Duplicate member of trait',
        'Each trait property may appear once; remove one.',
      );
    }
    this.leave();
    return Object.fromEntries(entries);
  }

  /**
   * One `key: value` entry into `entries`, cursor on the key (a string or an identifier). A key
   * met twice is an error: `duplicate` names the problem, `hint` says how to fix it.
   */
  private entry(entries: Map<string, ParsedNode>, duplicate: string, hint: string): void {
    const c = this.cursor;
    const { text: key, location: keyLocation } = c.takeKey();
    c.skipWsAndDocs();
    c.expect('COLON');
    c.next();
    c.skipWsAndDocs();
    const value = this.node();
    if (entries.has(key)) {
      throw new IdlSyntaxError(`${duplicate}: '${key}'`, keyLocation, hint, undefined, false);
    }
    entries.set(key, value);
    c.skipWsAndDocs();
  }
}

function identifierNode(text: string, location: SourceLocation): ParsedNode {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  return new SyntacticShapeId(text, location);
}
