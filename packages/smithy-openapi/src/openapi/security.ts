/**
 * @module Security schemes and requirements (smithy-openapi's rules): a scheme per auth trait of
 * the service that has a converter; the service's effective schemes become the document's
 * `security`; an operation gets its own `security` only when its effective schemes differ (an
 * empty list for `@auth([])`), or — with our OAuth extension — when it requires scopes.
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { OperationShape } from '@platform/smithy';
import {
  effectiveOperationAuth,
  effectiveServiceAuth,
  serviceAuthSchemes,
} from '../model/service-index.js';
import {
  UPSTREAM_SECURITY_SCHEMES,
  oauth2ClientCredentials,
  schemeName,
} from './security-schemes.js';
import type { JsonObject } from '../json/json-value.js';
import type { ConversionContext } from './context.js';
import type { SecurityRequirement } from './openapi-objects.js';
import type { SecuritySchemeConverter } from './security-schemes.js';

/** Converters for the auth traits the service carries, in converter order. */
export function securityConverters(ctx: ConversionContext): SecuritySchemeConverter[] {
  const available = ctx.settings.platform.oauth2ClientCredentials
    ? [...UPSTREAM_SECURITY_SCHEMES, oauth2ClientCredentials]
    : UPSTREAM_SECURITY_SCHEMES;
  const onService = serviceAuthSchemes(ctx.model, ctx.service);
  const converters = available.filter((c) => onService.includes(c.authTrait));
  const missing = onService.filter((id) => !converters.some((c) => c.authTrait === id));
  if (missing.length > 0) {
    ctx.warn(
      'UnsupportedAuthScheme',
      `Unable to find an OpenAPI authentication converter for the following schemes: [${missing.join(', ')}]`,
      ctx.service.id,
    );
  }
  return converters;
}

export function securitySchemes(
  ctx: ConversionContext,
  converters: readonly SecuritySchemeConverter[],
): JsonObject {
  const out: JsonObject = {};
  for (const converter of converters) {
    out[schemeName(converter)] = converter.createScheme(
      ctx,
      ctx.service.traits[converter.authTrait] ?? null,
    );
  }
  return out;
}

export function serviceSecurity(
  ctx: ConversionContext,
  converters: readonly SecuritySchemeConverter[],
): SecurityRequirement[] {
  const effective = effectiveServiceAuth(ctx.model, ctx.service);
  return converters
    .filter((c) => effective.includes(c.authTrait))
    .map((c) => new Map([[schemeName(c), c.scopes(ctx, undefined)]]));
}

export function operationSecurity(
  ctx: ConversionContext,
  converters: readonly SecuritySchemeConverter[],
  operation: OperationShape,
): SecurityRequirement[] | undefined {
  const auth = operation.traits[TRAIT_IDS.auth];
  if (Array.isArray(auth) && auth.length === 0) return [];
  const serviceAuth = effectiveServiceAuth(ctx.model, ctx.service);
  const operationAuth = effectiveOperationAuth(ctx.model, ctx.service, operation);
  const differs =
    serviceAuth.length !== operationAuth.length ||
    operationAuth.some((id) => !serviceAuth.includes(id));
  const applicable = converters.filter((c) => operationAuth.includes(c.authTrait));
  const scoped = applicable.map((c) => c.scopes(ctx, operation));
  if (!differs && scoped.every((scopes) => scopes.length === 0)) return undefined;
  return applicable.map((c, i) => new Map([[schemeName(c), scoped[i] ?? []]]));
}
