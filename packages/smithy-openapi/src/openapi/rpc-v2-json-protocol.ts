/**
 * @module `smithy.protocols#rpcv2Json` (smithy-openapi's `RpcV2JsonProtocolConverter`): every
 * operation is `POST /service/<Service>/operation/<Operation>` with the whole input as the JSON
 * body, the whole output as the 200 response and each error as its status; big numbers as strings.
 */
import { shapeName, TRAIT_IDS, UNIT_SHAPE_ID } from '@platform/smithy';
import type { OperationShape, Shape } from '@platform/smithy';
import { errorStatus } from '../model/http-bindings.js';
import { sortedMap } from './openapi-objects.js';
import type { ResolvedSettings } from '../settings.js';
import type { ConversionContext } from './context.js';
import type { MediaTypeObject, ResponseObject } from './openapi-objects.js';
import type { ConvertedOperation, OpenApiProtocol } from './protocol.js';

const CONTENT_TYPE = 'application/json';

export const rpcV2JsonProtocol: OpenApiProtocol = {
  traitId: TRAIT_IDS.rpcv2Json,

  applyDefaults(settings: ResolvedSettings): void {
    settings.useStringsForArbitraryPrecision = true;
  },

  createOperation(ctx: ConversionContext, operation: OperationShape): ConvertedOperation {
    const responses: Array<[string, ResponseObject]> = [];
    if (operation.output !== UNIT_SHAPE_ID) {
      responses.push([
        '200',
        response(ctx, ctx.model.expect(operation.output), operation, 'ResponseContent'),
      ]);
      for (const id of operation.errors) {
        const error = ctx.model.expect(id, 'structure');
        responses.push([String(errorStatus(error)), response(ctx, error, error, 'ErrorContent')]);
      }
    }
    const name = ctx.name(operation.id);
    return {
      method: 'POST',
      path: `/service/${shapeName(ctx.service.id)}/operation/${name}`,
      operation: {
        operationId: name,
        parameters: [],
        ...(operation.input !== UNIT_SHAPE_ID
          ? {
              requestBody: {
                description: 'Request Object',
                content: new Map([
                  [
                    CONTENT_TYPE,
                    body(ctx, ctx.model.expect(operation.input), operation, 'RequestContent'),
                  ],
                ]),
              },
            }
          : {}),
        responses: sortedMap(responses),
        extensions: new Map(),
      },
    };
  },
};

function response(
  ctx: ConversionContext,
  structure: Shape,
  owner: Shape,
  suffix: string,
): ResponseObject {
  return {
    description: 'Response Object',
    headers: new Map(),
    content: new Map([[CONTENT_TYPE, body(ctx, structure, owner, suffix)]]),
  };
}

function body(
  ctx: ConversionContext,
  structure: Shape,
  owner: Shape,
  suffix: string,
): MediaTypeObject {
  const schema = ctx.schemas.convert(structure);
  return {
    schema: { ref: ctx.putSynthesizedSchema(`${ctx.name(owner.id)}${suffix}`, schema, owner.id) },
  };
}
