/**
 * @module The pages of an API version besides its operations: the overview (services and their
 * operations), the schemas page (every named shape, each with an anchor) and the webhook events.
 */
import { shapeName } from '@platform/smithy';
import type { SemanticModel } from '@platform/smithy';
import { html, type SafeHtml } from '../site/html.js';
import { dataTable } from '../site/table.js';
import { formatDate } from '../site/layout.js';
import type { MarkdownRenderer } from '../site/markdown.js';
import type { Page } from '../site/page.js';
import { relativeHref } from '../site/paths.js';
import { webhookEvents, type ApiVersion } from './api.js';
import { summary } from './operation-page.js';
import { documentation } from './traits.js';
import { guidePath, referencePaths } from './paths.js';
import { memberTable, schemaSection, structureMembers, type SchemaCatalog } from './schemas.js';

function lifecycleLine(version: ApiVersion): SafeHtml {
  const life = version.lifecycle;
  if (!life) return html``;
  return html`<p>
    Released <time datetime="${life.releasedAt}">${formatDate(life.releasedAt)}</time>.
    ${
      life.deprecatedAt
        ? html`Deprecated since
            <time datetime="${life.deprecatedAt}">${formatDate(life.deprecatedAt)}</time>.`
        : ''
    }
    ${
      life.sunsetAt
        ? html`Retired on <time datetime="${life.sunsetAt}">${formatDate(life.sunsetAt)}</time>.`
        : ''
    }
  </p>`;
}

export function versionIndexPage(
  version: ApiVersion,
  markdown: MarkdownRenderer,
  alternates: Readonly<Record<string, string>>,
): Page {
  const path = referencePaths.versionIndex(version.name);
  const body = html`<h1>API ${version.name} reference</h1>
    ${lifecycleLine(version)}
    <p>
      Every operation of API ${version.name}, by service. Shapes are on the
      <a href="${relativeHref(path, referencePaths.schemas(version.name))}">schemas page</a>,
      webhook payloads on the
      <a href="${relativeHref(path, referencePaths.webhooks(version.name))}">webhook events page</a
      >, and the
      <a href="${relativeHref(path, guidePath('getting-started'))}">getting started guide</a> shows
      a first call.
    </p>
    ${version.services.map(
      (service) =>
        html`<h2 id="${service.slug}">
            ${service.name}<a
              class="anchor"
              href="#${service.slug}"
              aria-label="Link to ${service.name}"
              >#</a
            >
          </h2>
          ${service.documentation ? markdown.fragment(service.documentation) : ''}
          <p class="openapi-download">
            OpenAPI 3.1 document:
            <a
              href="${relativeHref(path, referencePaths.openapi(version.name, service.name))}"
              download
              type="application/json"
              >${service.name}.openapi.json</a
            >
          </p>
          ${dataTable(service.operations, [
            {
              heading: 'Operation',
              cell: (op) =>
                html`<a href="${relativeHref(path, referencePaths.operation(version.name, op))}"
                  >${op.name}</a
                >`,
            },
            {
              heading: 'Request',
              cell: (op) =>
                html`<span class="badge badge-${op.http.method.toLowerCase()}"
                    >${op.http.method}</span
                  >
                  <code>${op.http.uri}</code>`,
            },
            { heading: 'Scopes', cell: (op) => op.scopes.map((s) => html`<code>${s}</code> `) },
            { heading: 'Summary', cell: (op) => summary(op.documentation) },
          ])}`,
    )}`;
  return {
    path,
    title: `API ${version.name}`,
    description: `Every operation of the Platform API ${version.name}.`,
    section: 'reference',
    version: version.name,
    alternates,
    body,
    toc: version.services.map((s) => ({ id: s.slug, text: s.name })),
    search: [
      {
        href: path,
        title: `API ${version.name} reference`,
        kind: version.name,
        text: 'operations services',
        version: version.name,
        group: 'version overview',
      },
    ],
  };
}

