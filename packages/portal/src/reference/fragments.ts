/**
 * @module Tables from the model that the guides embed with `<!-- portal:NAME -->`: environments,
 * scopes, errors, version lifecycle and webhook events. They are rendered for the guides' folder.
 */
import type { SemanticModel } from '@platform/smithy';
import { html, type SafeHtml } from '../site/html.js';
import { formatDate } from '../site/layout.js';
import { relativeHref } from '../site/paths.js';
import { webhookEvents, type ApiVersion, type ErrorDoc } from './api.js';
import { summary } from './operation-page.js';
import { guidePath, referencePaths } from './paths.js';
import { documentation } from './traits.js';

/** Names of the fragments, as used in the guides' placeholders. */
export const FRAGMENT_NAMES = [
  'environments',
  'scopes',
  'errors',
  'lifecycle',
  'webhook-events',
] as const;
export type FragmentName = (typeof FRAGMENT_NAMES)[number];

/** Fragments are inserted into guides, so links are relative to a guide page. */
const FROM = guidePath('any');

function environmentsTable(current: ApiVersion): SafeHtml {
  const envs = current.services[0]?.environments ?? [];
  return html`<table>
    <thead>
      <tr>
        <th scope="col"><code>environment</code></th>
        <th scope="col">API base URL</th>
        <th scope="col">Token URL</th>
        <th scope="col">What it is</th>
      </tr>
    </thead>
    <tbody>
      ${envs.map(
        (e) =>
          html`<tr>
            <td><code>'${e.name}'</code></td>
            <td><code>${e.baseUrl}</code></td>
            <td><code>${e.tokenUrl}</code></td>
            <td>${e.description.replace(/`/g, '')}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function scopesTable(current: ApiVersion): SafeHtml {
  const rows = new Map<string, { description: string; services: string[] }>();
  for (const service of current.services) {
    for (const [scope, description] of Object.entries(service.scopes)) {
      const row = rows.get(scope) ?? { description, services: [] };
      row.services.push(service.name);
      rows.set(scope, row);
    }
  }
  return html`<table>
    <thead>
      <tr>
        <th scope="col">Scope</th>
        <th scope="col">Allows</th>
        <th scope="col">Service</th>
      </tr>
    </thead>
    <tbody>
      ${[...rows].map(
        ([scope, row]) =>
          html`<tr>
            <td><code>${scope}</code></td>
            <td>${row.description}</td>
            <td>${row.services.join(', ')}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function errorsTable(current: ApiVersion): SafeHtml {
  const errors = new Map<string, ErrorDoc>();
  for (const service of current.services) {
    for (const op of service.operations) for (const e of op.errors) errors.set(e.id, e);
  }
  const sorted = [...errors.values()].sort(
    (a, b) => (a.status ?? 0) - (b.status ?? 0) || a.name.localeCompare(b.name),
  );
  const schemas = referencePaths.schemas(current.name);
  return html`<table>
    <thead>
      <tr>
        <th scope="col">Status</th>
        <th scope="col"><code>code</code> and SDK class</th>
        <th scope="col">Meaning</th>
      </tr>
    </thead>
    <tbody>
      ${sorted.map(
        (e) =>
          html`<tr>
            <td>${e.status ?? ''}</td>
            <td>
              <a href="${relativeHref(FROM, `${schemas}#${e.name}`)}"><code>${e.name}</code></a>
            </td>
            <td>${summary(e.documentation)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function lifecycleTable(versions: readonly ApiVersion[]): SafeHtml {
  const date = (d: string | undefined): SafeHtml =>
    d ? html`<time datetime="${d}">${formatDate(d)}</time>` : html`—`;
  return html`<table>
    <thead>
      <tr>
        <th scope="col">Version</th>
        <th scope="col">Released</th>
        <th scope="col">Deprecated</th>
        <th scope="col">Sunset (410 Gone from)</th>
        <th scope="col">Successor</th>
      </tr>
    </thead>
    <tbody>
      ${[...versions].reverse().map(
        (v) =>
          html`<tr>
            <td>
              <a href="${relativeHref(FROM, referencePaths.versionIndex(v.name))}">${v.name}</a>
            </td>
            <td>${date(v.lifecycle?.releasedAt)}</td>
            <td>${date(v.lifecycle?.deprecatedAt)}</td>
            <td>${date(v.lifecycle?.sunsetAt)}</td>
            <td>${v.successor ?? '—'}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function eventsTable(model: SemanticModel, versions: readonly ApiVersion[]): SafeHtml {
  const rows = new Map<string, { doc: string; versions: ApiVersion[] }>();
  for (const version of versions) {
    for (const event of webhookEvents(model, version)) {
      const doc = documentation(event.shape.traits) ?? '';
      const row = rows.get(event.type) ?? { doc, versions: [] };
      row.versions.push(version);
      rows.set(event.type, row);
    }
  }
  return html`<table>
    <thead>
      <tr>
        <th scope="col"><code>type</code></th>
        <th scope="col">When</th>
        <th scope="col">Payload schema</th>
      </tr>
    </thead>
    <tbody>
      ${[...rows].map(
        ([type, row]) =>
          html`<tr>
            <td><code>${type}</code></td>
            <td>${summary(row.doc)}</td>
            <td>
              ${row.versions.map(
                (v) =>
                  html`<a
                    href="${relativeHref(FROM, `${referencePaths.webhooks(v.name)}#event-${type.replace(/[^a-z0-9]+/g, '-')}`)}"
                    >${v.name}</a
                  > `,
              )}
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function modelFragments(
  model: SemanticModel,
  versions: readonly ApiVersion[],
  current: ApiVersion,
): Record<FragmentName, SafeHtml> {
  return {
    environments: environmentsTable(current),
    scopes: scopesTable(current),
    errors: errorsTable(current),
    lifecycle: lifecycleTable(versions),
    'webhook-events': eventsTable(model, versions),
  };
}
