/**
 * @module The difference between two versions of a service, as partners feel it. Services are
 * given with their models, so the same code compares v1 with v2 of one model (the changelog) and
 * a released model with the working one (the breaking-change gate). Shapes are matched by name,
 * operations by name, members by name; whether a change breaks depends on the direction a shape
 * travels: narrowing what a partner may send breaks, and so does removing what they receive.
 */
import {
  asObject,
  asString,
  asStringList,
  BigNumberValue,
  compareNumbers,
  enumValues,
  httpBindingsOf,
  httpTraitOf,
  paginatedTraitOf,
  shapeName,
  TRAIT_IDS,
} from '@platform/smithy';
import type {
  Bound,
  HttpBinding,
  HttpMessage,
  Member,
  NodeValue,
  SemanticModel,
  Shape,
  ShapeId,
} from '@platform/smithy';
import { sortChanges, type ChangeCode, type ModelChange, type Severity } from './changes.js';

/** One side of a comparison: a model and the id of a service in it. */
export interface ServiceRef {
  readonly model: SemanticModel;
  readonly service: ShapeId;
}

/** Which way a shape travels: sent by partners, received by them, or both. */
type Direction = 'input' | 'output';

class Differ {
  private readonly found = new Map<string, ModelChange>();
  private readonly seen = new Set<string>();

  constructor(
    readonly before: SemanticModel,
    readonly after: SemanticModel,
  ) {}

  get changes(): ModelChange[] {
    return [...this.found.values()];
  }

  /** Records a change once; met again with another severity, the breaking one wins. */
  add(
    severity: Severity,
    code: ChangeCode,
    subject: string,
    message: string,
    migration?: string,
  ): void {
    const key = `${code}|${subject}|${message}`;
    const known = this.found.get(key);
    if (known && (known.severity === 'breaking' || severity === 'additive')) return;
    this.found.set(key, { severity, code, subject, message, ...(migration ? { migration } : {}) });
  }

  /** Compares two member targets reached in `direction` (`subject` names the member). */
  compareTargets(oldId: ShapeId, newId: ShapeId, direction: Direction, subject: string): void {
    const a = this.before.expectShape(oldId);
    const b = this.after.expectShape(newId);
    if (kind(a) !== kind(b)) {
      this.add(
        'breaking',
        'TypeChanged',
        subject,
        `type changed from ${describe(this.before, a)} to ${describe(this.after, b)}`,
      );
      return;
    }
    const pairKey = `${direction}|${oldId}|${newId}`;
    if (this.seen.has(pairKey)) return;
    this.seen.add(pairKey);
    const named = (s: Shape, model: SemanticModel): string =>
      model.isPrelude(s.id) ? subject : shapeName(s.id);
    const where = named(b, this.after);
    this.compareConstraints(a, b, direction, where);
    switch (b.type) {
      case 'structure':
      case 'union':
        if (a.type === 'structure' || a.type === 'union') {
          this.compareMembers([...a.members.values()], [...b.members.values()], direction, where);
        }
        break;
      case 'list':
      case 'set':
        if (a.type === 'list' || a.type === 'set') {
          this.compareTargets(a.member.target, b.member.target, direction, `${where}[]`);
        }
        break;
      case 'map':
        if (a.type === 'map') {
          this.compareTargets(a.value.target, b.value.target, direction, `${where}{}`);
        }
        break;
      case 'enum':
      case 'intEnum':
        if (a.type === 'enum' || a.type === 'intEnum') this.compareEnums(a, b, where);
        break;
      default:
        break;
    }
  }

  private compareEnums(a: Shape, b: Shape, where: string): void {
    const values = (s: Shape): Set<string> => new Set((enumValues(s) ?? []).map(String));
    const before = values(a);
    const after = values(b);
    for (const v of before) {
      if (!after.has(v)) {
        this.add('breaking', 'EnumValueRemoved', where, `value ${JSON.stringify(v)} removed`);
      }
    }
    for (const v of after) {
      if (!before.has(v))
        this.add('additive', 'EnumValueAdded', where, `value ${JSON.stringify(v)} added`);
    }
  }

