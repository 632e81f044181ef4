/**
 * @module The "Try it" console of operation pages: reads the form the build wrote
 * (`reference/request-console.ts`), gets an access token with the client credentials the reader
 * typed, sends the request with `fetch`, and shows the answer with the curl command and the SDK
 * call for exactly what was sent. The secret and the token live in this module's memory only:
 * never in storage, cookies or a URL, and the samples show placeholders instead.
 */
import {
  curlSample,
  httpRequest,
  sdkSample,
  tokenCurl,
  type HttpRequestSample,
  type LiteralValue,
  type WireMember,
} from '../reference/sample-text.js';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

interface Field {
  readonly control: Control;
  readonly binding: WireMember['binding'];
  readonly wire: string;
  readonly member: string;
  readonly kind: string;
}

/** A problem found before anything was sent, with the field to fix. */
class InputProblem extends Error {
  constructor(
    message: string,
    readonly control: Control | undefined,
  ) {
    super(message);
  }
}

/** A token is reused until this close to its expiry. */
const TOKEN_MARGIN_MS = 30_000;

interface HeldToken {
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly secret: string;
  readonly scope: string;
  readonly value: string;
  readonly expiresAt: number;
}

/** The element of the console that `selector` names (the build always writes it). */
function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`request console: ${selector} is missing`);
  return element;
}

function fieldsOf(root: HTMLElement): Field[] {
  return [...root.querySelectorAll<Control>('[data-binding]')].map((control) => ({
    control,
    binding: control.dataset['binding'] as WireMember['binding'],
    wire: control.dataset['wire'] ?? '',
    member: control.dataset['member'] ?? '',
    kind: control.dataset['kind'] ?? 'string',
  }));
}

