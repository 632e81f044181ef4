/**
 * @module Reads a Smithy JSON AST document (`{"smithy": "2.0", "shapes": {...}}`) into the same
 * per-file `Fragment` the IDL parser produces, so both formats load through one path. Structural
 * mistakes become located events with hints; nothing here throws for bad input.
 */
import { errorEvent, syntaxEvent } from '../events.js';
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
import type { NodeValue, ShapeType, SourceLocation, ValidationEvent } from '../model/shapes.js';
import { JsonSyntaxError, parseJson, pointerKey } from './json-parser.js';
import type { JsonLocations } from './json-parser.js';

const SHAPE_TYPES = new Set([
  'blob',
  'boolean',
  'string',
  'byte',
  'short',
  'integer',
  'long',
  'float',
  'double',
  'bigInteger',
  'bigDecimal',
  'timestamp',
  'document',
  'enum',
  'intEnum',
  'list',
  'set',
  'map',
  'structure',
  'union',
  'service',
  'resource',
  'operation',
]);

const SHAPE_ID = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*$/;
const APPLY_ID =
  /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*#[A-Za-z_][A-Za-z0-9_]*(\$[A-Za-z_][A-Za-z0-9_]*)?$/;

const SINGLE_REFS = [
  'create',
  'put',
  'read',
  'update',
  'delete',
  'list',
  'input',
  'output',
] as const;
const REF_LISTS = ['operations', 'resources', 'errors', 'collectionOperations'] as const;

/** Thrown inside the reader for a structural problem; turned into an event per shape. */
class AstError extends Error {
  constructor(
    message: string,
    readonly pointer: string,
  ) {
    super(message);
  }
}