  private compareConstraints(
    a: Shape | Member,
    b: Shape | Member,
    direction: Direction,
    where: string,
  ): void {
    if (direction !== 'input') return;
    const narrowed =
      narrowing(a.traits[TRAIT_IDS.length], b.traits[TRAIT_IDS.length]) ??
      narrowing(a.traits[TRAIT_IDS.range], b.traits[TRAIT_IDS.range]);
    if (narrowed) this.add('breaking', 'ConstraintNarrowed', where, narrowed);
    const pa = a.traits[TRAIT_IDS.pattern];
    const pb = b.traits[TRAIT_IDS.pattern];
    if (pb !== undefined && pa !== pb) {
      this.add('breaking', 'ConstraintNarrowed', where, `pattern changed to ${String(pb)}`);
    }
  }

  compareMembers(
    before: readonly Member[],
    after: readonly Member[],
    direction: Direction,
    where: string,
    places?: ReadonlyMap<Member, string>,
  ): void {
    const old = new Map(before.map((m) => [m.name, m]));
    const now = new Map(after.map((m) => [m.name, m]));
    const renames = pairRenames(
      before.filter((m) => !now.has(m.name)),
      after.filter((m) => !old.has(m.name)),
      (a, b) =>
        isRequired(a) === isRequired(b) &&
        places?.get(a) === places?.get(b) &&
        sameShape(this.before, a.target, this.after, b.target),
    );
    for (const [was, is] of renames) {
      const type = `same type, \`${shapeName(is.target)}\``;
      this.add(
        'breaking',
        'MemberRenamed',
        `${where}.${was.name}`,
        `member \`${was.name}\` renamed to \`${is.name}\``,
        direction === 'input'
          ? `Send \`${is.name}\` where you sent \`${was.name}\` (${type}).`
          : `Read \`${is.name}\` where you read \`${was.name}\` (${type}).`,
      );
      // What else changed about the member is listed under its new name.
      this.compareConstraints(was, is, direction, `${where}.${is.name}`);
      this.compareTargets(was.target, is.target, direction, `${where}.${is.name}`);
    }
    for (const [name, m] of old) {
      const subject = `${where}.${name}`;
      const next = now.get(name);
      if (!next) {
        if (!renames.has(m)) {
          this.add('breaking', 'MemberRemoved', subject, `member \`${name}\` removed`);
        }
        continue;
      }
      const wasRequired = isRequired(m);
      const isNowRequired = isRequired(next);
      if (direction === 'input' && !wasRequired && isNowRequired) {
        this.add('breaking', 'MemberBecameRequired', subject, `\`${name}\` is now required`);
      }
      if (direction === 'output' && wasRequired && !isNowRequired) {
        this.add('breaking', 'MemberBecameOptional', subject, `\`${name}\` may now be absent`);
      }
      const [was, is] = [places?.get(m), places?.get(next)];
      if (was !== is) {
        this.add('breaking', 'MemberBindingChanged', subject, `sent in ${is} instead of ${was}`);
      }
      this.compareConstraints(m, next, direction, subject);
      this.compareTargets(m.target, next.target, direction, subject);
    }
    const renamedTo = new Set(renames.values());
    for (const [name, m] of now) {
      if (old.has(name) || renamedTo.has(m)) continue;
      const subject = `${where}.${name}`;
      if (direction === 'input' && isRequired(m)) {
        this.add('breaking', 'RequiredMemberAdded', subject, `new required member \`${name}\``);
      } else {
        this.add(
          'additive',
          'MemberAdded',
          subject,
          `new ${isRequired(m) ? '' : 'optional '}member \`${name}\``,
        );
      }
    }
  }
}

/**
 * Pairs removed with added things that `same` calls identical, one to one: a removed thing with
 * exactly one identical added thing, which no other removed thing matches, was renamed. Anything
 * ambiguous stays a removal and an addition, so a guess never hides a change.
 */