/** A typed value as JSON and the SDK take it; text that is not a number stays text. */
function scalar(kind: string, text: string): LiteralValue {
  if (kind === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (kind === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

function fieldValue(field: Field, text: string): LiteralValue {
  if (field.kind === 'list') {
    return text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
  if (field.kind !== 'json') return scalar(field.kind, text);
  try {
    return JSON.parse(text) as LiteralValue;
  } catch (error) {
    throw new InputProblem(
      `${field.wire} is not valid JSON (${(error as Error).message}); fix it and send again.`,
      field.control,
    );
  }
}

interface Composed {
  readonly request: HttpRequestSample;
  readonly input: Record<string, LiteralValue>;
  /** The key was left to the console, as the SDK call leaves it to the SDK. */
  readonly idempotencyKeyGenerated: boolean;
}

function compose(root: HTMLElement, fields: readonly Field[]): Composed {
  const input: Record<string, LiteralValue> = {};
  const members: WireMember[] = [];
  const idempotencyMember = root.dataset['idempotencyMember'] ?? '';
  for (const field of fields) {
    const typed = field.control.value;
    // Like the SDK, a fresh idempotency key per call when none is given.
    const generated = field.member === idempotencyMember && typed.trim() === '';
    const text = generated ? crypto.randomUUID() : typed;
    if (text.trim() === '') {
      if (field.binding === 'path') {
        throw new InputProblem(`${field.member} is part of the path; fill it in.`, field.control);
      }
      continue;
    }
    const value = fieldValue(field, text);
    if (!generated) input[field.member] = value;
    const { binding, wire: wireName } = field;
    if (binding === 'body' || binding === 'payload') {
      members.push({ binding, wireName, json: value });
    } else {
      const texts = field.kind === 'list' && Array.isArray(value) ? value.map(String) : [text];
      members.push({ binding, wireName, texts });
    }
  }
  const data = root.dataset;
  const request = httpRequest(
    {
      method: data['method'] ?? 'GET',
      uri: data['uri'] ?? '/',
      hasBodyMembers: data['bodyMembers'] === 'true',
    },
    members,
  );
  return {
    request,
    input,
    idempotencyKeyGenerated: idempotencyMember !== '' && !(idempotencyMember in input),
  };
}

function basicCredentials(clientId: string, secret: string): string {
  // RFC 6749 §2.3.1: form-urlencode both before joining them.
  const encode = (text: string) => encodeURIComponent(text).replaceAll('%20', '+');
  return `Basic ${btoa(`${encode(clientId)}:${encode(secret)}`)}`;
}

interface Answer {
  readonly response: Response;
  readonly text: string;
}

async function send(url: string, init: RequestInit): Promise<Answer> {
  let response: Response;
  try {
    // No cookies, no cache, no redirect: the request is exactly the one the samples show.
    response = await fetch(url, {
      ...init,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'manual',
    });
  } catch (error) {
    // A page opened from a file has no origin a server can allow: serve the portal instead.
    const allowIt =
      location.origin === 'null'
        ? 'serve the portal over http (npm run portal -- --serve) instead of opening its files'
        : `for this page's origin start it with --cors-origin ${location.origin}`;
    throw new InputProblem(
      `Could not reach ${new URL(url).origin} (${(error as Error).message}). Is the server running ` +
        `(npx platform-sandbox)? A sandbox answers pages from loopback origins; ${allowIt}.`,
      undefined,
    );
  }
  return { response, text: await response.text() };
}

/** The URL typed into `control`, without a trailing slash, or a problem naming the field. */
function typedUrl(control: HTMLInputElement, what: string): string {
  const text = control.value.trim().replace(/\/+$/, '');
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return text;
  } catch {
    // Reported below, like any other scheme.
  }
  throw new InputProblem(`The ${what} must be an http or https URL (got "${text}").`, control);
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function setCode(pre: HTMLElement, text: string): void {
  const code = pre.querySelector('code') ?? pre;
  code.textContent = text;
}

function setUpConsole(root: HTMLElement): void {
  const form = part<HTMLFormElement>(root, 'form');
  const environment = part<HTMLSelectElement>(root, '#console-environment');
  const baseUrl = part<HTMLInputElement>(root, '#console-base-url');
  const tokenUrl = part<HTMLInputElement>(root, '#console-token-url');
  const clientId = part<HTMLInputElement>(root, '#console-client-id');
  const secret = part<HTMLInputElement>(root, '#console-client-secret');
  const button = part<HTMLButtonElement>(root, '.console-send');
  const status = part<HTMLElement>(root, '.console-status');
  const output = part<HTMLElement>(root, '.console-response');
  const fields = fieldsOf(root);
  const scope = root.dataset['scopes'] ?? '';
  let token: HeldToken | undefined;

  environment.addEventListener('change', () => {
    const chosen = environment.selectedOptions[0];
    baseUrl.value = chosen?.dataset['baseUrl'] ?? '';
    tokenUrl.value = chosen?.dataset['tokenUrl'] ?? '';
  });

  const show = (title: string, answer: Answer, curl: string, sdk: string): void => {
    const { response } = answer;
    part<HTMLElement>(output, 'h3').textContent = title;
    part<HTMLElement>(output, '.console-status-line').textContent =
      `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    setCode(
      part(output, '.console-headers'),
      [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n'),
    );
    setCode(part(output, '.console-body'), pretty(answer.text));
    setCode(part(output, '.console-curl'), curl);
    setCode(part(output, '.console-sdk'), sdk);
    output.hidden = false;
  };

  const accessToken = async (endpoint: string): Promise<string | Answer> => {
    const held = token;
    const wanted = {
      tokenUrl: endpoint,
      clientId: clientId.value.trim(),
      secret: secret.value,
      scope,
    };
    if (
      held &&
      held.tokenUrl === wanted.tokenUrl &&
      held.clientId === wanted.clientId &&
      held.secret === wanted.secret &&
      held.expiresAt - TOKEN_MARGIN_MS > Date.now()
    ) {
      return held.value;
    }
    token = undefined;
    if (wanted.clientId === '' || wanted.secret === '') {
      throw new InputProblem(
        'Enter a client id and its secret to get an access token.',
        wanted.clientId === '' ? clientId : secret,
      );
    }
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (scope !== '') form.set('scope', scope);
    const answer = await send(wanted.tokenUrl, {
      method: 'POST',
      headers: {
        authorization: basicCredentials(wanted.clientId, wanted.secret),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: form,
    });
    const body = answer.response.ok
      ? (JSON.parse(answer.text) as { access_token?: unknown; expires_in?: unknown })
      : {};
    if (typeof body.access_token !== 'string') return answer;
    const lifetime = typeof body.expires_in === 'number' ? body.expires_in : 3600;
    token = { ...wanted, value: body.access_token, expiresAt: Date.now() + lifetime * 1000 };
    return token.value;
  };

  const sdkOptions = (base: string, endpoint: string): Record<string, LiteralValue> => {
    const chosen = environment.selectedOptions[0];
    const sameUrls = chosen?.dataset['baseUrl'] === base && chosen.dataset['tokenUrl'] === endpoint;
    return {
      ...(sameUrls && chosen
        ? { environment: chosen.value }
        : { baseUrl: base, tokenUrl: endpoint }),
      ...(scope === '' ? {} : { scopes: scope.split(' ') }),
    };
  };

  const run = async (): Promise<void> => {
    const composed = compose(root, fields);
    const base = typedUrl(baseUrl, 'base URL');
    const tokenEndpoint = typedUrl(tokenUrl, 'token URL');
    const data = root.dataset;
    const tokenCommand = tokenCurl(tokenEndpoint, scope === '' ? [] : scope.split(' '));
    const sdk = sdkSample({
      entryPoint: data['entryPoint'] ?? '',
      client: data['client'] ?? '',
      method: data['call'] ?? '',
      input: composed.input,
      shown: data['shown'] || undefined,
      fillsIdempotencyKey: composed.idempotencyKeyGenerated,
      options: sdkOptions(base, tokenEndpoint),
    });
    status.textContent = 'Getting an access token…';
    const got = await accessToken(tokenEndpoint);
    if (typeof got !== 'string') {
      show('Token request failed', got, tokenCommand, sdk);
      status.textContent = `The token request failed with HTTP ${got.response.status}; see the response below.`;
      return;
    }
    const { request } = composed;
    status.textContent = `Sending ${request.method} ${request.pathAndQuery}…`;
    const answer = await send(base + request.pathAndQuery, {
      method: request.method,
      headers: Object.fromEntries([['authorization', `Bearer ${got}`], ...request.headers]),
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    // A rejected token is not reused; the next send gets a new one.
    if (answer.response.status === 401) token = undefined;
    show('Response', answer, `${tokenCommand}\n${curlSample(request, base)}`, sdk);
    status.textContent = `HTTP ${answer.response.status}: the response is below.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const field of fields) field.control.removeAttribute('aria-invalid');
    button.disabled = true;
    run()
      .catch((error: unknown) => {
        const problem =
          error instanceof InputProblem ? error : new InputProblem(String(error), undefined);
        status.textContent = problem.message;
        if (problem.control) {
          problem.control.setAttribute('aria-invalid', 'true');
          problem.control.focus();
        }
      })
      .finally(() => (button.disabled = false));
  });
  root.hidden = false;
}

export function setUpRequestConsoles(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-console]')) setUpConsole(root);
}
