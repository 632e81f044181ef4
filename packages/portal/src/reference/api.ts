/**
 * @module The API as partners see it, read from the model: API versions (one per
 * `example.platform.vN` namespace), their services, operations with HTTP bindings, scopes,
 * errors and examples, and webhook events. Every page of the reference is drawn from this.
 */
import type {
  Member,
  OperationShape,
  SemanticModel,
  ServiceShape,
  ShapeId,
  StructureShape,
} from '@platform/smithy';
import {
  TRAIT,
  documentation,
  environments,
  examples,
  has,
  httpErrorCode,
  httpTrait,
  lifecycle,
  paginated,
  requiredScopes,
  scopeDescriptions,
  webhookEventName,
  webhookShapes,
  type Environment,
  type Example,
  type HttpTrait,
  type Lifecycle,
  type Paginated,
} from './traits.js';

/** Where an input member travels on the wire. */
export type Binding = 'path' | 'query' | 'header' | 'body' | 'payload';

export interface BoundMember {
  readonly member: Member;
  readonly binding: Binding;
  /** Name on the wire: the path label, query key, header name or JSON name. */
  readonly wireName: string;
  readonly required: boolean;
}

export interface ErrorDoc {
  readonly id: ShapeId;
  readonly name: string;
  readonly status: number | undefined;
  readonly documentation: string | undefined;
}

export interface OperationDoc {
  readonly shape: OperationShape;
  readonly name: string;
  readonly service: ServiceDoc;
  readonly documentation: string | undefined;
  readonly http: HttpTrait;
  readonly scopes: readonly string[];
  readonly paginated: Paginated | undefined;
  readonly readonly: boolean;
  readonly idempotent: boolean;
  readonly input: readonly BoundMember[];
  readonly output: readonly BoundMember[];
  /** Operation errors first, then the service's common errors. */
  readonly errors: readonly ErrorDoc[];
  readonly examples: readonly Example[];
}

export interface ServiceDoc {
  readonly shape: ServiceShape;
  readonly name: string;
  /** Folder of the service's pages inside its version (`commercial`). */
  readonly slug: string;
  readonly documentation: string | undefined;
  readonly scopes: Readonly<Record<string, string>>;
  readonly environments: readonly Environment[];
  readonly operations: readonly OperationDoc[];
  /** Ids of the `@webhookEvent` structures the service delivers. */
  readonly webhooks: readonly ShapeId[];
  /** Every non-prelude shape the service reaches. */
  readonly shapeIds: readonly ShapeId[];
}

export interface ApiVersion {
  /** `v1`, `v2`. */
  readonly name: string;
  readonly major: number;
  readonly namespace: string;
  readonly lifecycle: Lifecycle | undefined;
  /** The version that replaces this one (`v2`), from `@lifecycle(successor:)`. */
  readonly successor: string | undefined;
  readonly services: readonly ServiceDoc[];
}

export interface WebhookEventDoc {
  readonly id: ShapeId;
  /** `order.created`. */
  readonly type: string;
  readonly shape: StructureShape;
}

const VERSION_NAMESPACE = /^example\.platform\.v(\d+)$/;

export function shapeName(id: ShapeId): string {
  return id.slice(id.indexOf('#') + 1);
}

export function namespaceOf(id: ShapeId): string {
  return id.slice(0, id.indexOf('#'));
}

/** `GetOrder` → `getOrder`: the aggregated client's method name. */
export function methodName(operation: string): string {
  return operation.charAt(0).toLowerCase() + operation.slice(1);
}

function bindMember(member: Member): BoundMember {
  const t = member.traits;
  const required = has(t, TRAIT.required);
  const named = (trait: string): string | undefined => {
    const v = t[trait];
    return typeof v === 'string' ? v : undefined;
  };
  if (has(t, TRAIT.httpLabel)) return { member, binding: 'path', wireName: member.name, required };
  const query = named(TRAIT.httpQuery);
  if (query !== undefined) return { member, binding: 'query', wireName: query, required };
  const header = named(TRAIT.httpHeader);
  if (header !== undefined) return { member, binding: 'header', wireName: header, required };
  if (has(t, TRAIT.httpPayload))
    return { member, binding: 'payload', wireName: member.name, required };
  return { member, binding: 'body', wireName: named(TRAIT.jsonName) ?? member.name, required };
}

