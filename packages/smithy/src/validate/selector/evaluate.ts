/**
 * @module Evaluates a parsed selector over a model. Selection works on sets of ids (shape ids and
 * `ns#Shape$member` member ids); each step maps the current set to the next one, as Smithy's
 * selector semantics describe.
 */
import type { NodeValue, SemanticModel, ShapeId } from '../../model/shapes.js';
import type { Subject } from '../event.js';
import type { RelationshipType } from '../relationships.js';
import { relationshipsOf, resolveSubject } from '../relationships.js';
import { isMember, membersOf } from '../../model/members.js';
import {
  isAggregateShapeType,
  isNumberShapeType,
  isServiceShapeType,
  isSimpleShapeType,
} from '../../model/shape-types.js';
import type { Selector, Step } from './parse.js';
import { parseSelector, SelectorError } from './parse.js';

/** The selector label of each relationship type (`>` alone follows all of them). */
const LABELS: Readonly<Record<RelationshipType, string | undefined>> = {
  MEMBER: 'member',
  MEMBER_TARGET: undefined,
  MIXIN: 'mixin',
  INPUT: 'input',
  OUTPUT: 'output',
  ERROR: 'error',
  OPERATION: 'operation',
  RESOURCE: 'resource',
  IDENTIFIER: 'identifier',
  PROPERTY: 'property',
  CREATE: 'create',
  PUT: 'put',
  READ: 'read',
  UPDATE: 'update',
  DELETE: 'delete',
  LIST: 'list',
  COLLECTION_OPERATION: 'collectionOperation',
  INSTANCE_OPERATION: 'instanceOperation',
};

/** The relationships of a resource that bind an operation to one of its instances. */
const INSTANCE_LABELS = ['operation', 'put', 'read', 'update', 'delete'];

interface Edge {
  readonly label: string | undefined;
  readonly id: ShapeId;
}

const contexts = new WeakMap<SemanticModel, SelectorContext>();

/** The shared context of `model`, built on first use (neighbour tables cost a model walk). */
export function selectorContextFor(model: SemanticModel): SelectorContext {
  let context = contexts.get(model);
  if (!context) {
    context = new SelectorContext(model);
    contexts.set(model, context);
  }
  return context;
}

/** Per-model neighbour tables, built once and shared by every selector run on that model. */
export class SelectorContext {
  readonly #forward = new Map<ShapeId, Edge[]>();
  readonly #reverse = new Map<ShapeId, Edge[]>();
  readonly #all: ShapeId[] = [];
  /** Trait id → the shapes and members that apply it; built on the first reverse trait step. */
  #traitUsers: Map<ShapeId, ShapeId[]> | undefined;

  constructor(readonly model: SemanticModel) {
    for (const shape of model.shapes()) {
      for (const subject of [shape, ...membersOf(shape)]) {
        this.#all.push(subject.id);
        const edges: Edge[] = [];
        for (const rel of relationshipsOf(subject)) {
          if (!resolveSubject(model, rel.neighborId)) continue;
          const edge = { label: LABELS[rel.type], id: rel.neighborId };
          edges.push(edge);
          const back = this.#reverse.get(rel.neighborId) ?? [];
          back.push({ label: edge.label, id: subject.id });
          this.#reverse.set(rel.neighborId, back);
        }
        this.#forward.set(subject.id, edges);
      }
    }
  }

  /** Every shape and member id of the model. */
  allIds(): readonly ShapeId[] {
    return this.#all;
  }

  readonly #cache = new Map<string, ReadonlySet<ShapeId> | undefined>();

  /**
   * The ids selected by selector text `text`, cached per text; `undefined` when the text does not
   * parse or uses features this engine does not support, so callers can skip rather than guess.
   */
  matching(text: string): ReadonlySet<ShapeId> | undefined {
    if (!this.#cache.has(text)) {
      let result: ReadonlySet<ShapeId> | undefined;
      try {
        result = this.select(parseSelector(text));
      } catch (error) {
        if (!(error instanceof SelectorError)) throw error;
      }
      this.#cache.set(text, result);
    }
    return this.#cache.get(text);
  }

