/**
 * @module Parses the `{ ... }` body of service and resource shapes: a node object whose
 * properties (`version`, `operations`, `identifiers`, `read`, ...) become shape references.
 */
import type { SourceLocation } from '../model/shapes.js';
import { SyntacticShapeId, isNodeObject } from '../loader/fragment.js';
import type { ParsedNode, Ref, ShapeDecl } from '../loader/fragment.js';
import { warningEvent } from '../events.js';
import { IdlSyntaxError } from './cursor.js';
import type { ParseState } from './parse-state.js';

export function propertyBlock(state: ParseState, shape: ShapeDecl, known: readonly string[]): void {
  const { cursor: c } = state;
  c.skipWsAndDocs();
  c.expect('LBRACE');
  const location = c.location;
  const body = state.nodes.node();
  if (!isNodeObject(body)) return;
  const props = shape.properties;
  for (const [key, value] of Object.entries(body)) {
    if (!known.includes(key)) {
      state.events.push(
        warningEvent(
          'Model',
          `Unknown property \`${key}\` for ${shape.type} \`${shape.id}\``,
          location,
          `Valid ${shape.type} properties are: ${known.join(', ')}.`,
        ),
      );
      continue;
    }
    const where = `property \`${key}\` of \`${shape.id}\``;
    switch (key) {
      case 'version':
        if (typeof value !== 'string') throw propertyError(where, 'a string', location);
        props.version = value;
        break;
      case 'operations':
      case 'resources':
      case 'errors':
      case 'collectionOperations':
        props[key] = refList(value, where, location);
        break;
      case 'rename':
        props.rename = refEntries(value, where, location).map(([k, v]) => {
          if (typeof v !== 'string') throw propertyError(where, 'a map of strings', location);
          return [{ text: k, location }, v];
        });
        break;
      case 'identifiers':
      case 'properties':
        props[key] = refEntries(value, where, location).map(([k, v]) => [
          k,
          toRef(v, where, location),
        ]);
        if (key === 'properties' && state.version === '1.0') {
          throw new IdlSyntaxError(
            'Resource properties can only be used with Smithy version 2 or later. ' +
              'Attempted to use resource properties with version `1.0`.',
            location,
            'Set `$version: "2.0"` at the top of the file.',
            shape.id,
          );
        }
        break;
      default:
        props[key as 'create'] = toRef(value, where, location);
    }
  }
}

function toRef(value: ParsedNode, where: string, location: SourceLocation): Ref {
  if (value instanceof SyntacticShapeId) return { text: value.text, location: value.location };
  if (typeof value === 'string') return { text: value, location };
  throw propertyError(where, 'a shape id', location);
}

function refList(value: ParsedNode, where: string, location: SourceLocation): Ref[] {
  if (!Array.isArray(value)) throw propertyError(where, 'a list of shape ids', location);
  return (value as ParsedNode[]).map((v) => toRef(v, where, location));
}

function refEntries(
  value: ParsedNode,
  where: string,
  location: SourceLocation,
): [string, ParsedNode][] {
  if (!isNodeObject(value)) throw propertyError(where, 'an object', location);
  return Object.entries(value);
}

function propertyError(where: string, expected: string, location: SourceLocation): IdlSyntaxError {
  return new IdlSyntaxError(
    `Expected ${where} to be ${expected}`,
    location,
    `Write ${where} as ${expected}.`,
    undefined,
    false,
  );
}