export function schemasPage(
  version: ApiVersion,
  catalog: SchemaCatalog,
  markdown: MarkdownRenderer,
  alternates: Readonly<Record<string, string>>,
): Page {
  const doc = (text: string | undefined): SafeHtml => (text ? markdown.fragment(text) : html``);
  const shapes = catalog.shapes();
  return {
    path: catalog.page,
    title: `Schemas (${version.name})`,
    description: `Every object, enum and value type of the Platform API ${version.name}.`,
    section: 'reference',
    version: version.name,
    alternates,
    body: html`<h1>Schemas of API ${version.name}</h1>
      <p>
        Every named shape of API ${version.name}: objects, errors, enums and constrained values.
      </p>
      <nav aria-label="Schemas A to Z">
        <ul class="inline-list">
          ${shapes.map((s) => html`<li><a href="#${catalog.anchor(s.id) ?? ''}">${shapeName(s.id)}</a></li>`)}
        </ul>
      </nav>
      ${shapes.map((s) => schemaSection(catalog, s, doc))}`,
    search: shapes.map((s) => ({
      href: catalog.href(s.id) ?? catalog.page,
      title: shapeName(s.id),
      kind: `${version.name} · schema`,
      text: documentation(s.traits) ?? '',
      version: version.name,
      group: `schema ${shapeName(s.id)}`,
    })),
  };
}

/** The verification snippet of the webhook events pages (compiled in CI with the others). */
export const WEBHOOK_SNIPPET = `import { verifyWebhook } from '@platform/api-client/webhooks';

export async function onDelivery(rawBody: string, headers: Headers) {
  const { event } = await verifyWebhook({
    body: rawBody,
    headers,
    secrets: [process.env.PLATFORM_WEBHOOK_SECRET!],
  });
  return event;
}
`;

export function webhooksPage(
  model: SemanticModel,
  version: ApiVersion,
  catalog: SchemaCatalog,
  markdown: MarkdownRenderer,
  alternates: Readonly<Record<string, string>>,
): Page {
  const path = referencePaths.webhooks(version.name);
  const doc = (text: string | undefined): SafeHtml => (text ? markdown.fragment(text) : html``);
  const events = webhookEvents(model, version);
  const anchor = (type: string): string => `event-${type.replace(/[^a-z0-9]+/g, '-')}`;
  return {
    path,
    title: `Webhook events (${version.name})`,
    description: `The webhook events of the Platform API ${version.name} and their payloads.`,
    section: 'reference',
    version: version.name,
    alternates,
    body: html`<h1>Webhook events of API ${version.name}</h1>
      <p>
        Each event is delivered as a signed <code>POST</code> with the event as its JSON body.
        Verify it with <code>verifyWebhook</code> before you trust it: see the
        <a href="${relativeHref(path, guidePath('webhooks'))}">webhooks guide</a> for Express,
        Next.js and Hono.
      </p>
      ${markdown.code(WEBHOOK_SNIPPET, 'ts')}
      ${events.map(
        (e) =>
          html`<section aria-labelledby="${anchor(e.type)}">
            <h2 id="${anchor(e.type)}">
              <code>${e.type}</code
              ><a class="anchor" href="#${anchor(e.type)}" aria-label="Link to ${e.type}">#</a>
            </h2>
            <p>
              Payload:
              <a href="${relativeHref(path, catalog.href(e.id) ?? catalog.page)}"
                ><code>${shapeName(e.id)}</code></a
              >
            </p>
            ${doc(documentation(e.shape.traits))}
            ${memberTable(catalog, structureMembers(e.shape), path, doc)}
          </section>`,
      )}`,
    toc: events.map((e) => ({ id: anchor(e.type), text: e.type })),
    search: events.map((e) => ({
      href: `${path}#${anchor(e.type)}`,
      title: e.type,
      kind: `${version.name} · webhook event`,
      text: [shapeName(e.id), documentation(e.shape.traits) ?? ''].join(' '),
      version: version.name,
      group: `webhook event ${e.type}`,
    })),
  };
}
