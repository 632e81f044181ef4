/**
 * @module The API reference part of the portal, from the model: pages for every version, the
 * navigation, the tables the guides embed, and the generated samples (for the CI compile check).
 */
import type { SemanticModel } from '@platform/smithy';
import type { ReferenceSite } from '../build.js';
import type { MarkdownRenderer } from '../site/markdown.js';
import type { NavGroup, VersionNav, VersionStatus } from '../site/nav.js';
import type { Page } from '../site/page.js';
import { collectApi, type ApiVersion, type OperationDoc } from './api.js';
import { changelogPage, versionChanges } from './changelog-page.js';
import { modelFragments } from './fragments.js';
import { operationPage } from './operation-page.js';
import { referencePaths } from './paths.js';
import { operationSamples, type OperationSamples } from './samples.js';
import { SchemaCatalog } from './schemas.js';
import { WEBHOOK_SNIPPET, schemasPage, versionIndexPage, webhooksPage } from './version-pages.js';

/** A generated TypeScript sample and where it is shown. */
export interface GeneratedSample {
  readonly id: string;
  readonly page: string;
  readonly code: string;
}

export interface ModelReference extends ReferenceSite {
  readonly api: readonly ApiVersion[];
  readonly samples: readonly GeneratedSample[];
  readonly operationSamples: readonly OperationSamples[];
}

/** Thrown when the model lacks what the portal needs; the message says what to add. */
export class ModelReferenceError extends Error {
  override readonly name = 'ModelReferenceError';
}

function status(version: ApiVersion, newest: ApiVersion): VersionStatus {
  const life = version.lifecycle;
  return {
    state: life?.deprecatedAt ? 'deprecated' : version === newest ? 'current' : 'supported',
    releasedAt: life?.releasedAt,
    deprecatedAt: life?.deprecatedAt,
    sunsetAt: life?.sunsetAt,
    successor: version.successor,
    policyUrl: life?.policyUrl,
  };
}

function findOperation(version: ApiVersion, op: OperationDoc): OperationDoc | undefined {
  return version.services
    .find((s) => s.name === op.service.name)
    ?.operations.find((o) => o.name === op.name);
}

function environment(version: ApiVersion, name: string): { baseUrl: string; tokenUrl: string } {
  const envs = version.services[0]?.environments ?? [];
  const env = envs.find((e) => e.name === name) ?? envs[0];
  if (!env) {
    throw new ModelReferenceError(
      `API ${version.name}: no @environments trait on its services; add one (see model/common/traits.smithy).`,
    );
  }
  return env;
}

export function buildReference(model: SemanticModel, markdown: MarkdownRenderer): ModelReference {
  const api = collectApi(model);
  const newest = api[api.length - 1];
  if (!newest) {
    throw new ModelReferenceError('The model has no service in an example.platform.vN namespace.');
  }
  const current = [...api].reverse().find((v) => !v.lifecycle?.deprecatedAt) ?? newest;
  const pages: Page[] = [];
  const samples: GeneratedSample[] = [];
  const allSamples: OperationSamples[] = [];
  const versions: VersionNav[] = [];
  const same = (path: (v: string) => string): Record<string, string> =>
    Object.fromEntries(api.map((v) => [v.name, path(v.name)]));

  for (const version of api) {
    const shapeIds = version.services.flatMap((s) => s.shapeIds);
    const catalog = new SchemaCatalog(model, referencePaths.schemas(version.name), shapeIds);
    const sandbox = environment(version, 'sandbox');
    const groups: NavGroup[] = [];
    for (const service of version.services) {
      groups.push({
        title: service.name,
        links: service.operations.map((op) => ({
          title: op.name,
          path: referencePaths.operation(version.name, op),
          badge: op.http.method,
        })),
      });
      for (const op of service.operations) {
        const opSamples = operationSamples(model, version.name, op, sandbox.baseUrl);
        const alternates = Object.fromEntries(
          api.map((other) => {
            const match = findOperation(other, op);
            return [
              other.name,
              match
                ? referencePaths.operation(other.name, match)
                : referencePaths.versionIndex(other.name),
            ];
          }),
        );
        const page = operationPage({
          model,
          version,
          op,
          catalog,
          markdown,
          samples: opSamples,
          tokenUrl: sandbox.tokenUrl,
          alternates,
        });
        pages.push(page);
        allSamples.push(opSamples);
        samples.push({ id: opSamples.id, page: page.path, code: opSamples.typescript });
      }
    }
    groups.push({
      title: 'Models',
      links: [
        { title: 'Schemas', path: referencePaths.schemas(version.name) },
        { title: 'Webhook events', path: referencePaths.webhooks(version.name) },
      ],
    });
    pages.push(
      versionIndexPage(version, markdown, same(referencePaths.versionIndex)),
      schemasPage(version, catalog, markdown, same(referencePaths.schemas)),
      webhooksPage(model, version, catalog, markdown, same(referencePaths.webhooks)),
    );
    samples.push({
      id: `${version.name}/webhooks`,
      page: referencePaths.webhooks(version.name),
      code: WEBHOOK_SNIPPET,
    });
    versions.push({
      name: version.name,
      status: status(version, newest),
      index: referencePaths.versionIndex(version.name),
      groups,
    });
  }
  pages.push(changelogPage(versionChanges(model, api), markdown, api));
  return {
    api,
    versions,
    pages,
    fragments: modelFragments(model, api, current),
    more: [{ title: 'Changelog', path: referencePaths.changelog }],
    downloads: api.flatMap((v) =>
      v.services.map((service) => ({
        title: `${service.name} API ${v.name} (OpenAPI 3.1, JSON)`,
        path: referencePaths.openapi(v.name, service.name),
      })),
    ),
    samples,
    operationSamples: allSamples,
  };
}
