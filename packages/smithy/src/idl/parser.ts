/**
 * @module The IDL statement parser: control section (`$version`, `$operationInputSuffix`, ...),
 * metadata, `namespace`, `use`, shapes, `apply`. It follows the order and whitespace rules of the
 * Smithy 2.0 grammar (and accepts 1.0 files, rejecting 2.0-only syntax in them), reports every
 * error with a location and a hint, and recovers at the next statement so one mistake does not
 * hide the rest. The result is a `Fragment` whose references are resolved later by the loader.
 */
import type { ShapeType, SourceLocation, ValidationEvent } from '../model/shapes.js';
import type {
  ApplyDecl,
  Fragment,
  IdlVersion,
  MetadataDecl,
  ShapeDecl,
  TraitDecl,
} from '../loader/fragment.js';
import { IdlSyntaxError, TokenCursor } from './cursor.js';
import { tokenize } from './lexer.js';
import { NodeParser } from './node-parser.js';
import { danglingDocsEvent, type ParseState } from './parse-state.js';
import { parseShapeBody } from './shape-body.js';
import { syntaxEvent, warningEvent } from '../events.js';
import { SHAPE_TYPES, isShapeType } from '../model/shape-types.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

const RECOVERY_TOKENS = new Set(['IDENTIFIER', 'DOC_COMMENT', 'AT', 'DOLLAR']);

/** Parses one `.smithy` file. Never throws for bad input: problems are in `events`. */
export function parseIdl(filename: string, source: string): Fragment {
  // Editors on Windows may save a byte-order mark; it is not part of the model.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return new IdlParser(filename, text).parse();
}

class IdlParser implements ParseState {
  readonly cursor: TokenCursor;
  readonly nodes: NodeParser;
  version: IdlVersion = '1.0';
  namespace = '';
  inputSuffix = 'Input';
  outputSuffix = 'Output';
  readonly shapes: ShapeDecl[] = [];
  readonly events: ValidationEvent[] = [];
  private readonly uses = new Map<string, string>();
  private readonly useLocations = new Map<string, SourceLocation>();
  private readonly metadata: MetadataDecl[] = [];
  private readonly applies: ApplyDecl[] = [];

  constructor(
    readonly filename: string,
    source: string,
  ) {
    this.cursor = new TokenCursor(filename, source, tokenize(source), (docs) =>
      this.events.push(danglingDocsEvent(docs.location, docs.text)),
    );
    this.nodes = new NodeParser(this.cursor);
  }

  report(message: string, location: SourceLocation, hint: string, shapeId?: string): void {
    this.events.push(syntaxEvent(message, location, hint, shapeId, false));
  }

  parse(): Fragment {
    try {
      this.cursor.skipWsAndDocs();
      this.controlSection();
      this.cursor.skipWsAndDocs();
      this.metadataSection();
      this.shapeSection();
    } catch (e) {
      if (!(e instanceof IdlSyntaxError)) throw e;
      this.events.push(syntaxEvent(e.message, e.location, e.hint, e.shapeId, e.syntax));
    }
    return {
      filename: this.filename,
      version: this.version,
      namespace: this.namespace || undefined,
      uses: this.uses,
      useLocations: this.useLocations,
      metadata: this.metadata,
      shapes: this.shapes,
      applies: this.applies,
      events: this.events,
    };
  }

  /** Records the error and skips to the next token that starts a line and can start a statement. */
  private recover(e: unknown): void {
    if (!(e instanceof IdlSyntaxError)) throw e;
    const c = this.cursor;
    if (c.atEof()) throw e;
    this.events.push(syntaxEvent(e.message, e.location, e.hint, e.shapeId, e.syntax));
    do {
      c.next();
      if (c.token.column === 1 && RECOVERY_TOKENS.has(c.kind)) break;
    } while (!c.atEof());
  }

  private controlSection(): void {
    const c = this.cursor;
    const seen = new Set<string>();
    while (c.at('DOLLAR')) {
      try {
        c.next();
        const { text: key } = c.takeKey();
        c.skipSpaces();
        c.expect('COLON');
        c.next();
        c.skipSpaces();
        if (seen.has(key)) {
          throw c.error(
            `Duplicate control statement \`${key}\``,
            `Remove the second \`$${key}\` statement.`,
          );
        }
        seen.add(key);
        const location = c.location;
        const value = this.nodes.node();
        this.control(key, value, location);
        c.expectAndSkipBr();
      } catch (e) {
        this.recover(e);
      }
    }
  }

