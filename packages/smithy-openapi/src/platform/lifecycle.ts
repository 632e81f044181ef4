/**
 * @module The version lifecycle from `@example.platform#lifecycle`: the whole trait as
 * `info.x-lifecycle`, and for a deprecated version every operation `deprecated`, with `x-sunset`
 * (the date the version stops answering) when one is set. Presence-based, never clock-based, so the
 * document is the same whenever it is generated.
 */
import { TRAIT_IDS } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { isJsonObject } from '../json/json-value.js';
import { ConversionContext } from '../openapi/context.js';
import type { JsonObject } from '../json/json-value.js';
import type { OperationObject } from '../openapi/openapi-objects.js';

export interface Lifecycle {
  readonly trait: JsonObject;
  readonly deprecatedAt?: string;
  readonly sunsetAt?: string;
}

export function serviceLifecycle(ctx: ConversionContext): Lifecycle | undefined {
  const trait = ctx.service.traits[TRAIT_IDS.lifecycle];
  if (trait === undefined) return undefined;
  if (!isJsonObject(trait)) {
    throw new OpenApiConversionError(
      'InvalidTrait',
      `@lifecycle of \`${ctx.service.id}\` must be a structure`,
      ConversionContext.where(ctx.service),
    );
  }
  const date = (key: string): string | undefined => {
    const value = trait[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new OpenApiConversionError(
        'InvalidTrait',
        `@lifecycle \`${key}\` of \`${ctx.service.id}\` must be an RFC 3339 date, not ${JSON.stringify(value)}`,
        ConversionContext.where(ctx.service),
      );
    }
    return value;
  };
  const deprecatedAt = date('deprecatedAt');
  const sunsetAt = date('sunsetAt');
  date('releasedAt');
  return {
    trait: { ...trait },
    ...(deprecatedAt ? { deprecatedAt } : {}),
    ...(sunsetAt ? { sunsetAt } : {}),
  };
}

export function applyLifecycle(lifecycle: Lifecycle, operation: OperationObject): void {
  if (lifecycle.deprecatedAt === undefined) return;
  operation.deprecated = true;
  if (lifecycle.sunsetAt !== undefined) operation.extensions.set('x-sunset', lifecycle.sunsetAt);
}
