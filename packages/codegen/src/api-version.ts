/**
 * @module api-version
 *
 * Groups the model's services into API versions (one SDK entry point each) by their
 * `example.platform#lifecycle` major, and collects what a version's code needs: its services,
 * every shape they reach, its environment table and its successor's major.
 */
import type {
  NodeValue,
  OperationShape,
  SemanticModel,
  ServiceShape,
  Shape,
} from '@platform/smithy';
import { CodegenError } from './codegen-error.js';
import { shapeName } from './source-writer.js';
import { checkService } from './supported.js';

export const LIFECYCLE = 'example.platform#lifecycle';
export const ENVIRONMENTS = 'example.platform#environments';
export const WEBHOOKS = 'example.platform#webhooks';

export interface EnvironmentEntry {
  readonly name: string;
  readonly baseUrl: string;
  readonly tokenUrl: string;
  readonly description?: string;
}

export interface ApiService {
  readonly shape: ServiceShape;
  readonly name: string;
  readonly operations: readonly OperationShape[];
}

export interface ApiVersion {
  readonly major: number;
  readonly services: readonly ApiService[];
  /** Every non-prelude shape the version's services reach, by name (names are unique). */
  readonly shapes: ReadonlyMap<string, Shape>;
  readonly environments: readonly EnvironmentEntry[];
  readonly successorMajor?: number;
  /** Webhook event structures delivered by the version's services, sorted by name. */
  readonly webhookEvents: readonly Shape[];
}

function record(value: NodeValue | undefined): Record<string, NodeValue> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, NodeValue>)
    : undefined;
}

function majorOf(service: ServiceShape): number {
  const major = record(service.traits[LIFECYCLE])?.major;
  if (typeof major !== 'number' || !Number.isInteger(major) || major < 1) {
    throw new CodegenError(
      'every service needs @lifecycle(major: N) so the generator knows which SDK entry point (/vN) it belongs to.',
      service.id,
      service.location,
    );
  }
  return major;
}

function environmentsOf(service: ServiceShape): EnvironmentEntry[] {
  const value = service.traits[ENVIRONMENTS];
  if (!Array.isArray(value) || value.length === 0) {
    throw new CodegenError(
      'every service needs @environments([...]) with prod, sandbox and local entries (base URL and token URL).',
      service.id,
      service.location,
    );
  }
  return value.map((entry: NodeValue) => {
    const fields = record(entry) ?? {};
    const { name, baseUrl, tokenUrl, description } = fields;
    if (typeof name !== 'string' || typeof baseUrl !== 'string' || typeof tokenUrl !== 'string') {
      throw new CodegenError(
        '@environments entries need string name, baseUrl and tokenUrl.',
        service.id,
        service.location,
      );
    }
    return typeof description === 'string'
      ? { name, baseUrl, tokenUrl, description }
      : { name, baseUrl, tokenUrl };
  });
}

/** The model's API versions, by ascending major. */
export function collectApiVersions(model: SemanticModel): ApiVersion[] {
  const byMajor = new Map<number, ServiceShape[]>();
  for (const service of model.shapesOfType('service')) {
    if (model.isPrelude(service.id)) continue;
    checkService(service);
    const major = majorOf(service);
    byMajor.set(major, [...(byMajor.get(major) ?? []), service]);
  }
  return [...byMajor.keys()]
    .sort((a, b) => a - b)
    .map((major) => buildVersion(model, major, byMajor.get(major) ?? []));
}

function buildVersion(
  model: SemanticModel,
  major: number,
  serviceShapes: ServiceShape[],
): ApiVersion {
  const services = serviceShapes
    .map((shape) => ({
      shape,
      name: shapeName(shape.id),
      operations: model.serviceClosure(shape.id).operations,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));

  const shapes = new Map<string, Shape>();
  for (const { shape: service } of services) {
    for (const id of model.serviceClosure(service.id).shapeIds) {
      if (model.isPrelude(id)) continue;
      const shape = model.expectShape(id);
      if (shape.type === 'service' || shape.type === 'operation' || shape.type === 'resource')
        continue;
      const name = shapeName(id);
      const seen = shapes.get(name);
      if (seen !== undefined && seen.id !== id) {
        throw new CodegenError(
          `its name clashes with ${seen.id} in API v${major}: generated type names must be unique per version. Rename one of the shapes.`,
          id,
          shape.location,
        );
      }
      shapes.set(name, shape);
    }
  }

  const environments = environmentsOf(services[0]!.shape);
  for (const { shape } of services.slice(1)) {
    if (JSON.stringify(environmentsOf(shape)) !== JSON.stringify(environments)) {
      throw new CodegenError(
        `@environments differs from ${services[0]!.shape.id}: the services of one API version share one environment table.`,
        shape.id,
        shape.location,
      );
    }
  }

  const successors = new Set(
    services
      .map(({ shape }) => record(shape.traits[LIFECYCLE])?.successor)
      .filter((s) => s !== undefined),
  );
  let successorMajor: number | undefined;
  for (const successor of successors) {
    const next = model.expectShape(String(successor), 'service');
    successorMajor = majorOf(next);
  }

  const webhookEvents = services
    .flatMap(({ shape }) => {
      const value = shape.traits[WEBHOOKS];
      return Array.isArray(value)
        ? value.map((id: NodeValue) => model.expectShape(String(id)))
        : [];
    })
    .sort((a, b) => shapeName(a.id).localeCompare(shapeName(b.id)));
  for (const event of webhookEvents) shapes.set(shapeName(event.id), event);
  addReachable(model, webhookEvents, shapes, major);

  return { major, services, shapes, environments, successorMajor, webhookEvents };
}

/** Webhook events are not reached through operations: add their member targets too. */
function addReachable(
  model: SemanticModel,
  roots: readonly Shape[],
  shapes: Map<string, Shape>,
  major: number,
): void {
  const queue = [...roots];
  while (queue.length > 0) {
    const shape = queue.pop()!;
    const members =
      shape.type === 'structure' || shape.type === 'union'
        ? [...shape.members.values()]
        : shape.type === 'list' || shape.type === 'set'
          ? [shape.member]
          : shape.type === 'map'
            ? [shape.key, shape.value]
            : [];
    for (const member of members) {
      if (model.isPrelude(member.target)) continue;
      const target = model.expectShape(member.target);
      const name = shapeName(target.id);
      const seen = shapes.get(name);
      if (seen === undefined) {
        shapes.set(name, target);
        queue.push(target);
      } else if (seen.id !== target.id) {
        throw new CodegenError(
          `its name clashes with ${seen.id} in API v${major}: generated type names must be unique per version.`,
          target.id,
          target.location,
        );
      }
    }
  }
}
