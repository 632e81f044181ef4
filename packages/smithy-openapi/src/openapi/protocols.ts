/**
 * @module Choosing the protocol to convert with (smithy-openapi's rules): the `protocol` setting
 * when given (the service must carry that trait), else the service's only protocol trait; the
 * trait must be one this package converts.
 */
import type { ServiceShape } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { serviceProtocols } from '../model/service-index.js';
import { ConversionContext } from './context.js';
import { restJson1Protocol } from './rest-json-protocol.js';
import { rpcV2JsonProtocol } from './rpc-v2-json-protocol.js';
import type { ConversionModel } from '../model/conversion-model.js';
import type { ResolvedSettings } from '../settings.js';
import type { OpenApiProtocol } from './protocol.js';

const PROTOCOLS: readonly OpenApiProtocol[] = [restJson1Protocol, rpcV2JsonProtocol];

export function resolveProtocol(
  model: ConversionModel,
  service: ServiceShape,
  settings: ResolvedSettings,
): OpenApiProtocol {
  const onService = serviceProtocols(model, service);
  const where = ConversionContext.where(service);
  let traitId: string;
  if (settings.protocol !== undefined) {
    if (service.traits[settings.protocol] === undefined) {
      throw new OpenApiConversionError(
        'UnknownProtocol',
        `Unable to find protocol \`${settings.protocol}\` on service \`${service.id}\`. This service supports the following protocols: [${onService.join(', ')}]`,
        { ...where, hint: 'Set `protocol` to one of the protocol traits the service carries.' },
      );
    }
    traitId = settings.protocol;
  } else if (onService.length === 0) {
    throw new OpenApiConversionError(
      'MissingProtocol',
      `No Smithy protocol was configured and \`${service.id}\` does not define any protocols.`,
      {
        ...where,
        hint: 'Apply a protocol trait such as `@aws.protocols#restJson1` to the service.',
      },
    );
  } else if (onService.length > 1) {
    throw new OpenApiConversionError(
      'AmbiguousProtocol',
      `No Smithy protocol was configured and \`${service.id}\` defines multiple protocols: [${onService.join(', ')}]`,
      { ...where, hint: 'Set the `protocol` setting to the one to convert.' },
    );
  } else {
    traitId = onService[0] as string;
  }
  const protocol = PROTOCOLS.find((p) => p.traitId === traitId);
  if (!protocol) {
    throw new OpenApiConversionError(
      'UnsupportedProtocol',
      `Unable to find an OpenAPI service provider for the \`${traitId}\` protocol when converting \`${service.id}\`. Protocol service providers were found for the following protocols: [${PROTOCOLS.map((p) => p.traitId).join(', ')}].`,
      { ...where, hint: 'Convert with one of the supported protocols (restJson1 or rpcv2Json).' },
    );
  }
  return protocol;
}