export function readJsonAst(filename: string, text: string): Fragment {
  const events: ValidationEvent[] = [];
  const empty = (version: IdlVersion): Fragment => ({
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
    return empty('2.0');
  }
  const { value: doc, locations } = parsed;
  const at = (pointer: string): SourceLocation =>
    locations.get(pointer) ?? locations.get('') ?? { filename, line: 1, column: 1 };
  if (!isNodeObject(doc) || !('smithy' in doc)) {
    // Like Smithy itself, skip JSON files that are not models (smithy-build.json, fixtures).
    events.push({
      id: 'Model',
      severity: 'NOTE',
      message:
        'Skipped a JSON file without a top-level `smithy` key: it is not a Smithy JSON AST model',
      sourceLocation: at(''),
      hint: 'Add `"smithy": "2.0"` if the file is meant to be a model.',
    });
    return empty('2.0');
  }
  if (typeof doc.smithy !== 'string') {
    events.push(
      errorEvent(
        'Model',
        'A JSON AST model must be an object with a string `smithy` version property',
        at(''),
        'Start the document with `{ "smithy": "2.0", "shapes": { ... } }`.',
      ),
    );
    return empty('2.0');
  }
  const version: IdlVersion = doc.smithy.startsWith('1') ? '1.0' : '2.0';
  if (!/^[12](\.0)?$/.test(doc.smithy)) {
    events.push(
      errorEvent(
        'Model',
        `Unsupported Smithy version number: ${doc.smithy}`,
        at('/smithy'),
        'Use "smithy": "2.0".',
      ),
    );
  }
  const fragment = empty(version);
  const metadata = doc.metadata;
  if (isNodeObject(metadata)) {
    for (const [key, value] of Object.entries(metadata)) {
      fragment.metadata.push({ key, value, location: at(`/metadata/${pointerKey(key)}`) });
    }
  }
  const shapes = doc.shapes ?? {};
  if (!isNodeObject(shapes)) {
    events.push(
      errorEvent('Model', '`shapes` must be an object', at('/shapes'), 'Map shape ids to shapes.'),
    );
    return fragment;
  }
  for (const [id, body] of Object.entries(shapes)) {
    const pointer = `/shapes/${pointerKey(id)}`;
    try {
      readShape(fragment, id, body as NodeValue, pointer, at);
    } catch (e) {
      if (!(e instanceof AstError)) throw e;
      events.push(
        errorEvent(
          'Model',
          e.message,
          at(e.pointer),
          'Check the shape against the Smithy JSON AST format.',
          id,
        ),
      );
    }
  }
  return fragment;
}

function readShape(
  fragment: Fragment,
  id: string,
  body: NodeValue,
  pointer: string,
  at: (pointer: string) => SourceLocation,
): void {
  if (!isNodeObject(body)) throw new AstError(`Shape \`${id}\` must be an object`, pointer);
  const location = at(pointer);
  const type = body.type;
  const valid = type === 'apply' ? APPLY_ID : SHAPE_ID;
  if (!valid.test(id)) {
    throw new AstError(`Invalid shape id \`${id}\` (expected namespace#Name)`, pointer);
  }
  const traits = readTraits(body.traits, `${pointer}/traits`, at);
  if (type === 'apply') {
    fragment.applies.push({ target: { text: id, location }, traits, location });
    return;
  }
  if (typeof type !== 'string' || !SHAPE_TYPES.has(type)) {
    throw new AstError(`Unknown shape type \`${String(type)}\` for \`${id}\``, `${pointer}/type`);
  }
  const ref = (value: NodeValue | undefined, p: string): Ref => {
    if (!isNodeObject(value) || typeof value.target !== 'string') {
      throw new AstError('Expected an object with a string `target`', p);
    }
    if (!APPLY_ID.test(value.target)) {
      throw new AstError(`Invalid shape id \`${value.target}\` (expected namespace#Name)`, p);
    }
    return { text: value.target, location: at(p) };
  };
  const refList = (value: NodeValue | undefined, p: string): Ref[] => {
    if (!Array.isArray(value)) throw new AstError('Expected an array of `{ "target": ... }`', p);
    return (value as NodeValue[]).map((v, i) => ref(v, `${p}/${i}`));
  };
  const refMap = (value: NodeValue | undefined, p: string): [string, Ref][] => {
    if (!isNodeObject(value)) throw new AstError('Expected an object', p);
    return Object.entries(value).map(([k, v]) => [k, ref(v, `${p}/${pointerKey(k)}`)]);
  };
  const member = (name: string, value: NodeValue | undefined, p: string): MemberDecl => {
    if (!isNodeObject(value)) throw new AstError(`Member \`${name}\` must be an object`, p);
    return {
      name,
      target: ref(value, p),
      traits: readTraits(value.traits, `${p}/traits`, at),
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
    if (!isNodeObject(body.members)) throw new AstError('`members` must be an object', pointer);
    for (const [name, value] of Object.entries(body.members)) {
      members.push(member(name, value, `${pointer}/members/${pointerKey(name)}`));
    }
  }
  const properties: ShapeProperties = {};
  if (typeof body.version === 'string') properties.version = body.version;
  for (const key of SINGLE_REFS) {
    if (body[key] !== undefined) properties[key] = ref(body[key], `${pointer}/${key}`);
  }
  for (const key of REF_LISTS) {
    if (body[key] !== undefined) properties[key] = refList(body[key], `${pointer}/${key}`);
  }
  if (body.identifiers !== undefined) {
    properties.identifiers = refMap(body.identifiers, `${pointer}/identifiers`);
  }
  if (body.properties !== undefined) {
    properties.properties = refMap(body.properties, `${pointer}/properties`);
  }
  if (isNodeObject(body.rename)) {
    properties.rename = Object.entries(body.rename).map(([k, v]) => [
      { text: k, location: at(`${pointer}/rename`) },
      String(v),
    ]);
  }
  const shape: ShapeDecl = {
    id,
    type: type as ShapeType,
    location,
    traits,
    mixins: body.mixins === undefined ? [] : refList(body.mixins, `${pointer}/mixins`),
    members,
    properties,
  };
  fragment.shapes.push(shape);
}

function readTraits(
  value: NodeValue | undefined,
  pointer: string,
  at: (pointer: string) => SourceLocation,
): TraitDecl[] {
  if (value === undefined) return [];
  if (!isNodeObject(value)) throw new AstError('`traits` must be an object', pointer);
  return Object.entries(value).map(([name, traitValue]) => {
    const location = at(`${pointer}/${pointerKey(name)}`);
    return {
      name: { text: name, location },
      value: traitValue as NodeValue,
      annotation: false,
      location,
    };
  });
}

export type { JsonLocations };
