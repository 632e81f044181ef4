/**
 * @module `x-paginated` for operations with `@paginated` (merged over the service's `@paginated`
 * defaults, as Smithy does). Values are wire names, so OpenAPI readers need not know Smithy:
 * `inputToken`/`pageSize` are the query, header or body names of those input members;
 * `outputToken`/`items` are `.`-separated paths of JSON property names in the response body.
 */
import { membersOf, paginatedTraitOf } from '@platform/smithy';
import type { OperationShape, ShapeId } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { requestBindings } from '../model/http-bindings.js';
import { propertyName } from '../schema/ref-strategy.js';
import { ConversionContext } from '../openapi/context.js';
import type { JsonObject } from '../json/json-value.js';

const KEYS = ['inputToken', 'outputToken', 'pageSize', 'items'] as const;

export function paginationExtension(
  ctx: ConversionContext,
  operation: OperationShape,
): JsonObject | undefined {
  const merged = paginatedTraitOf(operation, ctx.service);
  if (!merged) return undefined;
  const out: JsonObject = {};
  for (const key of KEYS) {
    const path = merged[key];
    if (path === undefined) continue;
    out[key] =
      key === 'inputToken' || key === 'pageSize'
        ? inputWireName(ctx, operation, path)
        : outputWirePath(ctx, operation, path);
  }
  return out;
}

function inputWireName(ctx: ConversionContext, operation: OperationShape, name: string): string {
  const binding = requestBindings(ctx.model, operation).find((b) => b.member.name === name);
  if (!binding) throw missing(operation, name, operation.input);
  return binding.location === 'document'
    ? propertyName(binding.member, ctx.settings)
    : binding.locationName;
}

function outputWirePath(ctx: ConversionContext, operation: OperationShape, path: string): string {
  let container = ctx.model.expect(operation.output);
  const names: string[] = [];
  for (const segment of path.split('.')) {
    const member = membersOf(container).find((m) => m.name === segment);
    if (!member) throw missing(operation, path, container.id);
    names.push(propertyName(member, ctx.settings));
    container = ctx.model.target(member);
  }
  return names.join('.');
}

function missing(
  operation: OperationShape,
  path: string,
  container: ShapeId,
): OpenApiConversionError {
  return new OpenApiConversionError(
    'InvalidTrait',
    `@paginated of \`${operation.id}\` names \`${path}\`, which \`${container}\` does not have`,
    {
      ...ConversionContext.where(operation),
      hint: 'Point @paginated at members of the operation input/output.',
    },
  );
}
