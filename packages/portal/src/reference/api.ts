/**
 * @module The API as partners see it, read from the model: API versions (one per
 * `example.platform.vN` namespace), their services, operations with HTTP bindings, scopes,
 * errors and examples, and webhook events. Every page of the reference is drawn from this.
 */
import {
  asString,
  asStringList,
  httpBindingsOf,
  httpErrorStatus,
  httpTraitOf,
  paginatedTraitOf,
  shapeName,
  shapeNamespace,
  TRAIT_IDS,
} from '@platform/smithy';
import type {
  HttpBinding,
  HttpMessage,
  HttpTrait,
  OperationShape,
  Paginated,
  SemanticModel,
  ServiceShape,
  ShapeId,
  StructureShape,
  Member,
} from '@platform/smithy';
import {
  documentation,
  environments,
  examples,
  lifecycle,
  scopeDescriptions,
  type Environment,
  type Example,
  type Lifecycle,
} from './traits.js';

/** Where an input member travels on the wire. */
export type Binding = 'path' | 'query' | 'header' | 'body' | 'payload';

export interface BoundMember {
  readonly member: Member;
  readonly binding: Binding;
  /** Name on the wire: the path label, query key, header name or JSON name. */
  readonly wireName: string;
  readonly required: boolean;
  /**
   * `@idempotencyToken`: the SDK fills it with a new key per call (the same on every retry), so
   * samples leave it out and the console never pre-fills it. Read here once for every page.
   */
  readonly idempotencyToken: boolean;
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

/** Where a member travels, as the reference names it; the rest of the body is `body`. */
const PLACES: Partial<Record<HttpBinding['location'], Binding>> = {
  label: 'path',
  query: 'query',
  header: 'header',
  payload: 'payload',
};

function bindMember({ member, location, locationName }: HttpBinding): BoundMember {
  const required = TRAIT_IDS.required in member.traits;
  const binding = PLACES[location] ?? 'body';
  const wireName =
    binding === 'body'
      ? (asString(member.traits[TRAIT_IDS.jsonName]) ?? member.name)
      : locationName;
  const idempotencyToken = TRAIT_IDS.idempotencyToken in member.traits;
  return { member, binding, wireName, required, idempotencyToken };
}

function boundMembers(model: SemanticModel, id: ShapeId, message: HttpMessage): BoundMember[] {
  return httpBindingsOf(model.getShape(id), message).map(bindMember);
}

function errorDoc(model: SemanticModel, id: ShapeId): ErrorDoc {
  const shape = model.expectShape(id);
  return {
    id,
    name: shapeName(id),
    status: httpErrorStatus(shape),
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
    webhooks: asStringList(service.traits[TRAIT_IDS.webhooks]) ?? [],
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
    const http = httpTraitOf(op);
    if (!http) continue;
    const errorIds = [...op.errors, ...serviceErrors.filter((e) => !op.errors.includes(e))];
    operations.push({
      shape: op,
      name: shapeName(op.id),
      service: doc,
      documentation: documentation(op.traits),
      http,
      scopes: asStringList(op.traits[TRAIT_IDS.requiredScopes]) ?? [],
      paginated: paginatedTraitOf(op),
      readonly: TRAIT_IDS.readonly in op.traits,
      idempotent: TRAIT_IDS.idempotent in op.traits || TRAIT_IDS.readonly in op.traits,
      input: boundMembers(model, op.input, 'request'),
      output: boundMembers(model, op.output, 'response'),
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
    const ns = shapeNamespace(service.id);
    if (!VERSION_NAMESPACE.test(ns)) continue;
    byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), service]);
  }
  const versions = [...byNamespace].map(([namespace, services]) => {
    const major = Number(VERSION_NAMESPACE.exec(namespace)?.[1]);
    const ordered = [...services].sort(
      (a, b) => serviceRank(a) - serviceRank(b) || a.id.localeCompare(b.id),
    );
    const life = ordered.map((s) => lifecycle(s.traits)).find((l) => l !== undefined);
    const successorNs = life?.successor ? shapeNamespace(life.successor) : undefined;
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
      const type = asString(shape.traits[TRAIT_IDS.webhookEvent]) ?? shapeName(id);
      out.push({ id, type, shape });
    }
  }
  return out;
}
