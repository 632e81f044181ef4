/**
 * @module Typed readers for the traits the portal shows: Smithy's own (`@http`, `@paginated`,
 * `@examples`, ...) and the Platform's (`@requiredScopes`, `@environments`, `@lifecycle`,
 * `@webhooks`, `@webhookEvent`, `@oauth2ClientCredentials`). Trait values are validated by the
 * front end, so these only narrow the node values to the shapes the model declares.
 */
import { BigNumberValue, type NodeValue, type ShapeId, type Traits } from '@platform/smithy';

export const TRAIT = {
  documentation: 'smithy.api#documentation',
  http: 'smithy.api#http',
  httpLabel: 'smithy.api#httpLabel',
  httpQuery: 'smithy.api#httpQuery',
  httpQueryParams: 'smithy.api#httpQueryParams',
  httpHeader: 'smithy.api#httpHeader',
  httpPrefixHeaders: 'smithy.api#httpPrefixHeaders',
  httpPayload: 'smithy.api#httpPayload',
  httpResponseCode: 'smithy.api#httpResponseCode',
  httpError: 'smithy.api#httpError',
  error: 'smithy.api#error',
  required: 'smithy.api#required',
  default: 'smithy.api#default',
  paginated: 'smithy.api#paginated',
  examples: 'smithy.api#examples',
  idempotencyToken: 'smithy.api#idempotencyToken',
  idempotent: 'smithy.api#idempotent',
  readonly: 'smithy.api#readonly',
  deprecated: 'smithy.api#deprecated',
  sensitive: 'smithy.api#sensitive',
  jsonName: 'smithy.api#jsonName',
  enumValue: 'smithy.api#enumValue',
  length: 'smithy.api#length',
  range: 'smithy.api#range',
  pattern: 'smithy.api#pattern',
  uniqueItems: 'smithy.api#uniqueItems',
  title: 'smithy.api#title',
  input: 'smithy.api#input',
  output: 'smithy.api#output',
  requiredScopes: 'example.platform#requiredScopes',
  oauth2: 'example.platform#oauth2ClientCredentials',
  environments: 'example.platform#environments',
  lifecycle: 'example.platform#lifecycle',
  webhooks: 'example.platform#webhooks',
  webhookEvent: 'example.platform#webhookEvent',
} as const;

export type NodeObject = { readonly [key: string]: NodeValue };

function isObject(value: NodeValue | undefined): value is NodeObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof BigNumberValue)
  );
}

