/**
 * @module Parses what follows a shape's name: `for Resource`, `with [Mixins]`, the member block of
 * aggregates and enums (with `= default` / `= value` sugar and `$member` elision), and operation
 * bodies with inline `:=` input and output; service and resource bodies are in `property-block`.
 */
import type { ShapeType, SourceLocation } from '../model/shapes.js';
import type { MemberDecl, ParsedNode, Ref, ShapeDecl, TraitDecl } from '../loader/fragment.js';
import { danglingDocsEvent } from './parse-state.js';
import { RESOURCE_PROPERTIES, SERVICE_PROPERTIES } from '../model/shape-properties.js';
import { propertyBlock } from './property-block.js';
import type { ParseState } from './parse-state.js';
import { UNIT_SHAPE_ID } from '../model/shape-ids.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

interface ShapeHead {
  readonly id: string;
  readonly type: ShapeType;
  readonly location: SourceLocation;
  readonly traits: TraitDecl[];
  readonly nameLocation: SourceLocation;
}

/** Parses the rest of a shape statement; the cursor is just after the shape name. */
export function parseShapeBody(state: ParseState, head: ShapeHead): ShapeDecl {
  const shape: ShapeDecl = {
    id: head.id,
    type: head.type,
    location: head.location,
    traits: head.traits,
    mixins: [],
    members: [],
    properties: {},
  };
  switch (head.type) {
    case 'list':
    case 'set':
    case 'map':
    case 'structure':
    case 'union':
      return aggregate(state, shape);
    case 'enum':
    case 'intEnum':
      mixins(state, shape);
      enumMembers(state, shape);
      return shape;
    case 'service':
    case 'resource':
      mixins(state, shape);
      propertyBlock(
        state,
        shape,
        head.type === 'service' ? SERVICE_PROPERTIES : RESOURCE_PROPERTIES,
      );
      return shape;
    case 'operation':
      mixins(state, shape);
      operationBody(state, shape);
      return shape;
    default:
      mixins(state, shape);
      return shape;
  }
}

function aggregate(state: ParseState, shape: ShapeDecl): ShapeDecl {
  const { cursor: c } = state;
  c.skipSpaces();
  if (c.isLexeme('for')) {
    if (state.version === '1.0') {
      throw c.error(
        'Structures can only be bound to resources with Smithy version 2 or later. ' +
          'Attempted to bind a structure to a resource with version `1.0`.',
        'Set `$version: "2.0"` at the top of the file.',
        shape.id,
      );
    }
    c.next();
    c.expectAndSkipSpaces();
    const location = c.location;
    (shape as { forResource?: Ref }).forResource = { text: state.nodes.shapeId(), location };
  }
  mixins(state, shape);
  members(state, shape);
  return shape;
}

function mixins(state: ParseState, shape: ShapeDecl): void {
  const { cursor: c } = state;
  c.skipSpaces();
  if (!c.isLexeme('with')) return;
  if (state.version === '1.0') {
    throw c.error(
      'Mixins can only be used with Smithy version 2 or later. ' +
        'Attempted to use mixins with version `1.0`.',
      'Set `$version: "2.0"` at the top of the file.',
      shape.id,
    );
  }
  c.next();
  c.skipWsAndDocs();
  c.expect('LBRACKET');
  c.next();
  c.skipWsAndDocs();
  do {
    const location = c.location;
    shape.mixins.push({ text: state.nodes.shapeId(), location });
    c.skipWsAndDocs();
  } while (!c.at('RBRACKET'));
  c.next();
}

function members(state: ParseState, shape: ShapeDecl): void {
  const { cursor: c } = state;
  c.skipWsAndDocs();
  c.dropDocs();
  c.expect('LBRACE');
  c.next();
  c.skipWs();
  const seen = new Set<string>();
  while (!c.atEof() && !c.at('RBRACE')) {
    member(state, shape, seen);
    c.skipWs();
  }
  c.expect('RBRACE');
  c.next();
}

function member(state: ParseState, shape: ShapeDecl, seen: Set<string>): void {
  const { cursor: c } = state;
  const traits = state.docsAndTraits(true);
  const location = c.location;
  const only = traits.length === 1 ? traits[0]! : undefined;
  if (c.at('RBRACE') && only?.name.text === TRAIT_IDS.documentation && !only.annotation) {
    state.events.push(danglingDocsEvent(only.location, String(only.value)));
    return;
  }
  const elided = c.at('DOLLAR');
  if (elided) c.next();
  c.expect('IDENTIFIER');
  const name = c.lexeme;
  if (seen.has(name)) {
    throw c.error(
      `Duplicate member of \`${shape.id}\`: '${name}'`,
      'Each member name may appear once; rename or remove one.',
      shape.id,
    );
  }
  seen.add(name);
  if (elided && state.version === '1.0') {
    throw c.error(
      'Members can only elide targets in IDL version 2 or later',
      'Set `$version: "2.0"` or write the target: `name: Target`.',
      `${shape.id}$${name}`,
    );
  }
  c.next();
  let target: Ref | undefined;
  if (!elided) {
    c.skipSpaces();
    c.expect('COLON');
    c.next();
    c.skipSpaces();
    const targetLocation = c.location;
    target = { text: state.nodes.shapeId(), location: targetLocation };
  }
  c.skipSpaces();
  if (c.at('EQUAL')) {
    if (state.version === '1.0') {
      throw c.error(
        '@default assignment is only supported in IDL version 2 or later',
        'Set `$version: "2.0"` at the top of the file.',
      );
    }
    traits.push(assignedTrait(state, TRAIT_IDS.default));
  }
  const decl: MemberDecl = target ? { name, target, traits, location } : { name, traits, location };
  shape.members.push(decl);
}