  /** Runs `selector` over every shape and member, returning the ids it selects. */
  select(selector: Selector): Set<ShapeId> {
    return this.run(selector, new Set(this.#all));
  }

  run(selector: Selector, input: ReadonlySet<ShapeId>): Set<ShapeId> {
    let current = new Set(input);
    for (const step of selector) {
      current = this.#step(step, current);
      if (current.size === 0) break;
    }
    return current;
  }

  #step(step: Step, input: Set<ShapeId>): Set<ShapeId> {
    switch (step.kind) {
      case 'type':
        return filter(input, (id) => this.#matchesType(id, step.name));
      case 'attr':
        return filter(input, (id) => this.#matchesAttribute(id, step));
      case 'neighbor':
        return this.#neighbors(step, input);
      case 'recursive':
        return this.#closure(input);
      case 'function': {
        if (step.name === 'is') {
          const out = new Set<ShapeId>();
          for (const arg of step.args) for (const id of this.run(arg, input)) out.add(id);
          return out;
        }
        const wanted = step.name === 'test';
        return filter(input, (id) => {
          const single = new Set([id]);
          const any = step.args.some((arg) => this.run(arg, single).size > 0);
          return any === wanted;
        });
      }
    }
  }

  #neighbors(step: Extract<Step, { kind: 'neighbor' }>, input: Set<ShapeId>): Set<ShapeId> {
    const wanted = new Set(step.relationships);
    // `instanceOperation` (deprecated) stands for the instance bindings of a resource.
    if (wanted.delete('instanceOperation')) for (const l of INSTANCE_LABELS) wanted.add(l);
    const bound = wanted.delete('bound');
    const traits = wanted.delete('trait');
    const all = step.relationships.length === 0;
    const forward = step.direction === 'forward';
    const out = new Set<ShapeId>();
    for (const id of input) {
      for (const edge of (forward ? this.#forward : this.#reverse).get(id) ?? []) {
        if (all || wanted.has(edge.label ?? '')) out.add(edge.id);
      }
      if (traits) for (const t of this.#traitEdges(id, forward)) out.add(t);
      // As Smithy's deprecated `bound` relationship: only from a resource to what binds it.
      if (bound && forward) {
        for (const edge of this.#reverse.get(id) ?? []) {
          if (edge.label === 'resource' && this.#isResource(id)) out.add(edge.id);
        }
      }
    }
    return out;
  }

  /** Trait relationships: a shape to the definitions of its traits, or the reverse. */
  #traitEdges(id: ShapeId, forward: boolean): readonly ShapeId[] {
    if (forward) {
      const subject = resolveSubject(this.model, id);
      return subject ? Object.keys(subject.traits).filter((t) => this.model.getShape(t)) : [];
    }
    this.#traitUsers ??= this.#indexTraitUsers();
    return this.#traitUsers.get(id) ?? [];
  }

  #indexTraitUsers(): Map<ShapeId, ShapeId[]> {
    const users = new Map<ShapeId, ShapeId[]>();
    for (const id of this.#all) {
      const subject = resolveSubject(this.model, id);
      for (const trait of Object.keys(subject?.traits ?? {})) {
        const list = users.get(trait);
        if (list) list.push(id);
        else users.set(trait, [id]);
      }
    }
    return users;
  }

  #isResource(id: ShapeId): boolean {
    return this.model.getShape(id)?.type === 'resource';
  }

  #closure(input: Set<ShapeId>): Set<ShapeId> {
    const out = new Set<ShapeId>();
    const queue = [...input];
    while (queue.length > 0) {
      const id = queue.pop() as ShapeId;
      for (const edge of this.#forward.get(id) ?? []) {
        if (!out.has(edge.id)) {
          out.add(edge.id);
          queue.push(edge.id);
        }
      }
    }
    return out;
  }

  #matchesType(id: ShapeId, name: string): boolean {
    const subject = resolveSubject(this.model, id);
    if (!subject) return false;
    const type = isMember(subject) ? 'member' : subject.type;
    switch (name) {
      case '*':
        return true;
      case 'number':
        return isNumberShapeType(type);
      case 'simpleType':
        return isSimpleShapeType(type);
      case 'collection':
        return type === 'list' || type === 'set';
      case 'aggregateType':
        return isAggregateShapeType(type);
      case 'serviceType':
        return isServiceShapeType(type);
      case 'dataType':
        return isSimpleShapeType(type) || isAggregateShapeType(type);
      case 'string':
        return type === 'string' || type === 'enum';
      case 'integer':
        return type === 'integer' || type === 'intEnum';
      case 'list':
      case 'set':
        return type === 'list' || type === 'set';
      default:
        return type === name;
    }
  }

