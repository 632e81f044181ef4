/**
 * @module The "Try it" console of an operation page, as static markup: a form with one field per
 * input member (prefilled from the model's example), the environments to send to, credentials,
 * and an empty response area. Everything the browser needs to build the request travels in
 * `data-` attributes, so no page loads more than its own HTML. The console is hidden until the
 * client script (`client/console.ts`) shows it, so without JavaScript the page reads as before.
 */
import { enumValues, isNumberShapeType } from '@platform/smithy';
import type { NodeValue, SemanticModel, Shape } from '@platform/smithy';
import { html, type SafeHtml } from '../site/html.js';
import type { BoundMember, OperationDoc } from './api.js';
import { methodName } from './sample-text.js';
import { firstOutputMember, sdkEntryPoint } from './samples.js';
import { constraints, type Environment, type Example } from './traits.js';
import { wireText, wireValue } from './values.js';

/**
 * How the browser reads a field: `string` and `number` as one value, `boolean` from a choice,
 * `list` as comma-separated values (query and header lists), `json` as JSON text (body members
 * that are structures, lists or maps).
 */
export type FieldKind = 'string' | 'number' | 'boolean' | 'list' | 'json';

/** The environment the console starts on: the sandbox on the reader's own machine. */
export const DEFAULT_CONSOLE_ENVIRONMENT = 'local';

export interface RequestConsoleInput {
  readonly model: SemanticModel;
  readonly version: string;
  readonly op: OperationDoc;
  readonly example: Example | undefined;
  readonly environments: readonly Environment[];
}

function fieldKind(model: SemanticModel, bound: BoundMember): FieldKind {
  const target = model.getShape(bound.member.target);
  const type = target?.type;
  const inUrlOrHeader = bound.binding !== 'body' && bound.binding !== 'payload';
  if (type === 'list' || type === 'set') return inUrlOrHeader ? 'list' : 'json';
  if (type === 'structure' || type === 'union' || type === 'map' || type === 'document') {
    return 'json';
  }
  if (type === 'boolean') return 'boolean';
  if (type === 'intEnum' || (type !== undefined && isNumberShapeType(type))) return 'number';
  return 'string';
}

/** The values an enum target takes, as text; none for other shapes. */
function enumChoices(shape: Shape | undefined): string[] {
  return shape ? (enumValues(shape) ?? []).map(String) : [];
}

/** The choices of a field: an enum's values, or true/false; none for free text. */
function choices(model: SemanticModel, bound: BoundMember, kind: FieldKind): string[] {
  if (kind === 'boolean') return ['true', 'false'];
  return kind === 'string' ? enumChoices(model.getShape(bound.member.target)) : [];
}

function prefill(model: SemanticModel, bound: BoundMember, kind: FieldKind, value: NodeValue) {
  if (kind === 'json') return JSON.stringify(wireValue(model, value, bound.member.target), null, 2);
  return wireText(value).join(', ');
}

function hint(model: SemanticModel, bound: BoundMember, kind: FieldKind): string {
  const target = model.getShape(bound.member.target);
  const item =
    target && (target.type === 'list' || target.type === 'set')
      ? model.getShape(target.member.target)
      : undefined;
  const itemChoices = enumChoices(item);
  const phrases = [
    kind === 'list'
      ? `comma-separated${itemChoices.length > 0 ? `: ${itemChoices.join(', ')}` : ''}`
      : kind === 'json'
        ? 'JSON'
        : (target?.type ?? 'string'),
    ...constraints(bound.member.traits),
    ...(target ? constraints(target.traits) : []),
    ...(bound.idempotencyToken ? ['a new one for each send when left empty, as the SDK does'] : []),
  ];
  return [...new Set(phrases)].join(' · ');
}

function field(input: RequestConsoleInput, bound: BoundMember): SafeHtml {
  const { model, example } = input;
  const kind = fieldKind(model, bound);
  const id = `console-in-${bound.member.name}`;
  // Never the example's idempotency key: a second send with other input would reuse it (409).
  const value = bound.idempotencyToken ? undefined : example?.input?.[bound.member.name];
  const text = value === undefined ? '' : prefill(model, bound, kind, value);
  const shownName =
    bound.binding === 'body' || bound.binding === 'payload' ? bound.wireName : bound.member.name;
  const options = choices(model, bound, kind);
  const attributes = html`id="${id}" data-binding="${bound.binding}" data-wire="${bound.wireName}"
  data-member="${bound.member.name}" data-kind="${kind}" aria-describedby="${id}-hint"
  ${bound.required ? html`aria-required="true"` : ''}`;
  const control =
    options.length > 0
      ? html`<select ${attributes}>
          ${bound.required ? '' : html`<option value="">(not sent)</option>`}
          ${options.map(
            (o) => html`<option value="${o}" ${o === text ? html`selected` : ''}>${o}</option>`,
          )}
        </select>`
      : kind === 'json'
        ? html`<textarea
            ${attributes}
            rows="${Math.min(8, text.split('\n').length + 1)}"
            spellcheck="false"
          >
${text}</textarea>`
        : html`<input
            ${attributes}
            type="text"
            value="${text}"
            spellcheck="false"
            autocomplete="off"
          />`;
  return html`<div class="console-field">
    <label for="${id}"
      ><code>${shownName}</code> <span class="console-place">${bound.binding}</span>${
        bound.required ? html` <span class="tag tag-required">required</span>` : ''
      }</label
    >
    ${control}
    <p id="${id}-hint" class="console-hint">${hint(model, bound, kind)}</p>
  </div>`;
}