/**
 * The `= value` after a member name, cursor on the `=`, as the trait it stands for (`@default` on
 * structure members, `@enumValue` on enum members); the rest of the line is consumed.
 */
function assignedTrait(state: ParseState, traitId: string): TraitDecl {
  const { cursor: c } = state;
  const location = c.location;
  c.next();
  c.skipSpaces();
  const value = state.nodes.node();
  c.skipSpaces();
  c.skipOptionalComma();
  c.expectAndSkipBr();
  return builtinTrait(traitId, value, location);
}

function enumMembers(state: ParseState, shape: ShapeDecl): void {
  const { cursor: c } = state;
  c.skipWsAndDocs();
  c.expect('LBRACE');
  c.next();
  c.skipWs();
  const seen = new Set<string>();
  while (!c.atEof() && !c.at('RBRACE')) {
    const traits = state.docsAndTraits(true);
    const location = c.location;
    c.expect('IDENTIFIER');
    const name = c.lexeme;
    if (seen.has(name)) {
      throw c.error(
        `Found conflicting member name, \`${name}\``,
        'Each enum member name may appear once; rename or remove one.',
        shape.id,
      );
    }
    seen.add(name);
    c.next();
    c.skipSpaces();
    if (c.at('EQUAL')) {
      traits.push(assignedTrait(state, TRAIT_IDS.enumValue));
    } else {
      c.skipWs();
    }
    const target = { text: UNIT_SHAPE_ID, location };
    shape.members.push({ name, target, traits, location });
  }
  c.expect('RBRACE');
  c.next();
}

function builtinTrait(id: string, value: ParsedNode, location: SourceLocation): TraitDecl {
  return { name: { text: id, location }, value, annotation: false, location };
}

function operationBody(state: ParseState, shape: ShapeDecl): void {
  const { cursor: c } = state;
  c.skipWsAndDocs();
  c.expect('LBRACE');
  c.next();
  c.skipWsAndDocs();
  const seen = new Set<string>();
  const name = shape.id.slice(shape.id.indexOf('#') + 1);
  while (!c.atEof() && !c.at('RBRACE')) {
    c.expect('IDENTIFIER');
    const key = c.lexeme;
    if (seen.has(key)) {
      throw c.error(
        `Duplicate operation ${key} property for \`${shape.id}\``,
        `Remove the second \`${key}\`.`,
        shape.id,
      );
    }
    seen.add(key);
    c.next();
    c.skipWsAndDocs();
    if (key === 'input' || key === 'output') {
      const inline = c.expect('COLON', 'WALRUS') === 'WALRUS';
      c.next();
      const suffix = key === 'input' ? state.inputSuffix : state.outputSuffix;
      shape.properties[key] = inline
        ? inlineStructure(state, shape, `${name}${suffix}`, key)
        : targetRef(state);
    } else if (key === 'errors') {
      c.expect('COLON');
      c.next();
      shape.properties.errors = idList(state);
    } else {
      throw c.error(
        `Unknown property ${key} for ${shape.id}`,
        'An operation body may contain `input`, `output` and `errors`.',
        shape.id,
      );
    }
    c.expectAndSkipWhitespace();
    c.skipWsAndDocs();
  }
  c.expect('RBRACE');
  c.next();
}

function targetRef(state: ParseState): Ref {
  state.cursor.skipWsAndDocs();
  const location = state.cursor.location;
  return { text: state.nodes.shapeId(), location };
}

function inlineStructure(
  state: ParseState,
  operation: ShapeDecl,
  name: string,
  role: 'input' | 'output',
): Ref {
  const { cursor: c } = state;
  if (state.version === '1.0') {
    throw c.error(
      'Inlined operation inputs and outputs can only be used with Smithy version 2 or later. ' +
        'Attempted to use inlined IO with version `1.0`.',
      'Set `$version: "2.0"`, or define the structure separately and write `input: Name`.',
      operation.id,
    );
  }
  c.takeDocs();
  c.skipWs();
  const traits = state.docsAndTraits(true);
  const location = c.location;
  traits.push({
    name: { text: `smithy.api#${role}`, location },
    value: null,
    annotation: true,
    location,
  });
  const id = `${state.namespace}#${name}`;
  const shape: ShapeDecl = {
    id,
    type: 'structure',
    location,
    traits,
    mixins: [],
    members: [],
    properties: {},
  };
  aggregate(state, shape);
  state.shapes.push(shape);
  return { text: id, location };
}

function idList(state: ParseState): Ref[] {
  const { cursor: c } = state;
  c.skipWsAndDocs();
  c.expect('LBRACKET');
  c.next();
  c.skipWsAndDocs();
  const refs: Ref[] = [];
  while (!c.atEof() && !c.at('RBRACKET')) {
    c.expect('IDENTIFIER');
    const location = c.location;
    refs.push({ text: state.nodes.shapeId(), location });
    c.skipWsAndDocs();
  }
  c.expect('RBRACKET');
  c.next();
  return refs;
}
