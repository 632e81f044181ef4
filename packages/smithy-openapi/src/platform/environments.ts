/**
 * @module The service's `@example.platform#environments` table (name, base URL, token URL,
 * description), checked, and — opt-in — the OpenAPI `servers` it describes.
 */
import { TRAIT_IDS } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { isJsonObject } from '../json/json-value.js';
import { ConversionContext } from '../openapi/context.js';
import type { JsonObject } from '../json/json-value.js';

export interface PlatformEnvironment {
  readonly name: string;
  readonly baseUrl: string;
  readonly tokenUrl?: string;
  readonly description?: string;
}

export function platformEnvironments(ctx: ConversionContext): PlatformEnvironment[] {
  const trait = ctx.service.traits[TRAIT_IDS.environments];
  if (trait === undefined) return [];
  if (!Array.isArray(trait)) throw invalid(ctx, 'must be a list of environments');
  return (trait as readonly unknown[]).map((entry, i) => {
    if (
      !isJsonObject(entry as JsonObject) ||
      typeof (entry as JsonObject).name !== 'string' ||
      typeof (entry as JsonObject).baseUrl !== 'string'
    ) {
      throw invalid(ctx, `entry ${i} needs a string \`name\` and \`baseUrl\``);
    }
    const e = entry as JsonObject;
    return {
      name: e.name as string,
      baseUrl: e.baseUrl as string,
      ...(typeof e.tokenUrl === 'string' ? { tokenUrl: e.tokenUrl } : {}),
      ...(typeof e.description === 'string' ? { description: e.description } : {}),
    };
  });
}

/** One server per environment, in the order the model lists them. */
export function platformServers(ctx: ConversionContext): JsonObject[] {
  return platformEnvironments(ctx).map((e) => ({
    url: e.baseUrl,
    description: e.description ?? e.name,
    'x-environment': e.name,
  }));
}

function invalid(ctx: ConversionContext, problem: string): OpenApiConversionError {
  return new OpenApiConversionError(
    'InvalidTrait',
    `@environments of \`${ctx.service.id}\` ${problem}`,
    ConversionContext.where(ctx.service),
  );
}
