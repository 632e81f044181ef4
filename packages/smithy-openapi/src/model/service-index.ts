/**
 * @module Smithy's `ServiceIndex`: which protocol and auth traits a service carries (traits whose
 * definitions are marked `@protocolDefinition` / `@authDefinition`), and which auth schemes apply
 * to the service and to each operation (`@auth`, else every scheme of the service, sorted by id).
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { OperationShape, ServiceShape, ShapeId } from '@platform/smithy';
import type { ConversionModel } from './conversion-model.js';

/** Protocol traits applied to the service, sorted by id. */
export function serviceProtocols(model: ConversionModel, service: ServiceShape): ShapeId[] {
  return traitsMarkedWith(model, service, TRAIT_IDS.protocolDefinition);
}

/** Auth-scheme traits applied to the service, sorted by id. */
export function serviceAuthSchemes(model: ConversionModel, service: ServiceShape): ShapeId[] {
  return traitsMarkedWith(model, service, TRAIT_IDS.authDefinition);
}

/** The service's effective auth schemes: its `@auth` list, else all of its schemes. */
export function effectiveServiceAuth(model: ConversionModel, service: ServiceShape): ShapeId[] {
  return authTraitValues(service, service) ?? serviceAuthSchemes(model, service);
}

/** An operation's effective auth schemes: its `@auth` list, else the service's. */
export function effectiveOperationAuth(
  model: ConversionModel,
  service: ServiceShape,
  operation: OperationShape,
): ShapeId[] {
  return authTraitValues(service, operation) ?? effectiveServiceAuth(model, service);
}

function authTraitValues(
  service: ServiceShape,
  subject: ServiceShape | OperationShape,
): ShapeId[] | undefined {
  const value = subject.traits[TRAIT_IDS.auth];
  if (!Array.isArray(value)) return undefined;
  const ids = (value as readonly unknown[]).filter((v): v is string => typeof v === 'string');
  return [...new Set(ids)].filter((id) => service.traits[id] !== undefined);
}

function traitsMarkedWith(
  model: ConversionModel,
  service: ServiceShape,
  marker: ShapeId,
): ShapeId[] {
  return Object.keys(service.traits)
    .filter((id) => model.shape(id)?.traits[marker] !== undefined)
    .sort();
}
