/**
 * @module The code samples of an operation page, generated from the operation's first
 * successful `@examples` entry: a TypeScript call with the SDK (compiled in CI) and the same
 * request as a curl command (built from `HttpRequestSample`, which tests can also send).
 */
import type { NodeObject, SemanticModel } from '@platform/smithy';
import type { OperationDoc } from './api.js';
import {
  curlSample,
  httpRequest,
  methodName,
  sdkSample,
  type HttpRequestSample,
  type WireMember,
} from './sample-text.js';
import type { Example } from './traits.js';
import { sdkMembers, wireText, wireValue } from './values.js';

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

/** Whether an input member is the idempotency token the SDK fills in. */
export function isIdempotencyToken(op: OperationDoc, member: string): boolean {
  return op.input.some((m) => m.member.name === member && m.idempotencyToken);
}

/** The output member the SDK sample prints: the first one of the body. */
export function firstOutputMember(op: OperationDoc): string | undefined {
  return op.output.find((m) => m.binding === 'body' || m.binding === 'payload')?.member.name;
}

export function typescriptSample(
  model: SemanticModel,
  version: string,
  op: OperationDoc,
  example: Example | undefined,
): string {
  const input = Object.entries(example?.input ?? {}).filter(
    ([name]) => !isIdempotencyToken(op, name),
  );
  return sdkSample({
    entryPoint: sdkEntryPoint(version),
    client: op.service.name,
    method: methodName(op.name),
    input: sdkMembers(model, Object.fromEntries(input), op.shape.input),
    shown: firstOutputMember(op),
    fillsIdempotencyKey: op.input.some((m) => m.idempotencyToken),
    options: { environment: 'sandbox' },
  });
}

export function requestSample(
  model: SemanticModel,
  op: OperationDoc,
  example: Example | undefined,
): HttpRequestSample {
  const input: NodeObject = example?.input ?? {};
  const members = op.input.flatMap((bound): WireMember[] => {
    const value = input[bound.member.name];
    if (value === undefined) return [];
    const { binding, wireName } = bound;
    return binding === 'body' || binding === 'payload'
      ? [{ binding, wireName, json: wireValue(model, value, bound.member.target) }]
      : [{ binding, wireName, texts: wireText(value) }];
  });
  return httpRequest(
    {
      method: op.http.method,
      uri: op.http.uri,
      hasBodyMembers: op.input.some((m) => m.binding === 'body'),
    },
    members,
  );
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
