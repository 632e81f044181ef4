/**
 * @module test/generated/support/model-examples
 *
 * Reads what the generated-client tests check against straight from the model (not from the
 * generator): every operation of every API version with its `@http` binding, scopes and
 * `@examples`, so the expected wire request is derived independently of the generated specs.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BigNumberValue,
  loadModel,
  type Member,
  type NodeValue,
  type OperationShape,
  type SemanticModel,
  type ServiceShape,
} from '@platform/smithy';

const MODEL_DIR = fileURLToPath(new URL('../../../../../model', import.meta.url));

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A node value as plain JSON (big numbers of examples are small enough for a number). */
export function plain(value: NodeValue): Json {
  if (value instanceof BigNumberValue) return Number(value.text);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v as NodeValue)]));
  }
  return value;
}

export interface ModelOperation {
  readonly major: number;
  readonly service: string;
  readonly name: string;
  readonly shape: OperationShape;
  readonly method: string;
  readonly uri: string;
  readonly code: number;
  readonly scopes: readonly string[];
  readonly input: readonly Member[];
  readonly output: readonly Member[];
  readonly examples: readonly Record<string, NodeValue>[];
}

function record(value: NodeValue | undefined): Record<string, NodeValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, NodeValue>)
    : {};
}

function members(model: SemanticModel, id: string): Member[] {
  const shape = model.getShape(id);
  return shape?.type === 'structure' ? [...shape.members.values()] : [];
}

export function loadPlatformModel(): SemanticModel {
  const loaded = loadModel({ files: [MODEL_DIR] });
  if (!loaded.ok) throw new Error('model/ does not validate: run npm run validate:model');
  return loaded.model;
}

export function majorOf(service: ServiceShape): number {
  return Number(record(service.traits['example.platform#lifecycle']).major);
}

/** Every operation of every service, with what the tests need. */
export function modelOperations(model: SemanticModel): ModelOperation[] {
  return model
    .shapesOfType('service')
    .filter((service) => !model.isPrelude(service.id))
    .flatMap((service) =>
      model.serviceClosure(service.id).operations.map((shape) => {
        const http = record(shape.traits['smithy.api#http']);
        const scopes = shape.traits['example.platform#requiredScopes'];
        const examples = shape.traits['smithy.api#examples'];
        return {
          major: majorOf(service),
          service: service.id.slice(service.id.indexOf('#') + 1),
          name: shape.id.slice(shape.id.indexOf('#') + 1),
          shape,
          method: String(http.method),
          uri: String(http.uri),
          code: typeof http.code === 'number' ? http.code : 200,
          scopes: Array.isArray(scopes) ? scopes.map(String) : [],
          input: members(model, shape.input),
          output: members(model, shape.output),
          examples: Array.isArray(examples) ? examples.map(record) : [],
        };
      }),
    );
}

/** The request the binding says `input` becomes: method, path, query, headers, JSON body. */
export interface WireRequest {
  method: string;
  path: string;
  query: Record<string, string[]>;
  headers: Record<string, string>;
  body: Json | undefined;
}

function text(value: Json): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function expectedRequest(op: ModelOperation, input: Record<string, Json>): WireRequest {
  let path = op.uri;
  const query: Record<string, string[]> = {};
  const headers: Record<string, string> = {};
  const body: Record<string, Json> = {};
  let payload: Json | undefined;
  let hasBody = false;
  for (const member of op.input) {
    const value = input[member.name];
    const t = member.traits;
    if (t['smithy.api#httpLabel'] !== undefined) {
      path = path.replace(`{${member.name}}`, encodeURIComponent(text(value ?? '')));
    } else if (typeof t['smithy.api#httpQuery'] === 'string') {
      if (value !== undefined) {
        query[t['smithy.api#httpQuery']] = Array.isArray(value) ? value.map(text) : [text(value)];
      }
    } else if (typeof t['smithy.api#httpHeader'] === 'string') {
      if (value !== undefined) {
        headers[t['smithy.api#httpHeader'].toLowerCase()] = Array.isArray(value)
          ? value.map(text).join(', ')
          : text(value);
      }
    } else if (t['smithy.api#httpPayload'] !== undefined) {
      hasBody = true;
      payload = value;
    } else {
      hasBody = true;
      if (value !== undefined) body[member.name] = value;
    }
  }
  const sent = op.input.some((m) => m.traits['smithy.api#httpPayload'] !== undefined)
    ? payload
    : body;
  return { method: op.method, path, query, headers, body: hasBody ? sent : undefined };
}

/** The response the binding says carries `output`: headers and JSON body. */
export function responseFor(
  op: ModelOperation,
  output: Record<string, Json>,
): { headers: Record<string, string>; body: Json } {
  const headers: Record<string, string> = {};
  const body: Record<string, Json> = {};
  for (const member of op.output) {
    const value = output[member.name];
    if (value === undefined) continue;
    const header = member.traits['smithy.api#httpHeader'];
    if (typeof header === 'string') headers[header.toLowerCase()] = text(value);
    else body[member.name] = value;
  }
  return { headers, body };
}
