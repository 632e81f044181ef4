/**
 * @module Example values from `@examples`, written out two ways: as a TypeScript literal for the
 * SDK (member names, timestamps as RFC 3339 strings) and as JSON on the wire (JSON names, timestamps as
 * sent). Both walk the value alongside its shape so each member gets its own treatment.
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { NodeValue, SemanticModel, ShapeId } from '@platform/smithy';
import { BigNumberValue } from '@platform/smithy';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function isNodeObject(value: NodeValue): value is { readonly [key: string]: NodeValue } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof BigNumberValue)
  );
}

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

/** A TypeScript expression for `value` as the SDK takes it, indented by `indent` spaces. */
export function tsLiteral(
  model: SemanticModel,
  value: NodeValue,
  shapeId: ShapeId | undefined,
  indent = 0,
): string {
  const pad = ' '.repeat(indent + 2);
  const end = ' '.repeat(indent);
  const type = typeOf(model, shapeId);
  // The SDK takes timestamps as RFC 3339 strings, exactly as the examples write them.
  if (type === 'timestamp' && typeof value === 'number') {
    return quote(new Date(value * 1000).toISOString());
  }
  if (type === 'blob' && typeof value === 'string') {
    return `new TextEncoder().encode(${JSON.stringify(value)})`;
  }
  if (value instanceof BigNumberValue) return JSON.stringify(value.text);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const item = shapeId ? listMember(model, shapeId) : undefined;
    const parts = value.map((v: NodeValue) => tsLiteral(model, v, item, indent + 2));
    const flat = `[${parts.join(', ')}]`;
    return flat.length <= 60 && !flat.includes('\n')
      ? flat
      : `[\n${parts.map((p) => pad + p).join(',\n')},\n${end}]`;
  }
  if (isNodeObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, v]) => {
      const name = IDENTIFIER.test(key) ? key : JSON.stringify(key);
      const target = shapeId ? targetOf(model, shapeId, key) : undefined;
      return `${pad}${name}: ${tsLiteral(model, v, target, indent + 2)}`;
    });
    return `{\n${lines.join(',\n')},\n${end}}`;
  }
  return value === null ? 'null' : typeof value === 'string' ? quote(value) : String(value);
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
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
  if (isNodeObject(value)) {
    const shape = shapeId ? model.getShape(shapeId) : undefined;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
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
  if (value === null || isNodeObject(value)) return [];
  return [String(value)];
}
