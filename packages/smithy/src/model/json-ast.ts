/**
 * @module Serialises resolved shapes as Smithy JSON AST. Mixins are written as references and
 * members and traits in their flattened form, so loading the output again yields the same model.
 */
import type { Member, NodeValue, Shape, Traits } from './shapes.js';

type JsonObject = Record<string, NodeValue>;

export function shapeToJsonAst(shape: Shape): JsonObject {
  const out: JsonObject = { type: shape.type };
  if (shape.mixins.length > 0) out.mixins = shape.mixins.map((target) => ({ target }));
  switch (shape.type) {
    case 'list':
    case 'set':
      out.member = memberAst(shape.member);
      break;
    case 'map':
      out.key = memberAst(shape.key);
      out.value = memberAst(shape.value);
      break;
    case 'structure':
    case 'union':
    case 'enum':
    case 'intEnum':
      out.members = Object.fromEntries(
        [...shape.members.values()].map((m) => [m.name, memberAst(m)]),
      );
      break;
    case 'service':
      if (shape.version !== undefined) out.version = shape.version;
      if (shape.operations.length > 0) out.operations = targets(shape.operations);
      if (shape.resources.length > 0) out.resources = targets(shape.resources);
      if (shape.errors.length > 0) out.errors = targets(shape.errors);
      if (Object.keys(shape.rename).length > 0) out.rename = { ...shape.rename };
      break;
    case 'resource': {
      const ids = Object.entries(shape.identifiers);
      if (ids.length > 0)
        out.identifiers = Object.fromEntries(ids.map(([k, v]) => [k, { target: v }]));
      const props = Object.entries(shape.properties);
      if (props.length > 0)
        out.properties = Object.fromEntries(props.map(([k, v]) => [k, { target: v }]));
      for (const key of ['put', 'create', 'read', 'update', 'delete', 'list'] as const) {
        const value = shape[key];
        if (value !== undefined) out[key] = { target: value };
      }
      if (shape.operations.length > 0) out.operations = targets(shape.operations);
      if (shape.collectionOperations.length > 0) {
        out.collectionOperations = targets(shape.collectionOperations);
      }
      if (shape.resources.length > 0) out.resources = targets(shape.resources);
      break;
    }
    case 'operation':
      out.input = { target: shape.input };
      out.output = { target: shape.output };
      if (shape.errors.length > 0) out.errors = targets(shape.errors);
      break;
    default:
      break;
  }
  if (Object.keys(shape.traits).length > 0) out.traits = sortedTraits(shape.traits);
  return out;
}

function memberAst(member: Member): JsonObject {
  const out: JsonObject = { target: member.target };
  if (Object.keys(member.traits).length > 0) out.traits = sortedTraits(member.traits);
  return out;
}

function targets(ids: readonly string[]): NodeValue[] {
  return ids.map((target) => ({ target }));
}

function sortedTraits(traits: Traits): JsonObject {
  return Object.fromEntries(
    Object.entries(traits).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}
