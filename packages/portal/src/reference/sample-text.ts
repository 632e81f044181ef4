/**
 * @module The text of the request samples, written one way for both their readers: the build
 * (from each operation's model example) and the request console in the browser (from what it
 * just sent). So the page's samples and the console's "what was sent" can never disagree. Pure
 * string work with no model access, since it is bundled into the portal's client script.
 */
import type { Binding } from './api.js';

/** The HTTP request of an example, before it is written as a command. */
export interface HttpRequestSample {
  readonly method: string;
  /** Path and query, percent-encoded, starting with `/`. */
  readonly pathAndQuery: string;
  readonly headers: readonly (readonly [string, string])[];
  /** JSON text of the body, when there is one. */
  readonly body: string | undefined;
}

/** One input member's value as it travels: texts for the URL and headers, JSON for the body. */
export type WireMember =
  | {
      readonly binding: Extract<Binding, 'path' | 'query' | 'header'>;
      readonly wireName: string;
      readonly texts: readonly string[];
    }
  | {
      readonly binding: Extract<Binding, 'body' | 'payload'>;
      readonly wireName: string;
      readonly json: unknown;
    };

export interface HttpOperation {
  readonly method: string;
  /** The `@http` URI pattern (`/v2/orders/{orderId}`). */
  readonly uri: string;
  /** Whether the input has body members (a POST, PUT or PATCH then always sends a JSON body). */
  readonly hasBodyMembers: boolean;
}

/** The request that carries `members` (members without a value left out) to `op`. */
export function httpRequest(op: HttpOperation, members: readonly WireMember[]): HttpRequestSample {
  let path = op.uri;
  const query: string[] = [];
  const headers: [string, string][] = [];
  const body: Record<string, unknown> = {};
  let payload: unknown;
  let hasBody = false;
  for (const member of members) {
    switch (member.binding) {
      case 'path':
        path = path
          .replace(
            `{${member.wireName}+}`,
            member.texts.map((t) => t.split('/').map(encodeURIComponent).join('/')).join('/'),
          )
          .replace(`{${member.wireName}}`, encodeURIComponent(member.texts[0] ?? ''));
        break;
      case 'query':
        for (const text of member.texts)
          query.push(`${encodeURIComponent(member.wireName)}=${encodeURIComponent(text)}`);
        break;
      case 'header':
        headers.push([member.wireName, member.texts.join(', ')]);
        break;
      case 'payload':
        payload = member.json;
        hasBody = true;
        break;
      case 'body':
        body[member.wireName] = member.json;
        hasBody = true;
        break;
    }
  }
  const method = op.method;
  const sendsBody =
    hasBody || ((method === 'POST' || method === 'PUT' || method === 'PATCH') && op.hasBodyMembers);
  return {
    method,
    pathAndQuery: query.length > 0 ? `${path}?${query.join('&')}` : path,
    headers: sendsBody ? [...headers, ['Content-Type', 'application/json']] : headers,
    body: sendsBody ? JSON.stringify(payload ?? body, null, 2) : undefined,
  };
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlSample(request: HttpRequestSample, baseUrl: string): string {
  const lines = [
    `curl ${request.method === 'GET' ? '' : `-X ${request.method} `}${shellQuote(baseUrl + request.pathAndQuery)}`,
    `  -H "Authorization: Bearer $ACCESS_TOKEN"`,
    ...request.headers.map(([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)}`),
    ...(request.body !== undefined ? [`  --data ${shellQuote(request.body)}`] : []),
  ];
  return lines.join(' \\\n');
}

/** The curl command that fetches an access token with the scopes `scopes`. */
export function tokenCurl(tokenUrl: string, scopes: readonly string[]): string {
  return [
    `ACCESS_TOKEN=$(curl -s -u "$PLATFORM_CLIENT_ID:$PLATFORM_CLIENT_SECRET"`,
    `  -d grant_type=client_credentials${scopes.length > 0 ? ` -d ${shellQuote(`scope=${scopes.join(' ')}`)}` : ''}`,
    `  ${shellQuote(tokenUrl)} | jq -r .access_token)`,
  ].join(' \\\n');
}

/** TypeScript source written as is inside a literal (`new TextEncoder().encode('…')`). */
export class TsExpression {
  constructor(readonly code: string) {}
}

/** A value `printTs` can write: JSON values, and expressions for what JSON cannot say. */
export type LiteralValue =
  | string
  | number
  | boolean
  | null
  | TsExpression
  | readonly LiteralValue[]
  | { readonly [key: string]: LiteralValue };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function isList(value: LiteralValue): value is readonly LiteralValue[] {
  return Array.isArray(value);
}

/** A TypeScript expression for `value`, indented by `indent` spaces, in the samples' style. */
export function printTs(value: LiteralValue, indent = 0): string {
  const pad = ' '.repeat(indent + 2);
  const end = ' '.repeat(indent);
  if (value instanceof TsExpression) return value.code;
  if (isList(value)) {
    if (value.length === 0) return '[]';
    const parts = value.map((v) => printTs(v, indent + 2));
    const flat = `[${parts.join(', ')}]`;
    return flat.length <= 60 && !flat.includes('\n')
      ? flat
      : `[\n${parts.map((p) => pad + p).join(',\n')},\n${end}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, v]) => {
      const name = IDENTIFIER.test(key) ? key : JSON.stringify(key);
      return `${pad}${name}: ${printTs(v, indent + 2)}`;
    });
    return `{\n${lines.join(',\n')},\n${end}}`;
  }
  return value === null ? 'null' : typeof value === 'string' ? quote(value) : String(value);
}

/** One call of an aggregated client, as the SDK sample shows it. */
export interface SdkCall {
  /** `@platform/api-client/v2`. */
  readonly entryPoint: string;
  /** The aggregated client (`Commercial`). */
  readonly client: string;
  /** Its method (`listOrders`). */
  readonly method: string;
  readonly input: { readonly [member: string]: LiteralValue };
  /** The output member the sample prints, if any. */
  readonly shown: string | undefined;
  /** The operation takes an idempotency token the call leaves to the SDK. */
  readonly fillsIdempotencyKey: boolean;
  /** Client options after the credentials (`environment: 'sandbox'`). */
  readonly options: { readonly [option: string]: LiteralValue };
}

/** `GetOrder` → `getOrder`: the aggregated client's method name. */
export function methodName(operation: string): string {
  return operation.charAt(0).toLowerCase() + operation.slice(1);
}

export function sdkSample(call: SdkCall): string {
  const variable = methodName(call.client);
  const invocation = `${variable}.${call.method}(${printTs(call.input)})`;
  return [
    `import { ${call.client} } from '${call.entryPoint}';`,
    '',
    `const ${variable} = new ${call.client}({`,
    '  clientId: process.env.PLATFORM_CLIENT_ID!,',
    '  clientSecret: process.env.PLATFORM_CLIENT_SECRET!,',
    ...Object.entries(call.options).map(([name, value]) => `  ${name}: ${printTs(value, 2)},`),
    '});',
    '',
    ...(call.fillsIdempotencyKey
      ? ['// The SDK fills in the idempotency key and reuses it on every retry.']
      : []),
    call.shown ? `const output = await ${invocation};` : `await ${invocation};`,
    ...(call.shown ? [`console.log(output.${call.shown});`] : []),
    '',
  ].join('\n');
}
