/**
 * @module Tables from the model that the guides embed with `<!-- portal:NAME -->`: environments,
 * scopes, errors, version lifecycle and webhook events. They are rendered for the guides' folder.
 */
import type { SemanticModel } from '@platform/smithy';
import { html, type SafeHtml } from '../site/html.js';
import { dataTable } from '../site/table.js';
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
  return dataTable(envs, [
    { heading: html`<code>environment</code>`, cell: (e) => html`<code>'${e.name}'</code>` },
    { heading: 'API base URL', cell: (e) => html`<code>${e.baseUrl}</code>` },
    { heading: 'Token URL', cell: (e) => html`<code>${e.tokenUrl}</code>` },
    { heading: 'What it is', cell: (e) => e.description.replace(/`/g, '') },
  ]);
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
  return dataTable(rows, [
    { heading: 'Scope', cell: ([scope]) => html`<code>${scope}</code>` },
    { heading: 'Allows', cell: ([, row]) => row.description },
    { heading: 'Service', cell: ([, row]) => row.services.join(', ') },
  ]);
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
  return dataTable(sorted, [
    { heading: 'Status', cell: (e) => e.status ?? '' },
    {
      heading: html`<code>code</code> and SDK class`,
      cell: (e) =>
        html`<a href="${relativeHref(FROM, `${schemas}#${e.name}`)}"><code>${e.name}</code></a>`,
    },
    { heading: 'Meaning', cell: (e) => summary(e.documentation) },
  ]);
}

function lifecycleTable(versions: readonly ApiVersion[]): SafeHtml {
  const date = (d: string | undefined): SafeHtml =>
    d ? html`<time datetime="${d}">${formatDate(d)}</time>` : html`—`;
  return dataTable([...versions].reverse(), [
    {
      heading: 'Version',
      cell: (v) =>
        html`<a href="${relativeHref(FROM, referencePaths.versionIndex(v.name))}">${v.name}</a>`,
    },
    { heading: 'Released', cell: (v) => date(v.lifecycle?.releasedAt) },
    { heading: 'Deprecated', cell: (v) => date(v.lifecycle?.deprecatedAt) },
    { heading: 'Sunset (410 Gone from)', cell: (v) => date(v.lifecycle?.sunsetAt) },
    { heading: 'Successor', cell: (v) => v.successor ?? '—' },
  ]);
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
  const anchor = (type: string) => `#event-${type.replace(/[^a-z0-9]+/g, '-')}`;
  return dataTable(rows, [
    { heading: html`<code>type</code>`, cell: ([type]) => html`<code>${type}</code>` },
    { heading: 'When', cell: ([, row]) => summary(row.doc) },
    {
      heading: 'Payload schema',
      cell: ([type, row]) =>
        row.versions.map(
          (v) =>
            html`<a
              href="${relativeHref(FROM, `${referencePaths.webhooks(v.name)}${anchor(type)}`)}"
              >${v.name}</a
            > `,
        ),
    },
  ]);
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
