/**
 * @module Request parameters of a REST operation: path labels (greedy labels keep their `+`
 * unless `removeGreedyParameterSuffix`), query parameters (lists exploded in `form` style), and
 * request headers (sorted by header name), each with its examples. Also the response headers.
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { HttpBinding, Member, OperationShape, Shape } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import {
  bindingsAt,
  httpTrait,
  requestBindings,
  responseBindings,
  uriLabels,
} from '../model/http-bindings.js';
import { ConversionContext } from './context.js';
import { memberExamples } from './examples.js';
import { headerSchema, pathParameterSchema, querySchema } from './parameter-schemas.js';
import { sortedMap } from './openapi-objects.js';
import type { MessageType } from './examples.js';
import type { ParameterObject } from './openapi-objects.js';

export function requestParameters(
  ctx: ConversionContext,
  operation: OperationShape,
): ParameterObject[] {
  const bindings = requestBindings(ctx.model, operation);
  return [
    ...pathParameters(ctx, operation, bindingsAt(bindings, 'label')),
    ...queryParameters(ctx, operation, [
      ...bindingsAt(bindings, 'query'),
      ...bindingsAt(bindings, 'queryParams'),
    ]),
    ...headerParameters(
      ctx,
      bindingsAt(bindings, 'header'),
      'request',
      operation,
      undefined,
    ).values(),
  ];
}

/** Headers of a response (the operation's output or an error), by header name. */
export function responseHeaders(
  ctx: ConversionContext,
  operationOrError: Shape,
  operation: OperationShape,
): Map<string, ParameterObject> {
  const bindings = bindingsAt(responseBindings(ctx.model, operationOrError), 'header');
  const type: MessageType =
    operationOrError.traits[TRAIT_IDS.error] !== undefined ? 'error' : 'response';
  return headerParameters(ctx, bindings, type, operationOrError, operation);
}

function pathParameters(
  ctx: ConversionContext,
  operation: OperationShape,
  bindings: HttpBinding[],
): ParameterObject[] {
  const uri = httpTrait(operation)?.uri ?? '';
  const labels = uriLabels(uri);
  return bindings.map((binding) => {
    const label = labels.get(binding.member.name);
    if (!label) {
      throw new OpenApiConversionError(
        'ConflictingBinding',
        `Unable to find URI label on ${operation.id} for ${binding.member.name}: ${uri}`,
        {
          ...ConversionContext.where(binding.member),
          hint: `Add \`{${binding.member.name}}\` to the @http uri, or remove @httpLabel.`,
        },
      );
    }
    const name =
      label.greedy && !ctx.settings.removeGreedyParameterSuffix
        ? `${binding.member.name}+`
        : binding.member.name;
    return {
      ...baseParameter(ctx, binding.member),
      name,
      in: 'path',
      schema: pathParameterSchema(ctx, binding.member),
      examples: memberExamples(ctx, operation, binding, 'request', undefined),
    };
  });
}

function queryParameters(
  ctx: ConversionContext,
  operation: OperationShape,
  bindings: HttpBinding[],
): ParameterObject[] {
  return bindings.map((binding) => {
    const param: ParameterObject = {
      ...baseParameter(ctx, binding.member),
      in: 'query',
      name: binding.locationName,
    };
    const target = ctx.model.target(binding.member);
    if (target.type === 'list' || target.type === 'set') {
      param.style = 'form';
      param.explode = true;
    }
    if (binding.location === 'queryParams') {
      param.style = 'form';
      const valueTarget = target.type === 'map' ? ctx.model.shape(target.value.target) : undefined;
      if (valueTarget?.type === 'list' || valueTarget?.type === 'set') param.explode = true;
    }
    param.schema = querySchema(ctx, binding.member);
    param.examples = memberExamples(ctx, operation, binding, 'request', undefined);
    return param;
  });
}

function headerParameters(
  ctx: ConversionContext,
  bindings: HttpBinding[],
  type: MessageType,
  operationOrError: Shape,
  operation: OperationShape | undefined,
): Map<string, ParameterObject> {
  return sortedMap(
    bindings.map((binding): [string, ParameterObject] => {
      const param = baseParameter(ctx, binding.member);
      if (type === 'request') {
        param.in = 'header';
        param.name = binding.locationName;
      } else {
        delete param.name;
      }
      param.examples = memberExamples(ctx, operationOrError, binding, type, operation);
      param.schema = headerSchema(ctx, binding.member);
      return [binding.locationName, param];
    }),
  );
}

/** `required`, name and documentation (of the member, else its target). */
function baseParameter(ctx: ConversionContext, member: Member): ParameterObject {
  const param: ParameterObject = { name: member.name, required: ctx.model.isRequired(member) };
  const docs = ctx.model.memberTrait(member, TRAIT_IDS.documentation);
  if (typeof docs === 'string') param.description = docs;
  return param;
}