function pairRenames<T>(
  removed: readonly T[],
  added: readonly T[],
  same: (was: T, is: T) => boolean,
): Map<T, T> {
  const pairs = new Map<T, T>();
  for (const was of removed) {
    const matches = added.filter((is) => same(was, is));
    const [is] = matches;
    if (matches.length !== 1 || is === undefined) continue;
    if (removed.filter((other) => same(other, is)).length === 1) pairs.set(was, is);
  }
  return pairs;
}

/**
 * Whether two member targets are the same named type: the same shape, or shapes of the same name
 * and kind (each version defines its own `Order`). Prelude types (`String`) say too little to
 * tell a rename from a removal next to an unrelated addition, so they never match.
 */
function sameShape(before: SemanticModel, a: ShapeId, after: SemanticModel, b: ShapeId): boolean {
  if (before.isPrelude(a) || after.isPrelude(b)) return false;
  if (a === b) return true;
  const [x, y] = [before.expectShape(a), after.expectShape(b)];
  return shapeName(a) === shapeName(b) && kind(x) === kind(y);
}

function kind(shape: Shape): string {
  // Sets are lists with unique items; enums are strings with a closed set of values.
  if (shape.type === 'set') return 'list';
  return shape.type;
}

function describe(model: SemanticModel, shape: Shape): string {
  return model.isPrelude(shape.id) ? shape.type : `${shapeName(shape.id)} (${kind(shape)})`;
}

function isRequired(member: Member): boolean {
  return TRAIT_IDS.required in member.traits && !(TRAIT_IDS.default in member.traits);
}

/** Where a member of a request or response travels, in the words of a change message. */
function placeOf(binding: HttpBinding): string {
  switch (binding.location) {
    case 'label':
      return 'the path';
    case 'query':
      return `query \`${binding.locationName}\``;
    case 'header':
      return `header \`${binding.locationName}\``;
    case 'payload':
      return 'the payload';
    default:
      return 'the body';
  }
}

function bound(value: NodeValue | undefined): Bound | undefined {
  return typeof value === 'number' || value instanceof BigNumberValue ? value : undefined;
}

/** A message when `after` admits fewer values than `before`, else `undefined`. */
function narrowing(
  before: NodeValue | undefined,
  after: NodeValue | undefined,
): string | undefined {
  const was = asObject(before) ?? {};
  const is = asObject(after);
  if (!is) return undefined;
  const [min, max] = [bound(is['min']), bound(is['max'])];
  const [oldMin, oldMax] = [bound(was['min']), bound(was['max'])];
  if (min !== undefined && (oldMin === undefined || compareNumbers(min, oldMin) === 1)) {
    return `minimum raised to ${String(min)}`;
  }
  if (max !== undefined && (oldMax === undefined || compareNumbers(max, oldMax) === -1)) {
    return `maximum lowered to ${String(max)}`;
  }
  return undefined;
}

function operationsByName(ref: ServiceRef): Map<string, Shape> {
  const closure = ref.model.serviceClosure(ref.service);
  return new Map(closure.operations.map((op) => [shapeName(op.id), op]));
}