  private control(key: string, value: unknown, location: SourceLocation): void {
    const c = this.cursor;
    if (key === 'version') {
      if (typeof value !== 'string') {
        throw new IdlSyntaxError(
          `The $version control statement must have a string value, but found ${String(value)}`,
          location,
          'Quote the version: `$version: "2.0"`.',
          undefined,
          false,
        );
      }
      if (value === '1' || value === '1.0') this.version = '1.0';
      else if (value === '2' || value === '2.0') this.version = '2.0';
      else {
        throw new IdlSyntaxError(
          `Unsupported Smithy version number: ${value}`,
          c.location,
          'Use `$version: "2.0"`.',
        );
      }
    } else if (key === 'operationInputSuffix' || key === 'operationOutputSuffix') {
      if (typeof value !== 'string') {
        throw new IdlSyntaxError(
          `Expected a string value for $${key}`,
          location,
          'Quote the suffix, e.g. `"Request"`.',
          undefined,
          false,
        );
      }
      if (key === 'operationInputSuffix') this.inputSuffix = value;
      else this.outputSuffix = value;
    } else {
      this.events.push(
        warningEvent(
          'Model',
          `Unknown control statement \`${key}\` with value \`${JSON.stringify(value) ?? ''}\``,
          location,
          'Known control statements are $version, $operationInputSuffix and $operationOutputSuffix.',
        ),
      );
    }
  }

  private metadataSection(): void {
    const c = this.cursor;
    while (c.isLexeme('metadata')) {
      try {
        c.next();
        c.expectAndSkipSpaces();
        const { text: key, location } = c.takeKey();
        c.skipSpaces();
        c.expect('EQUAL');
        c.next();
        c.skipSpaces();
        const value = this.nodes.node();
        this.metadata.push({ key, value, location });
        c.expectAndSkipBr();
        c.skipWsAndDocs();
      } catch (e) {
        this.recover(e);
      }
    }
  }

  private shapeSection(): void {
    const c = this.cursor;
    if (!c.isLexeme('namespace')) {
      if (!c.atEof()) {
        throw new IdlSyntaxError(
          `Expected a namespace definition but found ${c.describe()}`,
          c.location,
          'Shapes, traits and `use` statements come after `namespace <name>`; control statements and metadata come before it.',
        );
      }
      return;
    }
    c.next();
    c.expectAndSkipSpaces();
    this.namespace = this.nodes.namespace();
    c.expectAndSkipBr();
    const firstDocsLocation = c.location;
    c.skipWsAndDocs();
    this.useSection();
    if (!c.atEof()) {
      try {
        c.skipWsAndDocs();
        const docs = c.takeDocs();
        const traits = this.docsAndTraits(false);
        if (docs !== undefined) traits.push(docTrait(docs, firstDocsLocation));
        if (this.hasStatement(traits, docs !== undefined)) this.shapeOrApply(traits);
      } catch (e) {
        this.recover(e);
      }
    }
    while (!c.atEof()) {
      try {
        const hasDocs = c.at('DOC_COMMENT');
        const traits = this.docsAndTraits(false);
        if (this.hasStatement(traits, hasDocs)) this.shapeOrApply(traits);
      } catch (e) {
        this.recover(e);
      }
    }
  }

  private useSection(): void {
    const c = this.cursor;
    while (c.isLexeme('use')) {
      try {
        c.next();
        c.expectAndSkipSpaces();
        const location = c.location;
        const id = this.nodes.absoluteShapeId();
        if (id.includes('$')) {
          throw new IdlSyntaxError(
            'Use statements cannot use members',
            location,
            'Import the shape (`use ns#Shape`) and refer to `Shape$member`.',
            undefined,
            false,
          );
        }
        const name = id.slice(id.indexOf('#') + 1);
        const previous = this.uses.get(name);
        if (previous !== undefined) {
          throw new IdlSyntaxError(
            `Cannot use name \`${id}\` because it conflicts with \`${previous}\``,
            location,
            'Remove one of the two `use` statements and refer to the other shape by its absolute id.',
            undefined,
            false,
          );
        }
        this.uses.set(name, id);
        this.useLocations.set(id, location);
        c.expectAndSkipBr();
        c.skipWsAndDocs();
      } catch (e) {
        this.recover(e);
      }
    }
  }

