/**
 * @module The API as the sandbox serves it, read from the model: every operation of every
 * versioned service (`@lifecycle`) with its route, success status, required scopes, input and
 * output shapes, pagination and idempotency token; each version's lifecycle; the known scopes;
 * the `local` environment. Loading fails with the model's own located errors.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatEvent, loadModel } from '@platform/smithy';
import type {
  NodeValue,
  OperationShape,
  SemanticModel,
  ServiceShape,
  StructureShape,
} from '@platform/smithy';
import { toHonoRoute } from './uri-pattern.js';

const TRAIT = {
  http: 'smithy.api#http',
  paginated: 'smithy.api#paginated',
  idempotencyToken: 'smithy.api#idempotencyToken',
  requiredScopes: 'example.platform#requiredScopes',
  oauth: 'example.platform#oauth2ClientCredentials',
  environments: 'example.platform#environments',
  lifecycle: 'example.platform#lifecycle',
  webhooks: 'example.platform#webhooks',
  webhookEvent: 'example.platform#webhookEvent',
} as const;

/** Where the repository keeps the model, relative to this file. */
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../../../model/', import.meta.url));

export interface ApiVersion {
  readonly major: number;
  /** As written in paths and errors: `v1`. */
  readonly label: string;
  readonly releasedAt: Date;
  readonly deprecatedAt?: Date;
  readonly sunsetAt?: Date;
  /** The successor's major, from the `successor` service id. */
  readonly successorMajor?: number;
  readonly policyUrl: string;
}

export interface Pagination {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly pageSize: string;
  readonly items: string;
}

export interface BoundOperation {
  readonly id: string;
  /** The operation's name, e.g. `GetOrder`: fault rules, audit events and handlers use it. */
  readonly name: string;
  readonly service: string;
  readonly version: ApiVersion;
  readonly method: string;
  /** The `@http` URI pattern, e.g. `/v2/orders/{orderId}`. */
  readonly uri: string;
  readonly honoPath: string;
  readonly successCode: number;
  readonly requiredScopes: readonly string[];
  readonly input: StructureShape;
  readonly output: StructureShape;
  readonly pagination?: Pagination;
  /** The input member carrying `@idempotencyToken`, if any. */
  readonly idempotencyToken?: string;
  /** The operation's `@examples` entries. */
  readonly examples: readonly NodeValue[];
}

export interface ApiModel {
  readonly model: SemanticModel;
  readonly operations: readonly BoundOperation[];
  readonly versions: ReadonlyMap<number, ApiVersion>;
  /** Every scope some service declares, sorted. */
  readonly scopes: readonly string[];
  /** The base URL of the `local` environment, if the model has one. */
  readonly localBaseUrl?: string;
  /** Event structure per API major and event type (`@webhooks` and `@webhookEvent`). */
  webhookEventShape(major: number, type: string): string | undefined;
}