function boundMembers(model: SemanticModel, id: ShapeId): BoundMember[] {
  if (id === 'smithy.api#Unit') return [];
  const shape = model.expectShape(id);
  if (shape.type !== 'structure' && shape.type !== 'union') return [];
  return [...shape.members.values()].map(bindMember);
}

function errorDoc(model: SemanticModel, id: ShapeId): ErrorDoc {
  const shape = model.expectShape(id);
  return {
    id,
    name: shapeName(id),
    status: httpErrorCode(shape.traits),
    documentation: documentation(shape.traits),
  };
}

function slugOf(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function serviceDoc(model: SemanticModel, service: ServiceShape): ServiceDoc {
  const closure = model.serviceClosure(service.id);
  const operations: OperationDoc[] = [];
  const doc: ServiceDoc = {
    shape: service,
    name: shapeName(service.id),
    slug: slugOf(shapeName(service.id)),
    documentation: documentation(service.traits),
    scopes: scopeDescriptions(service.traits),
    environments: environments(service.traits),
    operations,
    webhooks: webhookShapes(service.traits),
    shapeIds: closure.shapeIds.filter((id) => !model.isPrelude(id)),
  };
  const serviceErrors = service.errors;
  // Declaration order of the service (list, get, create, cancel) reads better than A to Z.
  const declared = (id: ShapeId): number => {
    const i = service.operations.indexOf(id);
    return i < 0 ? service.operations.length : i;
  };
  const ordered = [...closure.operations].sort((a, b) => declared(a.id) - declared(b.id));
  for (const op of ordered) {
    const http = httpTrait(op.traits);
    if (!http) continue;
    const errorIds = [...op.errors, ...serviceErrors.filter((e) => !op.errors.includes(e))];
    operations.push({
      shape: op,
      name: shapeName(op.id),
      service: doc,
      documentation: documentation(op.traits),
      http,
      scopes: requiredScopes(op.traits),
      paginated: paginated(op.traits),
      readonly: has(op.traits, TRAIT.readonly),
      idempotent: has(op.traits, TRAIT.idempotent) || has(op.traits, TRAIT.readonly),
      input: boundMembers(model, op.input),
      output: boundMembers(model, op.output),
      errors: errorIds.map((id) => errorDoc(model, id)),
      examples: examples(op.traits),
    });
  }
  return doc;
}

/** Every API version of the model, oldest first. */
export function collectApi(model: SemanticModel): ApiVersion[] {
  const byNamespace = new Map<string, ServiceShape[]>();
  for (const service of model.shapesOfType('service')) {
    const ns = namespaceOf(service.id);
    if (!VERSION_NAMESPACE.test(ns)) continue;
    byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), service]);
  }
  const versions = [...byNamespace].map(([namespace, services]) => {
    const major = Number(VERSION_NAMESPACE.exec(namespace)?.[1]);
    const ordered = [...services].sort(
      (a, b) => serviceRank(a) - serviceRank(b) || a.id.localeCompare(b.id),
    );
    const life = ordered.map((s) => lifecycle(s.traits)).find((l) => l !== undefined);
    const successorNs = life?.successor ? namespaceOf(life.successor) : undefined;
    const successorMajor = successorNs ? VERSION_NAMESPACE.exec(successorNs)?.[1] : undefined;
    return {
      name: `v${major}`,
      major,
      namespace,
      lifecycle: life,
      successor: successorMajor ? `v${successorMajor}` : undefined,
      services: ordered.map((s) => serviceDoc(model, s)),
    };
  });
  return versions.sort((a, b) => a.major - b.major);
}

/** Commercial first: it is what most partners come for. */
function serviceRank(service: ServiceShape): number {
  const order = ['Commercial', 'Applications', 'Users'];
  const i = order.indexOf(shapeName(service.id));
  return i < 0 ? order.length : i;
}

/** The webhook events a version's services deliver, in the order the services list them. */
export function webhookEvents(model: SemanticModel, version: ApiVersion): WebhookEventDoc[] {
  const seen = new Set<ShapeId>();
  const out: WebhookEventDoc[] = [];
  for (const service of version.services) {
    for (const id of service.webhooks) {
      if (seen.has(id)) continue;
      seen.add(id);
      const shape = model.expectShape(id, 'structure');
      out.push({ id, type: webhookEventName(shape.traits) ?? shapeName(id), shape });
    }
  }
  return out;
}
