/**
 * @module Auth traits to OpenAPI security schemes (smithy-openapi's security converters: HTTP
 * basic, bearer and digest, API keys, AWS SigV4), plus — opt-in — our `oauth2` client-credentials
 * scheme from `example.platform#oauth2ClientCredentials`, whose requirements carry the scopes of
 * each operation's `@requiredScopes`. Scheme names are the trait ids with `#` turned into `.`.
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { OperationShape, ShapeId } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { isJsonObject } from '../json/json-value.js';
import { platformEnvironments } from '../platform/environments.js';
import { ConversionContext } from './context.js';
import type { JsonObject, JsonValue } from '../json/json-value.js';

export interface SecuritySchemeConverter {
  readonly authTrait: ShapeId;
  createScheme(ctx: ConversionContext, trait: JsonValue): JsonObject;
  /** Scopes a requirement of this scheme lists for the service (no operation) or an operation. */
  scopes(ctx: ConversionContext, operation: OperationShape | undefined): string[];
}

export function schemeName(converter: SecuritySchemeConverter): string {
  return converter.authTrait.replace('#', '.');
}

const noScopes = (): string[] => [];

const httpScheme = (
  authTrait: ShapeId,
  scheme: string,
  label: string,
): SecuritySchemeConverter => ({
  authTrait,
  createScheme: () => ({ type: 'http', description: `HTTP ${label} authentication`, scheme }),
  scopes: noScopes,
});

const sigv4: SecuritySchemeConverter = {
  authTrait: TRAIT_IDS.sigv4,
  createScheme: () => ({
    type: 'apiKey',
    description: 'AWS Signature Version 4 authentication',
    name: 'Authorization',
    in: 'header',
    'x-amazon-apigateway-authtype': 'awsSigv4',
  }),
  scopes: noScopes,
};

const apiKey: SecuritySchemeConverter = {
  authTrait: TRAIT_IDS.httpApiKeyAuth,
  createScheme(_ctx, trait) {
    const t = isJsonObject(trait) ? trait : {};
    const name = String(t.name ?? '');
    const location = String(t.in ?? 'header');
    const description = `API key authentication via the '${name}' ${location === 'query' ? ' query string parameter' : location}`;
    const scheme: JsonObject = {
      type: typeof t.scheme === 'string' ? 'http' : 'apiKey',
      description,
      name,
      in: location,
    };
    if (typeof t.scheme === 'string') scheme.scheme = t.scheme;
    return scheme;
  },
  scopes: noScopes,
};

/** `@oauth2ClientCredentials(tokenPath, scopes)`: an OAuth 2.0 client-credentials flow. */
export const oauth2ClientCredentials: SecuritySchemeConverter = {
  authTrait: TRAIT_IDS.oauth2ClientCredentials,
  createScheme(ctx, trait) {
    const { tokenPath, scopes } = oauth2Trait(ctx, trait);
    return {
      type: 'oauth2',
      description:
        'OAuth 2.0 client credentials: exchange the client id and secret for a bearer token.',
      flows: { clientCredentials: { tokenUrl: tokenUrl(ctx, tokenPath), scopes } },
    };
  },
  scopes(ctx, operation) {
    if (!operation) return [];
    const required = operation.traits[TRAIT_IDS.requiredScopes];
    if (required === undefined) return [];
    if (!Array.isArray(required) || !required.every((s) => typeof s === 'string')) {
      throw new OpenApiConversionError(
        'InvalidTrait',
        `@requiredScopes of \`${operation.id}\` must be a list of strings`,
        ConversionContext.where(operation),
      );
    }
    const known = oauth2Trait(ctx, ctx.service.traits[TRAIT_IDS.oauth2ClientCredentials]).scopes;
    for (const scope of required as string[]) {
      if (!Object.hasOwn(known, scope)) {
        throw new OpenApiConversionError(
          'InvalidTrait',
          `\`${operation.id}\` requires scope \`${scope}\`, which @oauth2ClientCredentials of \`${ctx.service.id}\` does not declare`,
          {
            ...ConversionContext.where(operation),
            hint: `Add "${scope}" to the service's @oauth2ClientCredentials scopes, or fix the scope name.`,
          },
        );
      }
    }
    return [...(required as string[])];
  },
};

/** Converters upstream ships, in upstream's order. */
export const UPSTREAM_SECURITY_SCHEMES: readonly SecuritySchemeConverter[] = [
  httpScheme(TRAIT_IDS.httpBasicAuth, 'Basic', 'Basic'),
  httpScheme(TRAIT_IDS.httpBearerAuth, 'Bearer', 'Bearer'),
  httpScheme(TRAIT_IDS.httpDigestAuth, 'Digest', 'Digest'),
  sigv4,
  apiKey,
];

function oauth2Trait(
  ctx: ConversionContext,
  trait: JsonValue | undefined,
): { tokenPath: string; scopes: JsonObject } {
  if (!isJsonObject(trait) || typeof trait.tokenPath !== 'string' || !isJsonObject(trait.scopes)) {
    throw new OpenApiConversionError(
      'InvalidTrait',
      `@oauth2ClientCredentials of \`${ctx.service.id}\` needs a string \`tokenPath\` and a \`scopes\` map`,
      ConversionContext.where(ctx.service),
    );
  }
  return { tokenPath: trait.tokenPath, scopes: { ...trait.scopes } };
}

/** The chosen environment's `tokenUrl` (first environment by default), else the token path. */
function tokenUrl(ctx: ConversionContext, tokenPath: string): string {
  const environments = platformEnvironments(ctx);
  if (environments.length === 0) return tokenPath;
  const wanted = ctx.settings.platform.tokenUrlEnvironment;
  const environment =
    wanted === undefined ? environments[0] : environments.find((e) => e.name === wanted);
  if (!environment) {
    throw new OpenApiConversionError(
      'InvalidSettings',
      `Setting \`platform.tokenUrlEnvironment\` names \`${wanted}\`, which @environments of \`${ctx.service.id}\` does not list`,
      {
        hint: `Use one of: ${environments.map((e) => e.name).join(', ')}.`,
      },
    );
  }
  return environment?.tokenUrl ?? tokenPath;
}