/** Every change from `before` to `after`, breaking first. */
export function diffServices(before: ServiceRef, after: ServiceRef): ModelChange[] {
  const d = new Differ(before.model, after.model);
  const service = shapeName(after.service);
  const oldOps = operationsByName(before);
  const newOps = operationsByName(after);
  const route = (op: Shape): string => {
    const h = httpTraitOf(op);
    return h ? `${h.method} ${h.uri.replace(/\/v\d+\//, '/vN/')}` : '';
  };
  const renamed = pairRenames(
    [...oldOps.keys()].filter((n) => !newOps.has(n)),
    [...newOps.keys()].filter((n) => !oldOps.has(n)),
    (was, is) => {
      const [a, b] = [oldOps.get(was), newOps.get(is)];
      return a !== undefined && b !== undefined && route(a) !== '' && route(a) === route(b);
    },
  );
  for (const [was, is] of renamed) {
    d.add(
      'breaking',
      'OperationRenamed',
      `${service}.${was}`,
      `operation \`${was}\` renamed to \`${is}\``,
      `Call \`${is}\` where you called \`${was}\`; its route is unchanged.`,
    );
  }
  const renamedTo = new Set(renamed.values());
  for (const [name, op] of oldOps) {
    const next = newOps.get(renamed.get(name) ?? name);
    const subject = `${service}.${name}`;
    if (!next || next.type !== 'operation' || op.type !== 'operation') {
      d.add('breaking', 'OperationRemoved', subject, `operation \`${name}\` removed`);
      continue;
    }
    const h1 = httpTraitOf(op);
    const h2 = httpTraitOf(next);
    if (route(op) !== route(next)) {
      d.add(
        'breaking',
        'HttpBindingChanged',
        subject,
        `now \`${h2?.method} ${h2?.uri}\` (was \`${h1?.method} ${h1?.uri}\`)`,
      );
    }
    if (h1 && h2 && h1.code !== h2.code) {
      d.add(
        'breaking',
        'SuccessStatusChanged',
        subject,
        `success status ${h2.code} (was ${h1.code})`,
      );
    }
    const s1 = asStringList(op.traits[TRAIT_IDS.requiredScopes]) ?? [];
    const s2 = asStringList(next.traits[TRAIT_IDS.requiredScopes]) ?? [];
    for (const s of s2.filter((x) => !s1.includes(x))) {
      d.add('breaking', 'ScopeAdded', subject, `now also requires scope \`${s}\``);
    }
    for (const s of s1.filter((x) => !s2.includes(x))) {
      d.add('additive', 'ScopeRemoved', subject, `no longer requires scope \`${s}\``);
    }
    const p = paginatedTraitOf(next);
    if (JSON.stringify(paginatedTraitOf(op) ?? null) !== JSON.stringify(p ?? null)) {
      d.add(
        'breaking',
        'PaginationChanged',
        subject,
        p
          ? `pages with \`${p.inputToken ?? ''}\` / \`${p.outputToken ?? ''}\` (items in \`${p.items ?? ''}\`)`
          : 'no longer paginated',
      );
    }
    for (const side of ['input', 'output'] as const) {
      const message: HttpMessage = side === 'input' ? 'request' : 'response';
      const was = httpBindingsOf(before.model.getShape(op[side]), message);
      const is = httpBindingsOf(after.model.getShape(next[side]), message);
      const places = new Map([...was, ...is].map((b) => [b.member, placeOf(b)]));
      const members = (bindings: readonly HttpBinding[]) => bindings.map((b) => b.member);
      d.compareMembers(members(was), members(is), side, `${name} ${side}`, places);
    }
    const e1 = new Set(op.errors.map(shapeName));
    for (const e of next.errors.map(shapeName).filter((x) => !e1.has(x))) {
      d.add('additive', 'ErrorAdded', subject, `may now answer \`${e}\``);
    }
  }
  for (const name of newOps.keys()) {
    if (!oldOps.has(name) && !renamedTo.has(name))
      d.add('additive', 'OperationAdded', `${service}.${name}`, `new operation \`${name}\``);
  }
  compareWebhooks(d, before, after, service);
  return sortChanges(d.changes);
}

function compareWebhooks(d: Differ, before: ServiceRef, after: ServiceRef, service: string): void {
  const events = (ref: ServiceRef): Map<string, ShapeId> =>
    new Map(
      (asStringList(ref.model.expectShape(ref.service).traits[TRAIT_IDS.webhooks]) ?? []).map(
        (id) => [
          asString(ref.model.expectShape(id).traits[TRAIT_IDS.webhookEvent]) ?? shapeName(id),
          id,
        ],
      ),
    );
  const old = events(before);
  const now = events(after);
  for (const [type, id] of old) {
    const next = now.get(type);
    if (!next) {
      d.add(
        'breaking',
        'WebhookEventRemoved',
        `${service} webhooks`,
        `event \`${type}\` no longer sent`,
      );
      continue;
    }
    // Partners receive events: they are outputs.
    d.compareTargets(id, next, 'output', `event ${type}`);
  }
  for (const type of now.keys()) {
    if (!old.has(type))
      d.add('additive', 'WebhookEventAdded', `${service} webhooks`, `new event \`${type}\``);
  }
}
