/**
 * @module Example values from `@examples`, written out two ways: as a TypeScript literal for the
 * SDK (member names, timestamps as RFC 3339 strings) and as JSON on the wire (JSON names, timestamps as
 * sent). Both walk the value alongside its shape so each member gets its own treatment.
 */
import { asList, asObject, BigNumberValue, TRAIT_IDS } from '@platform/smithy';
import type { NodeObject, NodeValue, SemanticModel, ShapeId } from '@platform/smithy';
import { TsExpression, type LiteralValue } from './sample-text.js';

function targetOf(model: SemanticModel, id: ShapeId, key: string): ShapeId | undefined {
  const shape = model.getShape(id);
  if (!shape) return undefined;
  if (shape.type === 'structure' || shape.type === 'union') return shape.members.get(key)?.target;
  if (shape.type === 'map') return shape.value.target;
  return undefined;
}

function listMember(model: SemanticModel, id: ShapeId): ShapeId | undefined {
  const shape = model.getShape(id);
  return shape && (shape.type === 'list' || shape.type === 'set') ? shape.member.target : undefined;
}

function typeOf(model: SemanticModel, id: ShapeId | undefined): string | undefined {
  return id === undefined ? undefined : model.getShape(id)?.type;
}

/**
 * `value` as the SDK takes it: timestamps as RFC 3339 strings (exactly as the examples write
 * them), blobs encoded from their text, big numbers as strings of their digits.
 */
export function sdkValue(
  model: SemanticModel,
  value: NodeValue,
  shapeId: ShapeId | undefined,
): LiteralValue {
  const type = typeOf(model, shapeId);
  if (type === 'timestamp' && typeof value === 'number') {
    return new Date(value * 1000).toISOString();
  }
  if (type === 'blob' && typeof value === 'string') {
    return new TsExpression(`new TextEncoder().encode(${JSON.stringify(value)})`);
  }
  if (value instanceof BigNumberValue) return new TsExpression(JSON.stringify(value.text));
  if (value === null || typeof value !== 'object') return value;
  const list = asList(value);
  if (list !== undefined) {
    const item = shapeId ? listMember(model, shapeId) : undefined;
    return list.map((v) => sdkValue(model, v, item));
  }
  // Neither a scalar, a big number nor a list: an object, which `asObject` always returns.
  return sdkMembers(model, asObject(value) ?? {}, shapeId);
}

/** The members of a structure value as the SDK takes them. */
export function sdkMembers(
  model: SemanticModel,
  value: NodeObject,
  shapeId: ShapeId | undefined,
): { [member: string]: LiteralValue } {
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      sdkValue(model, v, shapeId ? targetOf(model, shapeId, key) : undefined),
    ]),
  );
}

/** `value` as it travels in a JSON body: members renamed by `@jsonName`. */
export function wireValue(
  model: SemanticModel,
  value: NodeValue,
  shapeId: ShapeId | undefined,
): unknown {
  if (value instanceof BigNumberValue) return Number(value.text);
  if (Array.isArray(value)) {
    const item = shapeId ? listMember(model, shapeId) : undefined;
    return value.map((v: NodeValue) => wireValue(model, v, item));
  }
  const object = asObject(value);
  if (object !== undefined) {
    const shape = shapeId ? model.getShape(shapeId) : undefined;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(object)) {
      const member =
        shape && (shape.type === 'structure' || shape.type === 'union')
          ? shape.members.get(key)
          : undefined;
      const json = member?.traits[TRAIT_IDS.jsonName];
      const target = shapeId ? targetOf(model, shapeId, key) : undefined;
      out[typeof json === 'string' ? json : key] = wireValue(model, v, target);
    }
    return out;
  }
  return value;
}

/** `value` as text for a path label, query parameter or header. */
export function wireText(value: NodeValue): string[] {
  if (Array.isArray(value)) return value.flatMap((v: NodeValue) => wireText(v));
  if (value instanceof BigNumberValue) return [value.text];
  if (value === null || asObject(value) !== undefined) return [];
  return [String(value)];
}
