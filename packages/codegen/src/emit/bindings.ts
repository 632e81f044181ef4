/**
 * @module emit/bindings
 *
 * An operation's restJson1 binding as the runtime's `OperationSpec` data: which input member
 * goes to the path, query, headers or JSON body, and where output members come from. Anything
 * the runtime cannot carry fails generation with the member named.
 */
import type {
  Member,
  NodeValue,
  OperationShape,
  SemanticModel,
  ServiceShape,
} from '@platform/smithy';
import { CodegenError } from '../codegen-error.js';
import { checkMember, checkOperation, checkOutputHeader, checkPathLabels } from '../supported.js';
import { memberKind } from './member-kind.js';

const HTTP = 'smithy.api#http';

export interface PaginationBinding {
  inputToken: string;
  outputToken: string;
  pageSize?: string;
  items?: string;
}

export interface OperationBinding {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: Record<string, string>;
  payload?: string;
  /** Kind of every label, query and header member. */
  kinds: Record<string, string>;
  required: string[];
  idempotent: boolean;
  idempotencyToken?: string;
  scopes: string[];
  output: {
    headers: Record<string, string>;
    body: Record<string, string>;
    payload?: string;
    status?: string;
  };
  pagination?: PaginationBinding;
}

function fields(value: NodeValue | undefined): Record<string, NodeValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, NodeValue>)
    : {};
}

function structureMembers(model: SemanticModel, id: string): Member[] {
  if (id === 'smithy.api#Unit') return [];
  const shape = model.expectShape(id, 'structure');
  return [...shape.members.values()];
}

export function operationBinding(
  model: SemanticModel,
  service: ServiceShape,
  operation: OperationShape,
): OperationBinding {
  const http = fields(operation.traits[HTTP]);
  if (typeof http.method !== 'string' || typeof http.uri !== 'string') {
    throw new CodegenError(
      'has no @http(method, uri) binding; every SDK operation needs one under restJson1.',
      operation.id,
      operation.location,
    );
  }
  checkOperation(service, operation);
  checkPathLabels(operation, http.uri);
  const binding: OperationBinding = {
    method: http.method,
    path: http.uri,
    query: {},
    headers: {},
    body: {},
    kinds: {},
    required: [],
    idempotent:
      operation.traits['smithy.api#readonly'] !== undefined ||
      operation.traits['smithy.api#idempotent'] !== undefined,
    scopes: [],
    output: { headers: {}, body: {} },
  };
  const scopes = operation.traits['example.platform#requiredScopes'];
  if (Array.isArray(scopes)) binding.scopes = scopes.map(String);

  for (const member of structureMembers(model, operation.input)) {
    const t = member.traits;
    if (t['smithy.api#required'] !== undefined && t['smithy.api#default'] === undefined) {
      binding.required.push(member.name);
    }
    if (t['smithy.api#idempotencyToken'] !== undefined) binding.idempotencyToken = member.name;
    if (t['smithy.api#httpLabel'] !== undefined) {
      checkMember(model, member, 'label');
      binding.kinds[member.name] = memberKind(model, member);
    } else if (typeof t['smithy.api#httpQuery'] === 'string') {
      checkMember(model, member, 'query');
      binding.query[member.name] = t['smithy.api#httpQuery'];
      binding.kinds[member.name] = memberKind(model, member);
    } else if (typeof t['smithy.api#httpHeader'] === 'string') {
      checkMember(model, member, 'header');
      binding.headers[member.name] = t['smithy.api#httpHeader'].toLowerCase();
      binding.kinds[member.name] = memberKind(model, member);
    } else {
      checkMember(model, member, 'body');
      if (t['smithy.api#httpPayload'] !== undefined) binding.payload = member.name;
      else binding.body[member.name] = member.name;
    }
  }

  for (const member of structureMembers(model, operation.output)) {
    const t = member.traits;
    if (typeof t['smithy.api#httpHeader'] === 'string') {
      checkMember(model, member, 'header');
      checkOutputHeader(model, member);
      binding.output.headers[member.name] = t['smithy.api#httpHeader'].toLowerCase();
    } else {
      checkMember(model, member, 'body');
      if (t['smithy.api#httpPayload'] !== undefined) binding.output.payload = member.name;
      else if (t['smithy.api#httpResponseCode'] !== undefined) binding.output.status = member.name;
      else binding.output.body[member.name] = member.name;
    }
  }

  const paginated = operation.traits['smithy.api#paginated'];
  if (paginated !== undefined) {
    const merged = { ...fields(service.traits['smithy.api#paginated']), ...fields(paginated) };
    const { inputToken, outputToken, pageSize, items } = merged;
    if (typeof inputToken !== 'string' || typeof outputToken !== 'string') {
      throw new CodegenError(
        '@paginated needs inputToken and outputToken (on the operation or the service).',
        operation.id,
        operation.location,
      );
    }
    if (outputToken.includes('.') || (typeof items === 'string' && items.includes('.'))) {
      throw new CodegenError(
        '@paginated paths into nested members are not supported by the SDK generator; use top-level output members.',
        operation.id,
        operation.location,
      );
    }
    binding.pagination = { inputToken, outputToken };
    if (typeof pageSize === 'string') binding.pagination.pageSize = pageSize;
    if (typeof items === 'string') binding.pagination.items = items;
  }
  return binding;
}
