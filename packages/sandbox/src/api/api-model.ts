/**
 * @module The API as the sandbox serves it, read from the model: every operation of every
 * versioned service (`@lifecycle`) with its route, success status, required scopes, input and
 * output shapes, pagination and idempotency token; each version's lifecycle; the known scopes;
 * the `local` environment. Loading fails with the model's own located errors.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  asList,
  asNumber,
  asObject,
  asString,
  asStringList,
  formatEvent,
  httpTraitOf,
  loadModel,
  paginatedTraitOf,
  shapeName,
  TRAIT_IDS,
} from '@platform/smithy';
import type {
  NodeValue,
  OperationShape,
  Paginated,
  SemanticModel,
  ServiceShape,
  StructureShape,
} from '@platform/smithy';
import { toHonoRoute } from './uri-pattern.js';

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

function date(value: NodeValue | undefined): Date | undefined {
  const text = asString(value);
  return text === undefined ? undefined : new Date(text);
}

function lifecycleOf(model: SemanticModel, service: ServiceShape): ApiVersion {
  const trait = asObject(service.traits[TRAIT_IDS.lifecycle]);
  const major = asNumber(trait?.['major']);
  if (!trait || major === undefined) {
    throw new TypeError(`${service.id} has no example.platform#lifecycle with a major version.`);
  }
  const successorId = asString(trait['successor']);
  const successor = successorId
    ? asObject(model.getShape(successorId)?.traits[TRAIT_IDS.lifecycle])
    : undefined;
  const deprecatedAt = date(trait['deprecatedAt']);
  const sunsetAt = date(trait['sunsetAt']);
  const successorMajor = asNumber(successor?.['major']);
  return {
    major,
    label: `v${major}`,
    releasedAt: date(trait['releasedAt']) ?? new Date(0),
    ...(deprecatedAt ? { deprecatedAt } : {}),
    ...(sunsetAt ? { sunsetAt } : {}),
    ...(successorMajor === undefined ? {} : { successorMajor }),
    policyUrl: asString(trait['policyUrl']) ?? '',
  };
}

function paginationOf(service: ServiceShape, operation: OperationShape): Pagination | undefined {
  const merged = paginatedTraitOf(operation, service);
  if (!merged) return undefined;
  const field = (name: keyof Paginated) => {
    const value = merged[name];
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
  const http = httpTraitOf(operation);
  if (!http) {
    throw new TypeError(`${operation.id} has no @http trait; the sandbox cannot route it.`);
  }
  const input = model.expectShape(operation.input, 'structure');
  const output = model.expectShape(operation.output, 'structure');
  const idempotencyToken = [...input.members.values()].find(
    (member) => TRAIT_IDS.idempotencyToken in member.traits,
  )?.name;
  const pagination = paginationOf(service, operation);
  return {
    id: operation.id,
    name: shapeName(operation.id),
    service: shapeName(service.id),
    version,
    method: http.method.toUpperCase(),
    uri: http.uri,
    honoPath: toHonoRoute(http.uri).path,
    successCode: http.code,
    requiredScopes: asStringList(operation.traits[TRAIT_IDS.requiredScopes]) ?? [],
    input,
    output,
    ...(pagination ? { pagination } : {}),
    ...(idempotencyToken ? { idempotencyToken } : {}),
    examples: asList(operation.traits[TRAIT_IDS.examples]) ?? [],
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
    if (!(TRAIT_IDS.lifecycle in service.traits)) continue;
    const version = lifecycleOf(model, service);
    versions.set(version.major, version);
    const oauth = asObject(service.traits[TRAIT_IDS.oauth2ClientCredentials]);
    for (const scope of Object.keys(asObject(oauth?.['scopes']) ?? {})) scopes.add(scope);
    const environments = asList(service.traits[TRAIT_IDS.environments]) ?? [];
    const local = environments.map(asObject).find((env) => env?.['name'] === 'local');
    localBaseUrl ??= asString(local?.['baseUrl']);
    for (const id of asStringList(service.traits[TRAIT_IDS.webhooks]) ?? []) {
      const type = asString(model.getShape(id)?.traits[TRAIT_IDS.webhookEvent]);
      if (type !== undefined) events.set(`${version.major}:${type}`, id);
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