function str(value: NodeValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function strings(value: NodeValue | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function documentation(traits: Traits): string | undefined {
  return str(traits[TRAIT.documentation]);
}

export function has(traits: Traits, trait: string): boolean {
  return trait in traits;
}

export interface HttpTrait {
  readonly method: string;
  readonly uri: string;
  readonly code: number;
}

export function httpTrait(traits: Traits): HttpTrait | undefined {
  const value = traits[TRAIT.http];
  if (!isObject(value)) return undefined;
  const code = value['code'];
  return {
    method: str(value['method']) ?? 'GET',
    uri: str(value['uri']) ?? '/',
    code: typeof code === 'number' ? code : 200,
  };
}

export function requiredScopes(traits: Traits): string[] {
  return strings(traits[TRAIT.requiredScopes]);
}

export interface Paginated {
  readonly inputToken?: string;
  readonly outputToken?: string;
  readonly pageSize?: string;
  readonly items?: string;
}

export function paginated(traits: Traits): Paginated | undefined {
  const value = traits[TRAIT.paginated];
  if (!isObject(value)) return undefined;
  return {
    inputToken: str(value['inputToken']),
    outputToken: str(value['outputToken']),
    pageSize: str(value['pageSize']),
    items: str(value['items']),
  };
}

export interface Example {
  readonly title: string;
  readonly documentation?: string;
  readonly input?: NodeObject;
  readonly output?: NodeObject;
  readonly error?: { readonly shapeId: ShapeId; readonly content: NodeObject };
}

export function examples(traits: Traits): Example[] {
  const value = traits[TRAIT.examples];
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((entry) => {
    const error = entry['error'];
    const input = entry['input'];
    const output = entry['output'];
    return {
      title: str(entry['title']) ?? 'Example',
      documentation: str(entry['documentation']),
      input: isObject(input) ? input : undefined,
      output: isObject(output) ? output : undefined,
      error:
        isObject(error) && typeof error['shapeId'] === 'string'
          ? {
              shapeId: error['shapeId'],
              content: isObject(error['content']) ? error['content'] : {},
            }
          : undefined,
    };
  });
}

export interface Environment {
  readonly name: string;
  readonly baseUrl: string;
  readonly tokenUrl: string;
  readonly description: string;
}

export function environments(traits: Traits): Environment[] {
  const value = traits[TRAIT.environments];
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((e) => ({
    name: str(e['name']) ?? '',
    baseUrl: str(e['baseUrl']) ?? '',
    tokenUrl: str(e['tokenUrl']) ?? '',
    description: str(e['description']) ?? '',
  }));
}

export interface Lifecycle {
  readonly major: number;
  readonly releasedAt: string;
  readonly deprecatedAt?: string;
  readonly sunsetAt?: string;
  readonly successor?: ShapeId;
  readonly policyUrl?: string;
}

export function lifecycle(traits: Traits): Lifecycle | undefined {
  const value = traits[TRAIT.lifecycle];
  if (!isObject(value) || typeof value['major'] !== 'number') return undefined;
  return {
    major: value['major'],
    releasedAt: str(value['releasedAt']) ?? '',
    deprecatedAt: str(value['deprecatedAt']),
    sunsetAt: str(value['sunsetAt']),
    successor: str(value['successor']),
    policyUrl: str(value['policyUrl']),
  };
}

export function webhookShapes(traits: Traits): ShapeId[] {
  return strings(traits[TRAIT.webhooks]);
}

export function webhookEventName(traits: Traits): string | undefined {
  return str(traits[TRAIT.webhookEvent]);
}

/** Scope name → description, from the service's `@oauth2ClientCredentials`. */
export function scopeDescriptions(traits: Traits): Record<string, string> {
  const value = traits[TRAIT.oauth2];
  const scopes = isObject(value) ? value['scopes'] : undefined;
  if (!isObject(scopes)) return {};
  return Object.fromEntries(
    Object.entries(scopes).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
  );
}

export function httpErrorCode(traits: Traits): number | undefined {
  const code = traits[TRAIT.httpError];
  if (typeof code === 'number') return code;
  const kind = traits[TRAIT.error];
  return kind === 'client' ? 400 : kind === 'server' ? 500 : undefined;
}

export interface Deprecation {
  readonly message?: string;
  readonly since?: string;
}

export function deprecation(traits: Traits): Deprecation | undefined {
  const value = traits[TRAIT.deprecated];
  if (value === undefined) return undefined;
  return isObject(value) ? { message: str(value['message']), since: str(value['since']) } : {};
}

/** Constraint traits as short phrases: `length 1–64`, `pattern ^ord_…$`, `range ≥ 1`. */
export function constraints(traits: Traits): string[] {
  const out: string[] = [];
  const bounds = (value: NodeValue | undefined): string | undefined => {
    if (!isObject(value)) return undefined;
    const min = value['min'];
    const max = value['max'];
    const lo = typeof min === 'number' ? min : undefined;
    const hi = typeof max === 'number' ? max : undefined;
    if (lo !== undefined && hi !== undefined) return `${lo}–${hi}`;
    if (lo !== undefined) return `≥ ${lo}`;
    if (hi !== undefined) return `≤ ${hi}`;
    return undefined;
  };
  const length = bounds(traits[TRAIT.length]);
  if (length) out.push(`length ${length}`);
  const range = bounds(traits[TRAIT.range]);
  if (range) out.push(`range ${range}`);
  const pattern = str(traits[TRAIT.pattern]);
  if (pattern) out.push(`pattern ${pattern}`);
  if (has(traits, TRAIT.uniqueItems)) out.push('unique items');
  return out;
}