  #matchesAttribute(id: ShapeId, step: Extract<Step, { kind: 'attr' }>): boolean {
    const subject = resolveSubject(this.model, id);
    if (!subject) return false;
    const found = attributeValues(subject, step.path);
    if (step.comparator === '?=') {
      return (step.values ?? []).some((v) => (v === 'true') === (found !== undefined));
    }
    if (found === undefined) return false;
    if (step.comparator === undefined) return true;
    return found.some((actual) =>
      (step.values ?? []).some((expected) =>
        compare(actual, step.comparator ?? '=', expected, step.caseInsensitive ?? false),
      ),
    );
  }
}

function filter(input: Set<ShapeId>, keep: (id: ShapeId) => boolean): Set<ShapeId> {
  const out = new Set<ShapeId>();
  for (const id of input) if (keep(id)) out.add(id);
  return out;
}

/** The string forms of an attribute path's value, or `undefined` when the attribute is absent. */
function attributeValues(subject: Subject, path: readonly string[]): string[] | undefined {
  const [head, ...rest] = path;
  if (head === 'id') {
    const [ns = '', nameAndMember = ''] = subject.id.split('#');
    const [name = '', member] = nameAndMember.split('$');
    if (rest.length === 0) return [subject.id];
    const part = rest[0];
    if (part === 'namespace') return [ns];
    if (part === 'name') return [name];
    if (part === 'member') return member === undefined ? undefined : [member];
    throw new SelectorError(`Unsupported id attribute: id|${part ?? ''}`);
  }
  if (head === 'trait') {
    const [traitName, ...nodePath] = rest;
    if (traitName === undefined) throw new SelectorError('`[trait]` needs a trait name');
    const id = traitName.includes('#') ? traitName : `smithy.api#${traitName}`;
    const value = subject.traits[id];
    if (value === undefined) return undefined;
    return nodeValues(value, nodePath);
  }
  // Variables cannot be defined (`$name(...)` is rejected), so a `var` attribute is always unset.
  if (head === 'var') return undefined;
  if (head === 'service' && rest[0] === 'version') {
    return !isMember(subject) && subject.type === 'service' && subject.version !== undefined
      ? [subject.version]
      : undefined;
  }
  throw new SelectorError(`Unsupported selector attribute: ${path.join('|')}`);
}

function nodeValues(value: NodeValue, path: readonly string[]): string[] | undefined {
  const [head, ...rest] = path;
  if (head === undefined) {
    if (value === null) return ['null'];
    // Lists and objects exist but have no string form to compare.
    if (typeof value === 'object') return [];
    return [String(value)];
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (head === '(keys)' || head === '(values)' || head === '(length)') {
    const entries: NodeValue[] = Array.isArray(value)
      ? [...(value as readonly NodeValue[])]
      : head === '(keys)'
        ? Object.keys(value)
        : Object.values(value as Record<string, NodeValue>);
    if (head === '(length)') return [String(entries.length)];
    return entries.flatMap((v) => nodeValues(v, rest) ?? []);
  }
  if (Array.isArray(value)) return undefined;
  const next = (value as Record<string, NodeValue>)[head];
  return next === undefined ? undefined : nodeValues(next, rest);
}

function compare(actual: string, op: string, expected: string, ci: boolean): boolean {
  const a = ci ? actual.toLowerCase() : actual;
  const e = ci ? expected.toLowerCase() : expected;
  switch (op) {
    case '=':
      return a === e;
    case '!=':
      return a !== e;
    case '^=':
      return a.startsWith(e);
    case '$=':
      return a.endsWith(e);
    case '*=':
      return a.includes(e);
    case '>':
    case '>=':
    case '<':
    case '<=': {
      const x = Number(a);
      const y = Number(e);
      if (Number.isNaN(x) || Number.isNaN(y)) return false;
      return op === '>' ? x > y : op === '>=' ? x >= y : op === '<' ? x < y : x <= y;
    }
    default:
      throw new SelectorError(`Unsupported attribute comparator: ${op}`);
  }
}