  /** Documentation comments, then traits, before a shape or member. */
  docsAndTraits(member: boolean): TraitDecl[] {
    const c = this.cursor;
    c.skipWs();
    let docs: TraitDecl | undefined;
    if (c.at('DOC_COMMENT')) {
      const location = c.location;
      c.skipWsAndDocs();
      const text = c.takeDocs();
      if (text !== undefined) docs = docTrait(text, location);
    } else {
      c.skipWsAndDocs();
    }
    const traits = this.nodes.traits();
    if (docs) traits.push(docs);
    c.skipWsAndDocs();
    if (member) c.dropDocs();
    return traits;
  }

  private hasStatement(traits: TraitDecl[], hasDocs: boolean): boolean {
    if (!this.cursor.atEof()) return true;
    if (hasDocs && traits.length === 1) {
      this.events.push(danglingDocsEvent(this.cursor.location, String(traits[0]!.value)));
      return false;
    }
    return traits.length > 0;
  }

  private shapeOrApply(traits: TraitDecl[]): void {
    const c = this.cursor;
    const location = c.location;
    c.expect('IDENTIFIER');
    const keyword = c.lexeme;
    if (keyword === 'apply') {
      this.apply(traits);
      return;
    }
    if (!isShapeType(keyword)) {
      throw c.error(`Unknown shape type: ${keyword}`, unknownShapeTypeHint(keyword));
    }
    const type = keyword as ShapeType;
    c.next();
    c.expectAndSkipSpaces();
    const nameLocation = c.location;
    c.expect('IDENTIFIER');
    const name = c.lexeme;
    const imported = this.uses.get(name);
    if (imported !== undefined) {
      throw new IdlSyntaxError(
        `Shape name \`${name}\` conflicts with imported shape \`${imported}\``,
        nameLocation,
        `Rename the shape or remove \`use ${imported}\`.`,
        undefined,
        false,
      );
    }
    c.next();
    const id = `${this.namespace}#${name}`;
    this.checkVersion(type, id, location);
    const shape = parseShapeBody(this, { id, type, location, traits, nameLocation });
    this.shapes.push(shape);
    c.expectAndSkipBr();
  }

  private checkVersion(type: ShapeType, id: string, location: SourceLocation): void {
    if (this.version === '1.0' && (type === 'enum' || type === 'intEnum')) {
      this.report(
        `${type} shapes cannot be used in Smithy version 1.0`,
        location,
        'Set `$version: "2.0"` at the top of the file.',
        id,
      );
    }
    if (this.version === '2.0' && type === 'set') {
      this.report(
        'set shapes cannot be used in Smithy version 2.0',
        location,
        'Use a `list` with the `@uniqueItems` trait instead of a `set`.',
        id,
      );
    }
  }

  private apply(traits: TraitDecl[]): void {
    const c = this.cursor;
    const location = c.location;
    if (traits.some((t) => !isDocComment(t))) {
      throw c.error(
        'Traits applied to apply statement',
        'Move the traits inside the apply statement: `apply Shape @trait` or `apply Shape { @a @b }`.',
      );
    }
    c.next();
    c.expectAndSkipWhitespace();
    const targetLocation = c.location;
    const target = { text: this.nodes.shapeId(), location: targetLocation };
    c.expectAndSkipWhitespace();
    let applied: TraitDecl[];
    if (c.expect('AT', 'LBRACE') === 'AT') {
      applied = [this.nodes.trait()];
    } else {
      c.next();
      c.skipWsAndDocs();
      applied = this.nodes.traits();
      c.skipWsAndDocs();
      c.expect('RBRACE');
      c.next();
    }
    this.applies.push({ target, traits: applied, location });
    c.expectAndSkipBr();
  }
}

const DOC_COMMENT_MARK = Symbol('doc comment');

function docTrait(text: string, location: SourceLocation): TraitDecl {
  const trait = {
    name: { text: TRAIT_IDS.documentation, location },
    value: text,
    annotation: false,
    location,
    [DOC_COMMENT_MARK]: true,
  };
  return trait;
}

function isDocComment(trait: TraitDecl): boolean {
  return DOC_COMMENT_MARK in trait;
}

function unknownShapeTypeHint(word: string): string {
  if (word === 'use' || word === 'metadata' || word === 'namespace') {
    return `\`${word}\` statements must come before the first shape (order: $control, metadata, namespace, use, shapes).`;
  }
  if (word === 'with') return 'Put `with [...]` on the same line as the shape name.';
  const prefix = SHAPE_TYPES.find((t) => word.startsWith(t) && word.length > t.length);
  if (prefix) return `Put a space between \`${prefix}\` and the shape name.`;
  return `Use one of the shape types: ${SHAPE_TYPES.join(', ')}, or \`apply\`.`;
}
