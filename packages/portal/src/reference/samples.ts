/**
 * @module The code samples of an operation page, generated from the operation's first
 * successful `@examples` entry: a TypeScript call with the SDK (compiled in CI) and the same
 * request as a curl command (built from `HttpRequestSample`, which tests can also send).
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { NodeObject, NodeValue, SemanticModel } from '@platform/smithy';
import { methodName, type OperationDoc } from './api.js';
import type { Example } from './traits.js';
import { tsLiteral, wireText, wireValue } from './values.js';

/** The HTTP request of an example, before it is written as a command. */
export interface HttpRequestSample {
  readonly method: string;
  /** Path and query, percent-encoded, starting with `/`. */
  readonly pathAndQuery: string;
  readonly headers: readonly (readonly [string, string])[];
  /** JSON text of the body, when there is one. */
  readonly body: string | undefined;
}

export interface OperationSamples {
  /** `v1/ListOrders`: names the sample in compiler messages. */
  readonly id: string;
  readonly example: Example | undefined;
  readonly typescript: string;
  readonly request: HttpRequestSample;
  readonly curl: string;
}

/** The SDK's subpath for an API version. */
export function sdkEntryPoint(version: string): string {
  return `@platform/api-client/${version}`;
}

/** The example samples are drawn from: the first without an error, else the first. */
export function sampleExample(op: OperationDoc): Example | undefined {
  return op.examples.find((e) => e.error === undefined) ?? op.examples[0];
}

function sdkInput(op: OperationDoc, input: NodeObject): NodeObject {
  const auto = new Set(
    op.input.filter((m) => TRAIT_IDS.idempotencyToken in m.member.traits).map((m) => m.member.name),
  );
  return Object.fromEntries(Object.entries(input).filter(([k]) => !auto.has(k)));
}

function firstOutputMember(op: OperationDoc): string | undefined {
  return op.output.find((m) => m.binding === 'body' || m.binding === 'payload')?.member.name;
}

export function typescriptSample(
  model: SemanticModel,
  version: string,
  op: OperationDoc,
  example: Example | undefined,
): string {
  const client = op.service.name;
  const variable = methodName(client);
  const input = sdkInput(op, example?.input ?? {});
  const call = `${variable}.${methodName(op.name)}(${tsLiteral(model, input, op.shape.input)})`;
  const shown = firstOutputMember(op);
  const hasToken = op.input.some((m) => TRAIT_IDS.idempotencyToken in m.member.traits);
  return [
    `import { ${client} } from '${sdkEntryPoint(version)}';`,
    '',
    `const ${variable} = new ${client}({`,
    '  clientId: process.env.PLATFORM_CLIENT_ID!,',
    '  clientSecret: process.env.PLATFORM_CLIENT_SECRET!,',
    "  environment: 'sandbox',",
    '});',
    '',
    ...(hasToken ? ['// The SDK fills in the idempotency key and reuses it on every retry.'] : []),
    shown ? `const output = await ${call};` : `await ${call};`,
    ...(shown ? [`console.log(output.${shown});`] : []),
    '',
  ].join('\n');
}

export function requestSample(
  model: SemanticModel,
  op: OperationDoc,
  example: Example | undefined,
): HttpRequestSample {
  const input: NodeObject = example?.input ?? {};
  let path = op.http.uri;
  const query: string[] = [];
  const headers: [string, string][] = [];
  const body: Record<string, unknown> = {};
  let payload: unknown;
  let hasBody = false;
  for (const bound of op.input) {
    const value: NodeValue | undefined = input[bound.member.name];
    if (value === undefined) continue;
    const texts = wireText(value);
    switch (bound.binding) {
      case 'path':
        path = path
          .replace(
            `{${bound.wireName}+}`,
            texts.map((t) => t.split('/').map(encodeURIComponent).join('/')).join('/'),
          )
          .replace(`{${bound.wireName}}`, encodeURIComponent(texts[0] ?? ''));
        break;
      case 'query':
        for (const text of texts)
          query.push(`${encodeURIComponent(bound.wireName)}=${encodeURIComponent(text)}`);
        break;
      case 'header':
        headers.push([bound.wireName, texts.join(', ')]);
        break;
      case 'payload':
        payload = wireValue(model, value, bound.member.target);
        hasBody = true;
        break;
      case 'body':
        body[bound.wireName] = wireValue(model, value, bound.member.target);
        hasBody = true;
        break;
    }
  }
  const method = op.http.method;
  const sendsBody =
    hasBody ||
    ((method === 'POST' || method === 'PUT' || method === 'PATCH') &&
      op.input.some((m) => m.binding === 'body'));
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

export function operationSamples(
  model: SemanticModel,
  version: string,
  op: OperationDoc,
  baseUrl: string,
): OperationSamples {
  const example = sampleExample(op);
  const request = requestSample(model, op, example);
  return {
    id: `${version}/${op.name}`,
    example,
    typescript: typescriptSample(model, version, op, example),
    request,
    curl: curlSample(request, baseUrl),
  };
}
