/**
 * @module emit/bindings
 *
 * An operation's restJson1 binding as the runtime's `OperationSpec` data: which input member
 * goes to the path, query, headers or JSON body, and where output members come from. Anything
 * the runtime cannot carry fails generation with the member named.
 */
import {
  asStringList,
  httpBindingsOf,
  httpTraitOf,
  paginatedTraitOf,
  TRAIT_IDS,
} from '@platform/smithy';
import type { OperationShape, SemanticModel, ServiceShape } from '@platform/smithy';
import { CodegenError } from '../codegen-error.js';
import { checkMember, checkOperation, checkOutputHeader, checkPathLabels } from '../supported.js';
import { memberKind } from './member-kind.js';

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

export function operationBinding(
  model: SemanticModel,
  service: ServiceShape,
  operation: OperationShape,
): OperationBinding {
  const http = httpTraitOf(operation);
  if (!http) {
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
      operation.traits[TRAIT_IDS.readonly] !== undefined ||
      operation.traits[TRAIT_IDS.idempotent] !== undefined,
    scopes: [...(asStringList(operation.traits[TRAIT_IDS.requiredScopes]) ?? [])],
    output: { headers: {}, body: {} },
  };

  const input = model.expectShape(operation.input, 'structure');
  for (const member of input.members.values()) {
    const t = member.traits;
    if (t[TRAIT_IDS.required] !== undefined && t[TRAIT_IDS.default] === undefined) {
      binding.required.push(member.name);
    }
    if (t[TRAIT_IDS.idempotencyToken] !== undefined) binding.idempotencyToken = member.name;
  }
  for (const { member, location, locationName } of httpBindingsOf(input, 'request')) {
    if (location === 'label') {
      checkMember(model, member, 'label');
      binding.kinds[member.name] = memberKind(model, member);
    } else if (location === 'query') {
      checkMember(model, member, 'query');
      binding.query[member.name] = locationName;
      binding.kinds[member.name] = memberKind(model, member);
    } else if (location === 'header') {
      checkMember(model, member, 'header');
      binding.headers[member.name] = locationName.toLowerCase();
      binding.kinds[member.name] = memberKind(model, member);
    } else {
      checkMember(model, member, 'body');
      if (location === 'payload') binding.payload = member.name;
      else binding.body[member.name] = member.name;
    }
  }

  const output = model.expectShape(operation.output, 'structure');
  for (const { member, location, locationName } of httpBindingsOf(output, 'response')) {
    if (location === 'header') {
      checkMember(model, member, 'header');
      checkOutputHeader(model, member);
      binding.output.headers[member.name] = locationName.toLowerCase();
    } else {
      checkMember(model, member, 'body');
      if (location === 'payload') binding.output.payload = member.name;
      else if (location === 'responseCode') binding.output.status = member.name;
      else binding.output.body[member.name] = member.name;
    }
  }

  const paginated = paginatedTraitOf(operation, service);
  if (paginated !== undefined) {
    const { inputToken, outputToken, pageSize, items } = paginated;
    if (inputToken === undefined || outputToken === undefined) {
      throw new CodegenError(
        '@paginated needs inputToken and outputToken (on the operation or the service).',
        operation.id,
        operation.location,
      );
    }
    if (outputToken.includes('.') || items?.includes('.')) {
      throw new CodegenError(
        '@paginated paths into nested members are not supported by the SDK generator; use top-level output members.',
        operation.id,
        operation.location,
      );
    }
    binding.pagination = { inputToken, outputToken };
    if (pageSize !== undefined) binding.pagination.pageSize = pageSize;
    if (items !== undefined) binding.pagination.items = items;
  }
  return binding;
}
