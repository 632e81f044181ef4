/**
 * Every operation of both API versions through its generated aggregated client against a real
 * loopback server (tests named by the model, ARCHITECTURE.md §3.5). The input of the operation's first
 * `@examples` entry must reach the wire exactly where the model's HTTP binding puts it (path
 * labels, query, headers, JSON body — derived here from the traits, not from the generated
 * specs), and the example output, sent back, must come out as the output. Each error example
 * must come out as its generated error class with its members and `$metadata`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v1 from '../../src/generated/v1/index.js';
import * as v2 from '../../src/generated/v2/index.js';
import {
  sendJson,
  startLoopbackServer,
  type LoopbackServer,
  type RecordedRequest,
} from '../runtime/support/loopback-server.js';
import {
  expectedRequest,
  loadPlatformModel,
  modelOperations,
  plain,
  responseFor,
  type Json,
  type ModelOperation,
} from './support/model-examples.js';

const VERSIONS: Record<number, Record<string, unknown>> = { 1: v1, 2: v2 };
const model = loadPlatformModel();
const operations = modelOperations(model);

type Method = (input: unknown) => Promise<Record<string, unknown>>;
type AggregatedClient = Record<string, Method> & { destroy(): void };
type ClientClass = new (options: v2.PlatformClientOptions) => AggregatedClient;

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(() => server.close());

function client(op: ModelOperation): AggregatedClient {
  const Client = VERSIONS[op.major]![op.service] as ClientClass;
  return new Client({
    clientId: 'example-client',
    clientSecret: 'example-secret',
    baseUrl: server.baseUrl,
    tokenUrl: server.tokenUrl,
    maxRetries: 0,
  });
}

function call(op: ModelOperation, input: Json): Promise<Record<string, unknown>> {
  const sdk = client(op);
  const method = sdk[op.name.charAt(0).toLowerCase() + op.name.slice(1)];
  if (typeof method !== 'function') throw new Error(`${op.service} has no method for ${op.name}`);
  return method.call(sdk, input).finally(() => sdk.destroy());
}

/** What arrived, in the form `expectedRequest` describes. */
function received(request: RecordedRequest, expectedHeaders: readonly string[]) {
  const url = new URL(request.path, server.baseUrl);
  const query: Record<string, string[]> = {};
  for (const key of new Set(url.searchParams.keys())) query[key] = url.searchParams.getAll(key);
  const headers = Object.fromEntries(
    expectedHeaders.map((name) => [name, String(request.headers[name])]),
  );
  return {
    method: request.method,
    path: url.pathname,
    query,
    headers,
    body: request.body === '' ? undefined : (JSON.parse(request.body) as Json),
  };
}

const byVersion = [1, 2].map((major) => [major, operations.filter((o) => o.major === major)]);

describe.each(byVersion)('API v%i', (_major, ops) => {
  const list = ops as ModelOperation[];

  it.each(list.map((op) => [`${op.service}.${op.name}:example`, op] as const))(
    '%s',
    async (_name, op) => {
      const example = op.examples.find((e) => e.output !== undefined);
      expect(example, `${op.name} has no example with an output`).toBeDefined();
      const input = plain(example!.input ?? {}) as Record<string, Json>;
      const output = plain(example!.output ?? {}) as Record<string, Json>;
      const want = expectedRequest(op, input);
      const reply = responseFor(op, output);
      server.reset();
      server.api((_request, response) =>
        sendJson(response, op.code, reply.body, { ...reply.headers, 'x-request-id': 'req-ex' }),
      );

      const result = await call(op, input);

      expect(server.apiRequests).toHaveLength(1);
      expect(received(server.apiRequests[0]!, Object.keys(want.headers))).toEqual(want);
      const { $metadata, ...rest } = result;
      expect(rest).toEqual(output);
      expect($metadata).toMatchObject({ httpStatusCode: op.code, requestId: 'req-ex' });
    },
  );

  const errorCases = list.flatMap((op) =>
    op.examples
      .filter((e) => e.error !== undefined)
      .map((e) => {
        const error = e.error as { shapeId: string; content: Record<string, Json> };
        const code = error.shapeId.slice(error.shapeId.indexOf('#') + 1);
        return [`${op.service}.${op.name}:error ${code}`, op, e, code] as const;
      }),
  );

  it.each(errorCases)('%s', async (_name, op, example, code) => {
    const error = plain(example.error ?? {}) as { content: Record<string, Json> };
    const ErrorClass = VERSIONS[op.major]![code] as new (...args: never[]) => v2.ServiceError;
    server.reset();
    const httpStatus = statusOf(code);
    server.api((_request, response) =>
      sendJson(response, httpStatus, error.content, { 'x-request-id': 'req-err' }),
    );

    const failure = await call(op, plain(example.input ?? {})).then(
      () => undefined,
      (caught: unknown) => caught,
    );

    expect(failure).toBeInstanceOf(ErrorClass);
    expect(failure).toBeInstanceOf(v2.PlatformError);
    const thrown = failure as v2.ServiceError & Record<string, unknown>;
    expect(thrown.code).toBe(code);
    expect(thrown.$metadata).toMatchObject({ httpStatusCode: httpStatus, requestId: 'req-err' });
    for (const [member, value] of Object.entries(error.content)) {
      if (member !== 'code' && member !== 'message' && member !== 'requestId') {
        expect(thrown[member], member).toEqual(value);
      }
    }
  });
});

/** The `@httpError` status of an error shape, from the model. */
function statusOf(code: string): number {
  const shape = model
    .shapes()
    .find((s) => s.id.endsWith(`#${code}`) && s.traits['smithy.api#error'] !== undefined);
  const status = shape?.traits['smithy.api#httpError'];
  if (typeof status !== 'number') throw new Error(`${code} has no @httpError`);
  return status;
}
