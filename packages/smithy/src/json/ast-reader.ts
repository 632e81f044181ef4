/**
 * @module Reads a Smithy JSON AST document (`{"smithy": "2.0", "shapes": {...}}`) into the same
 * per-file `Fragment` the IDL parser produces, so both formats load through one path. Structural
 * mistakes become located events with hints (worded as Smithy words them); nothing here throws
 * for bad input. JSON files without a top-level `smithy` key are skipped, as Smithy skips them.
 */
import { errorEvent, syntaxEvent, warningEvent } from '../events.js';
import { isNodeObject } from '../loader/fragment.js';
import type {
  Fragment,
  IdlVersion,
  MemberDecl,
  Ref,
  ShapeDecl,
  ShapeProperties,
  TraitDecl,
} from '../loader/fragment.js';
import { BigNumberValue } from '../model/shapes.js';
import type { NodeValue, ShapeType, SourceLocation, ValidationEvent } from '../model/shapes.js';
import {
  OPERATION_PROPERTIES,
  REFERENCE_LISTS,
  RESOURCE_PROPERTIES,
  SERVICE_PROPERTIES,
  SINGLE_REFERENCES,
} from '../model/shape-properties.js';
import { JsonSyntaxError, parseJson, pointerKey } from './json-parser.js';

const IDENT = '[A-Za-z_][A-Za-z0-9_]*';
const SHAPE_ID = new RegExp(`^${IDENT}(\\.${IDENT})*#${IDENT}$`);
const MEMBER_ID = new RegExp(`^${IDENT}(\\.${IDENT})*#${IDENT}(\\$${IDENT})?$`);

/** Properties each shape type may have besides `type`, `traits` and `mixins`. */
const PROPERTIES: Record<ShapeType | 'apply', readonly string[]> = {
  blob: [],
  boolean: [],
  string: [],
  byte: [],
  short: [],
  integer: [],
  long: [],
  float: [],
  double: [],
  bigInteger: [],
  bigDecimal: [],
  timestamp: [],
  document: [],
  enum: ['members'],
  intEnum: ['members'],
  list: ['member'],
  set: ['member'],
  map: ['key', 'value'],
  structure: ['members'],
  union: ['members'],
  service: SERVICE_PROPERTIES,
  resource: RESOURCE_PROPERTIES,
  operation: OPERATION_PROPERTIES,
  apply: [],
};

const HINT =
  'Check the shape against the Smithy JSON AST format (https://smithy.io/2.0/spec/json-ast.html).';

/** A structural problem in one shape; the shape is skipped and the problem reported. */
class AstError extends Error {
  constructor(
    message: string,
    readonly pointer: string,
    /** The shape the event is about; null for none. */
    readonly shapeId?: string | null,
  ) {
    super(message);
  }
}

type At = (pointer: string) => SourceLocation;

