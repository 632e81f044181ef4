/**
 * @module One page per operation per version: what it does, who may call it, the HTTP request and
 * response, its errors, its examples from the model, an SDK and a curl sample, and a console
 * that sends the request. There is no "On this page" column: the samples take its place.
 */
import type { SemanticModel } from '@platform/smithy';
import { html, type SafeHtml } from '../site/html.js';
import { dataTable } from '../site/table.js';
import type { MarkdownRenderer } from '../site/markdown.js';
import type { Page } from '../site/page.js';
import { relativeHref, slugify } from '../site/paths.js';
import type { ApiVersion, OperationDoc } from './api.js';
import { guidePath, referencePaths } from './paths.js';
import type { OperationSamples } from './samples.js';
import { requestConsole } from './request-console.js';
import { tokenCurl } from './sample-text.js';
import { memberTable, typeRef, type SchemaCatalog } from './schemas.js';
import { deprecation, type Example } from './traits.js';
import { wireValue } from './values.js';

export interface OperationPageInput {
  readonly model: SemanticModel;
  readonly version: ApiVersion;
  readonly op: OperationDoc;
  readonly catalog: SchemaCatalog;
  readonly markdown: MarkdownRenderer;
  readonly samples: OperationSamples;
  readonly tokenUrl: string;
  /** Matching pages in other versions, by version name. */
  readonly alternates: Readonly<Record<string, string>>;
}

function heading(id: string, text: string): SafeHtml {
  return html`<h2 id="${id}">
    ${text}<a class="anchor" href="#${id}" aria-label="Link to ${text}">#</a>
  </h2>`;
}