function environmentPicker(environments: readonly Environment[]): SafeHtml {
  const chosen =
    environments.find((e) => e.name === DEFAULT_CONSOLE_ENVIRONMENT) ?? environments[0];
  return html`<div class="console-field">
      <label for="console-environment">Environment</label>
      <select id="console-environment">
        ${environments.map(
          (e) =>
            html`<option
              value="${e.name}"
              data-base-url="${e.baseUrl}"
              data-token-url="${e.tokenUrl}"
              ${e === chosen ? html`selected` : ''}
            >
              ${e.name}: ${e.baseUrl}
            </option>`,
        )}
      </select>
    </div>
    ${urlField('console-base-url', 'Base URL', chosen?.baseUrl ?? '')}
    ${urlField('console-token-url', 'Token URL', chosen?.tokenUrl ?? '')}`;
}

/** One of the environment's editable URLs. */
function urlField(id: string, label: string, value: string): SafeHtml {
  return html`<div class="console-field">
    <label for="${id}">${label}</label>
    <input id="${id}" type="url" value="${value}" spellcheck="false" autocomplete="off" />
  </div>`;
}

/** Markup of one sent request's report; the client fills it in. */
const RESPONSE_AREA = html`<div class="console-response" hidden>
  <h3 id="console-response-heading">Response</h3>
  <p class="console-status-line"></p>
  <h4>Headers the page may read</h4>
  <pre class="shiki plain console-headers" tabindex="0"><code></code></pre>
  <h4>Body</h4>
  <pre class="shiki plain console-body" tabindex="0"><code></code></pre>
  <h3>What was sent, as curl</h3>
  <pre class="shiki plain console-curl" tabindex="0"><code></code></pre>
  <h3>The same call with the SDK</h3>
  <pre class="shiki plain console-sdk" tabindex="0"><code></code></pre>
</div>`;

export function requestConsole(input: RequestConsoleInput): SafeHtml {
  const { op } = input;
  const tokenMember = op.input.find((m) => m.idempotencyToken);
  return html`<section
      class="console"
      aria-labelledby="try-it"
      hidden
      data-console
      data-method="${op.http.method}"
      data-uri="${op.http.uri}"
      data-body-members="${op.input.some((m) => m.binding === 'body') ? 'true' : 'false'}"
      data-scopes="${op.scopes.join(' ')}"
      data-entry-point="${sdkEntryPoint(input.version)}"
      data-client="${op.service.name}"
      data-call="${methodName(op.name)}"
      data-shown="${firstOutputMember(op) ?? ''}"
      data-idempotency-member="${tokenMember?.member.name ?? ''}"
    >
      <h2 id="try-it">Try it</h2>
      <p>
        Sends this request from your browser, by default to the sandbox on your machine (<code
          >npx platform-sandbox</code
        >
        prints its demo credentials). Your client secret and the access token stay in this page's
        memory only: never stored, never in a URL, gone when you leave the page.
      </p>
      <form class="console-form" novalidate>
        <fieldset>
          <legend>Where to</legend>
          ${environmentPicker(input.environments)}
        </fieldset>
        <fieldset>
          <legend>Client credentials</legend>
          <div class="console-field">
            <label for="console-client-id">Client id</label>
            <input id="console-client-id" type="text" spellcheck="false" autocomplete="off" />
          </div>
          <div class="console-field">
            <label for="console-client-secret">Client secret</label>
            <input id="console-client-secret" type="password" autocomplete="off" />
          </div>
        </fieldset>
        ${
          op.input.length > 0
            ? html`<fieldset>
                <legend>Parameters</legend>
                ${op.input.map((bound) => field(input, bound))}
              </fieldset>`
            : ''
        }
        <button type="submit" class="console-send">Send request</button>
      </form>
      <p class="console-status" role="status"></p>
      ${RESPONSE_AREA}
    </section>
    <noscript
      ><p>
        The request console needs JavaScript; the curl sample above sends the same request.
      </p></noscript
    >`;
}