export function readJsonAst(filename: string, text: string): Fragment {
  const events: ValidationEvent[] = [];
  const fragment = (version: IdlVersion): Fragment => ({
    filename,
    version,
    uses: new Map(),
    metadata: [],
    shapes: [],
    applies: [],
    events,
  });
  let parsed;
  try {
    parsed = parseJson(filename, text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    events.push(
      syntaxEvent(e.message, e.location, 'Fix the JSON syntax of the file.', undefined, true),
    );
    return fragment('2.0');
  }
  const { value: doc, locations } = parsed;
  const at: At = (pointer) =>
    locations.get(pointer) ?? locations.get('') ?? { filename, line: 1, column: 1 };
  if (!isNodeObject(doc) || !('smithy' in doc)) {
    events.push({
      id: 'Model',
      severity: 'NOTE',
      message:
        'Skipped a JSON file without a top-level `smithy` key: it is not a Smithy JSON AST model',
      sourceLocation: at(''),
      hint: 'Add `"smithy": "2.0"` if the file is meant to be a model.',
    });
    return fragment('2.0');
  }
  const problem = (message: string, pointer: string): void => {
    events.push(errorEvent('Model', message, at(pointer), HINT));
  };
  if (typeof doc.smithy !== 'string' || !/^[12](\.0)?$/.test(doc.smithy)) {
    problem(`Unsupported Smithy version number: ${nodeText(doc.smithy ?? null)}`, '/smithy');
    return fragment('2.0');
  }
  const result = fragment(doc.smithy.startsWith('1') ? '1.0' : '2.0');
  warnExtra(events, doc, ['metadata', 'shapes', 'smithy'], at(''));
  if (doc.metadata !== undefined) {
    if (!isNodeObject(doc.metadata)) {
      problem(
        `Expected \`metadata\` to be an object; found ${typeName(doc.metadata)}`,
        '/metadata',
      );
    } else {
      for (const [key, value] of Object.entries(doc.metadata)) {
        result.metadata.push({ key, value, location: at(`/metadata/${pointerKey(key)}`) });
      }
    }
  }
  const shapes = doc.shapes ?? {};
  if (!isNodeObject(shapes)) {
    problem(`Expected \`shapes\` to be an object; found ${typeName(shapes)}`, '/shapes');
    return result;
  }
  for (const [id, body] of Object.entries(shapes)) {
    const pointer = `/shapes/${pointerKey(id)}`;
    try {
      readShape(result, events, id, body as NodeValue, pointer, at);
    } catch (e) {
      if (!(e instanceof AstError)) throw e;
      const shapeId = e.shapeId === null ? undefined : (e.shapeId ?? id);
      events.push(errorEvent('Model', e.message, at(e.pointer), HINT, shapeId));
    }
  }
  return result;
}

function readShape(
  fragment: Fragment,
  events: ValidationEvent[],
  id: string,
  body: NodeValue,
  pointer: string,
  at: At,
): void {
  if (!MEMBER_ID.test(id)) throw new AstError(`Invalid shape ID: ${id}`, pointer, null);
  if (!isNodeObject(body)) {
    throw new AstError(
      `Expected shape \`${id}\` to be an object; found ${typeName(body)}`,
      pointer,
    );
  }
  const type = body.type;
  if (typeof type !== 'string' || !(type in PROPERTIES)) {
    throw new AstError(`Invalid shape \`type\`: ${nodeText(type ?? null)}`, `${pointer}/type`);
  }
  if (type !== 'apply' && !SHAPE_ID.test(id)) {
    throw new AstError(
      `Shapes of type \`${type}\` cannot contain a member in their shape ID. Found \`${id}\``,
      pointer,
    );
  }
  const location = at(pointer);
  const common = type === 'apply' ? ['traits', 'type'] : ['mixins', 'traits', 'type'];
  warnExtra(events, body, [...common, ...PROPERTIES[type as ShapeType]], location, id);
  const traits = readTraits(body.traits, `${pointer}/traits`, at, id);
  if (type === 'apply') {
    fragment.applies.push({ target: { text: id, location }, traits, location });
    return;
  }
  const ref = (value: NodeValue | undefined, p: string, key?: string): Ref => {
    if (!isNodeObject(value)) {
      const found = typeName(value ?? null);
      throw new AstError(
        key
          ? `Expected \`${key}\` to be an object; found ${found}`
          : `Expected object, but found ${found}.`,
        p,
      );
    }
    if (typeof value.target !== 'string') {
      throw new AstError('Expected an object with a string `target`', p);
    }
    if (!MEMBER_ID.test(value.target)) throw new AstError(`Invalid shape ID: ${value.target}`, p);
    return { text: value.target, location: at(p) };
  };
  const refList = (value: NodeValue | undefined, p: string, key: string): Ref[] => {
    if (!Array.isArray(value)) {
      throw new AstError(`Expected \`${key}\` to be an array; found ${typeName(value ?? null)}`, p);
    }
    return (value as NodeValue[]).map((v, i) => ref(v, `${p}/${i}`));
  };
  const refMap = (value: NodeValue | undefined, p: string, key: string): [string, Ref][] => {
    if (!isNodeObject(value)) {
      throw new AstError(
        `Expected \`${key}\` to be an object; found ${typeName(value ?? null)}`,
        p,
      );
    }
    return Object.entries(value).map(([k, v]) => [k, ref(v, `${p}/${pointerKey(k)}`)]);
  };
  const member = (name: string, value: NodeValue | undefined, p: string): MemberDecl => {
    const memberId = `${id}$${name}`;
    if (isNodeObject(value)) warnExtra(events, value, ['target', 'traits'], at(p), memberId);
    return {
      name,
      target: ref(value, p),
      traits: readTraits(isNodeObject(value) ? value.traits : undefined, `${p}/traits`, at, id),
      location: at(p),
    };
  };
  const members: MemberDecl[] = [];
  if (type === 'list' || type === 'set') {
    if (body.member !== undefined) members.push(member('member', body.member, `${pointer}/member`));
  } else if (type === 'map') {
    for (const name of ['key', 'value']) {
      if (body[name] !== undefined) members.push(member(name, body[name], `${pointer}/${name}`));
    }
  } else if (body.members !== undefined) {
    for (const [name, value] of refMapEntries(body.members, `${pointer}/members`)) {
      members.push(member(name, value, `${pointer}/members/${pointerKey(name)}`));
    }
  }
  const properties: ShapeProperties = {};
  if (typeof body.version === 'string') properties.version = body.version;
  for (const key of SINGLE_REFERENCES) {
    if (body[key] !== undefined) properties[key] = ref(body[key], `${pointer}/${key}`, key);
  }
  for (const key of REFERENCE_LISTS) {
    if (body[key] !== undefined) properties[key] = refList(body[key], `${pointer}/${key}`, key);
  }
  for (const key of ['identifiers', 'properties'] as const) {
    if (body[key] !== undefined) properties[key] = refMap(body[key], `${pointer}/${key}`, key);
  }
  if (isNodeObject(body.rename)) {
    properties.rename = Object.entries(body.rename).map(([k, v]) => [
      { text: k, location: at(`${pointer}/rename`) },
      String(v),
    ]);
  }
  fragment.shapes.push({
    id,
    type: type as ShapeType,
    location,
    traits,
    mixins: body.mixins === undefined ? [] : refList(body.mixins, `${pointer}/mixins`, 'mixins'),
    members,
    properties,
  } satisfies ShapeDecl);
}

function refMapEntries(value: NodeValue, pointer: string): [string, NodeValue][] {
  if (!isNodeObject(value)) {
    throw new AstError(`Expected \`members\` to be an object; found ${typeName(value)}`, pointer);
  }
  return Object.entries(value);
}

function readTraits(
  value: NodeValue | undefined,
  pointer: string,
  at: At,
  shapeId: string,
): TraitDecl[] {
  if (value === undefined) return [];
  if (!isNodeObject(value)) {
    throw new AstError(`Expected \`traits\` to be an object; found ${typeName(value)}`, pointer);
  }
  return Object.entries(value).map(([name, traitValue]) => {
    const location = at(`${pointer}/${pointerKey(name)}`);
    if (!SHAPE_ID.test(name)) throw new AstError(`Invalid shape ID: ${name}`, pointer, shapeId);
    return { name: { text: name, location }, value: traitValue, annotation: false, location };
  });
}

/** Smithy warns about properties it does not know, listing the allowed ones. */
function warnExtra(
  events: ValidationEvent[],
  object: { readonly [key: string]: unknown },
  allowed: readonly string[],
  location: SourceLocation,
  shapeId?: string,
): void {
  const extra = Object.keys(object).filter((k) => !allowed.includes(k));
  if (extra.length === 0) return;
  const list = (keys: readonly string[]): string =>
    [...keys]
      .sort()
      .map((k) => `\`${k}\``)
      .join(', ');
  events.push(
    warningEvent(
      'Model',
      `Expected an object with possible properties of ${list(allowed)}, but found additional ` +
        `properties: ${list(extra)}`,
      location,
      'Remove the unknown properties (or fix their spelling).',
      shapeId,
    ),
  );
}

function typeName(value: NodeValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof BigNumberValue || typeof value === 'number') return 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function nodeText(value: NodeValue): string {
  return typeof value === 'string'
    ? value
    : JSON.stringify(value instanceof BigNumberValue ? value.text : value);
}