function isRecord(value: NodeValue | undefined): value is { readonly [key: string]: NodeValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: NodeValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function date(value: NodeValue | undefined): Date | undefined {
  return typeof value === 'string' ? new Date(value) : undefined;
}

function lifecycleOf(model: SemanticModel, service: ServiceShape): ApiVersion {
  const trait = service.traits[TRAIT.lifecycle];
  if (!isRecord(trait) || typeof trait['major'] !== 'number') {
    throw new TypeError(`${service.id} has no example.platform#lifecycle with a major version.`);
  }
  const successorId = text(trait['successor']);
  const successor = successorId ? model.getShape(successorId)?.traits[TRAIT.lifecycle] : undefined;
  const deprecatedAt = date(trait['deprecatedAt']);
  const sunsetAt = date(trait['sunsetAt']);
  const successorMajor =
    isRecord(successor) && typeof successor['major'] === 'number' ? successor['major'] : undefined;
  return {
    major: trait['major'],
    label: `v${trait['major']}`,
    releasedAt: date(trait['releasedAt']) ?? new Date(0),
    ...(deprecatedAt ? { deprecatedAt } : {}),
    ...(sunsetAt ? { sunsetAt } : {}),
    ...(successorMajor === undefined ? {} : { successorMajor }),
    policyUrl: text(trait['policyUrl']) ?? '',
  };
}

function paginationOf(service: ServiceShape, operation: OperationShape): Pagination | undefined {
  const own = operation.traits[TRAIT.paginated];
  if (!isRecord(own)) return undefined;
  const inherited = service.traits[TRAIT.paginated];
  const merged = { ...(isRecord(inherited) ? inherited : {}), ...own };
  const field = (name: string) => {
    const value = text(merged[name]);
    if (!value) throw new TypeError(`${operation.id}: @paginated needs "${name}" for the sandbox.`);
    return value;
  };
  return {
    inputToken: field('inputToken'),
    outputToken: field('outputToken'),
    pageSize: field('pageSize'),
    items: field('items'),
  };
}

function bindOperation(
  model: SemanticModel,
  service: ServiceShape,
  version: ApiVersion,
  operation: OperationShape,
): BoundOperation {
  const http = operation.traits[TRAIT.http];
  if (!isRecord(http) || typeof http['method'] !== 'string' || typeof http['uri'] !== 'string') {
    throw new TypeError(`${operation.id} has no @http trait; the sandbox cannot route it.`);
  }
  const input = model.expectShape(operation.input, 'structure');
  const output = model.expectShape(operation.output, 'structure');
  const scopes = operation.traits[TRAIT.requiredScopes];
  const idempotencyToken = [...input.members.values()].find(
    (member) => TRAIT.idempotencyToken in member.traits,
  )?.name;
  const pagination = paginationOf(service, operation);
  const examples = operation.traits['smithy.api#examples'];
  return {
    id: operation.id,
    name: operation.id.slice(operation.id.indexOf('#') + 1),
    service: service.id.slice(service.id.indexOf('#') + 1),
    version,
    method: http['method'].toUpperCase(),
    uri: http['uri'],
    honoPath: toHonoRoute(http['uri']).path,
    successCode: typeof http['code'] === 'number' ? http['code'] : 200,
    requiredScopes: Array.isArray(scopes) ? scopes.filter((s) => typeof s === 'string') : [],
    input,
    output,
    ...(pagination ? { pagination } : {}),
    ...(idempotencyToken ? { idempotencyToken } : {}),
    examples: Array.isArray(examples) ? examples : [],
  };
}

/** Reads the API out of a loaded model: every service with `@lifecycle` is one API version's. */
export function bindApiModel(model: SemanticModel): ApiModel {
  const operations: BoundOperation[] = [];
  const versions = new Map<number, ApiVersion>();
  const scopes = new Set<string>();
  const events = new Map<string, string>();
  let localBaseUrl: string | undefined;
  for (const service of model.shapesOfType('service')) {
    if (!(TRAIT.lifecycle in service.traits)) continue;
    const version = lifecycleOf(model, service);
    versions.set(version.major, version);
    const oauth = service.traits[TRAIT.oauth];
    if (isRecord(oauth) && isRecord(oauth['scopes'])) {
      for (const scope of Object.keys(oauth['scopes'])) scopes.add(scope);
    }
    const environments = service.traits[TRAIT.environments];
    if (Array.isArray(environments)) {
      const local = environments.find((env) => isRecord(env) && env['name'] === 'local');
      if (isRecord(local)) localBaseUrl ??= text(local['baseUrl']);
    }
    const delivered = service.traits[TRAIT.webhooks];
    for (const id of Array.isArray(delivered) ? delivered : []) {
      const type =
        typeof id === 'string' ? model.getShape(id)?.traits[TRAIT.webhookEvent] : undefined;
      if (typeof id === 'string' && typeof type === 'string')
        events.set(`${version.major}:${type}`, id);
    }
    for (const operation of model.serviceClosure(service.id).operations) {
      operations.push(bindOperation(model, service, version, operation));
    }
  }
  operations.sort((a, b) => a.version.major - b.version.major || (a.id < b.id ? -1 : 1));
  return {
    model,
    operations,
    versions,
    scopes: [...scopes].sort(),
    ...(localBaseUrl ? { localBaseUrl } : {}),
    webhookEventShape: (major, type) => events.get(`${major}:${type}`),
  };
}

function smithyFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return path.endsWith('.smithy') ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => smithyFiles(join(path, entry)));
}

const loaded = new Map<string, ApiModel>();

/**
 * Loads and binds the model in `dir` (its `.smithy` files), once per process: sandboxes started
 * by the same test process share the (read-only) result.
 */
export function loadApiModel(dir: string = DEFAULT_MODEL_DIR): ApiModel {
  const cached = loaded.get(dir);
  if (cached) return cached;
  const result = loadModel({ files: smithyFiles(dir) });
  if (!result.ok) {
    const errors = result.events.filter((e) => e.severity === 'ERROR' || e.severity === 'DANGER');
    throw new Error(
      `The model in ${dir} has ${errors.length} error(s); the sandbox serves only a valid model:\n${errors.map(formatEvent).join('\n')}`,
    );
  }
  const api = bindApiModel(result.model);
  loaded.set(dir, api);
  return api;
}