/** First sentence of a documentation string, as plain text for summaries and search. */
export function summary(doc: string | undefined): string {
  if (!doc) return '';
  const para = doc.split(/\n\s*\n/)[0] ?? '';
  const flat = para.replace(/\s+/g, ' ').replace(/`/g, '').trim();
  const end = flat.search(/\.(\s|$)/);
  return end >= 0 ? flat.slice(0, end + 1) : flat;
}

function exampleBlock(input: OperationPageInput, example: Example, index: number): SafeHtml {
  const { model, op, markdown } = input;
  const id = `example-${slugify(example.title) || index + 1}`;
  const json = (value: unknown): SafeHtml => markdown.code(JSON.stringify(value, null, 2), 'json');
  const errorStatus = example.error
    ? op.errors.find((e) => e.id === example.error?.shapeId)?.status
    : undefined;
  return html`<section aria-labelledby="${id}">
    <h3 id="${id}">${example.title}</h3>
    ${example.documentation ? markdown.fragment(example.documentation) : ''}
    <h4>Input</h4>
    ${json(wireValue(model, example.input ?? {}, op.shape.input))}
    ${
      example.error
        ? html`<h4>Error${errorStatus ? ` (HTTP ${errorStatus})` : ''}</h4>
            ${json(wireValue(model, example.error.content, example.error.shapeId))}`
        : html`<h4>Output (HTTP ${op.http.code})</h4>
            ${json(wireValue(model, example.output ?? {}, op.shape.output))}`
    }
  </section>`;
}

export function operationPage(input: OperationPageInput): Page {
  const { op, version, catalog, markdown, samples } = input;
  const path = referencePaths.operation(version.name, op);
  const doc = (text: string | undefined): SafeHtml => (text ? markdown.fragment(text) : html``);
  const requestMembers = op.input;
  const responseMembers = op.output;
  const deprecated = deprecation(op.shape.traits);
  const facts = html`<dl class="facts">
    <dt>Required scopes</dt>
    <dd class="scopes">
      ${op.scopes.length > 0 ? op.scopes.map((s) => html`<code>${s}</code>`) : html`none`} (<a
        href="${relativeHref(path, `${guidePath('authentication')}#scopes`)}"
        >about scopes</a
      >)
    </dd>
    <dt>Success status</dt>
    <dd><code>${op.http.code}</code></dd>
    <dt>Safe to retry</dt>
    <dd>
      ${
        op.idempotent
          ? 'yes (idempotent)'
          : op.input.some((m) => m.idempotencyToken)
            ? 'yes, with the idempotency key the SDK sends'
            : 'no'
      }
    </dd>
    ${
      op.paginated
        ? html`<dt>Pagination</dt>
            <dd>
              pass <code>${op.paginated.outputToken ?? ''}</code> back as
              <code>${op.paginated.inputToken ?? ''}</code>; items in
              <code>${op.paginated.items ?? ''}</code>
              (<a href="${relativeHref(path, guidePath('pagination'))}">pagination guide</a>)
            </dd>`
        : ''
    }
  </dl>`;
  // Two columns on wide screens (reference left; samples and console right, sticky beside the
  // request), one column in this order on narrow ones.
  const body = html`<div class="operation">
    <div class="operation-intro">
      <p class="eyebrow">${op.service.name} · API ${version.name}</p>
      <h1>${op.name}</h1>
      ${
        deprecated
          ? html`<aside class="banner banner-deprecated" aria-label="Operation deprecated">
              <p><strong>Deprecated.</strong> ${deprecated.message ?? ''}</p>
            </aside>`
          : ''
      }
      <p class="endpoint">
        <span class="badge badge-${op.http.method.toLowerCase()}">${op.http.method}</span>
        <code>${op.http.uri}</code>
      </p>
      ${doc(op.documentation)} ${facts}
    </div>
    <div class="operation-request">
      ${heading('request', 'Request')}
      ${memberTable(catalog, requestMembers, path, doc, { bindings: true })}
    </div>
    <section class="operation-samples" aria-label="Samples and request console">
      ${heading('sdk-sample', 'TypeScript SDK')}
      <p>
        With
        <code>@platform/api-client</code
        >${samples.example ? html`, from the example “${samples.example.title}”` : ''}. This sample
        is compiled in CI.
      </p>
      ${markdown.code(samples.typescript, 'ts')} ${heading('curl-sample', 'curl')}
      <p>Get an access token, then send the request:</p>
      ${markdown.code(tokenCurl(input.tokenUrl, op.scopes), 'sh')}
      ${markdown.code(samples.curl, 'sh')}
      ${requestConsole({
        model: input.model,
        version: version.name,
        op,
        example: samples.example,
        environments: op.service.environments,
      })}
    </section>
    <div class="operation-reference">
      ${heading('response', 'Response')}
      <p>
        HTTP <code>${op.http.code}</code> with these
        members${op.output.some((m) => m.binding === 'body') ? ' in a JSON body' : ''}:
      </p>
      ${memberTable(catalog, responseMembers, path, doc, { bindings: true })}
      ${heading('errors', 'Errors')}
      ${dataTable(op.errors, [
        { heading: 'Status', cell: (e) => e.status ?? '' },
        { heading: 'Code', cell: (e) => typeRef(catalog, e.id, path) },
        { heading: 'When', cell: (e) => summary(e.documentation) },
      ])}
      <p>
        Every error has a JSON body with <code>code</code>, <code>message</code> and
        <code>requestId</code>; see
        <a href="${relativeHref(path, guidePath('errors-and-retries'))}">errors and retries</a>.
      </p>
      ${heading('examples', 'Examples')}
      ${op.examples.length > 0 ? op.examples.map((e, i) => exampleBlock(input, e, i)) : html`<p>None.</p>`}
    </div>
  </div>`;
  const sum = summary(op.documentation);
  return {
    path,
    title: `${op.name} (${version.name})`,
    description: sum || `${op.http.method} ${op.http.uri}`,
    section: 'reference',
    version: version.name,
    alternates: input.alternates,
    body,
    search: [
      {
        href: path,
        title: op.name,
        kind: `${version.name} · ${op.http.method} ${op.http.uri}`,
        text: [
          op.documentation ?? '',
          op.service.name,
          ...op.scopes,
          ...op.input.map((m) => m.wireName),
          ...op.output.map((m) => m.wireName),
          ...op.errors.map((e) => e.name),
        ].join(' '),
        version: version.name,
        group: `operation ${op.service.name}.${op.name}`,
      },
    ],
  };
}
