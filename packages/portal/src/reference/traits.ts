/**
 * @module Typed readers for the traits the portal shows that `@platform/smithy` has no reader for:
 * documentation, `@examples`, `@deprecated`, constraints as phrases, and the Platform's
 * `@environments`, `@lifecycle` and `@oauth2ClientCredentials` scopes. Trait values are validated
 * by the front end, so these only narrow the node values to the shapes the model declares.
 */
import { asList, asNumber, asObject, asString, BigNumberValue, TRAIT_IDS } from '@platform/smithy';
import type { NodeObject, NodeValue, ShapeId, Traits } from '@platform/smithy';

export function documentation(traits: Traits): string | undefined {
  return asString(traits[TRAIT_IDS.documentation]);
}

export interface Example {
  readonly title: string;
  readonly documentation?: string;
  readonly input?: NodeObject;
  readonly output?: NodeObject;
  readonly error?: { readonly shapeId: ShapeId; readonly content: NodeObject };
}

export function examples(traits: Traits): Example[] {
  const entries = objects(traits[TRAIT_IDS.examples]);
  return entries.map((entry) => {
    const error = asObject(entry['error']);
    const shapeId = asString(error?.['shapeId']);
    return {
      title: asString(entry['title']) ?? 'Example',
      documentation: asString(entry['documentation']),
      input: asObject(entry['input']),
      output: asObject(entry['output']),
      error:
        error && shapeId !== undefined
          ? { shapeId, content: asObject(error['content']) ?? {} }
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
  const entries = objects(traits[TRAIT_IDS.environments]);
  return entries.map((e) => ({
    name: asString(e['name']) ?? '',
    baseUrl: asString(e['baseUrl']) ?? '',
    tokenUrl: asString(e['tokenUrl']) ?? '',
    description: asString(e['description']) ?? '',
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
  const value = asObject(traits[TRAIT_IDS.lifecycle]);
  const major = value?.['major'];
  if (!value || typeof major !== 'number') return undefined;
  return {
    major,
    releasedAt: asString(value['releasedAt']) ?? '',
    deprecatedAt: asString(value['deprecatedAt']),
    sunsetAt: asString(value['sunsetAt']),
    successor: asString(value['successor']),
    policyUrl: asString(value['policyUrl']),
  };
}

/** Scope name → description, from the service's `@oauth2ClientCredentials`. */
export function scopeDescriptions(traits: Traits): Record<string, string> {
  const scopes = asObject(asObject(traits[TRAIT_IDS.oauth2ClientCredentials])?.['scopes']) ?? {};
  return Object.fromEntries(
    Object.entries(scopes).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
  );
}

export interface Deprecation {
  readonly message?: string;
  readonly since?: string;
}

export function deprecation(traits: Traits): Deprecation | undefined {
  const value = traits[TRAIT_IDS.deprecated];
  if (value === undefined) return undefined;
  const body = asObject(value);
  return body ? { message: asString(body['message']), since: asString(body['since']) } : {};
}

/** Constraint traits as short phrases: `length 1–64`, `pattern ^ord_…$`, `range ≥ 1`. */
export function constraints(traits: Traits): string[] {
  const out: string[] = [];
  const bounds = (value: NodeValue | undefined): string | undefined => {
    const body = asObject(value);
    const [lo, hi] = [bound(body?.['min']), bound(body?.['max'])];
    if (lo !== undefined && hi !== undefined) return `${lo}–${hi}`;
    if (lo !== undefined) return `≥ ${lo}`;
    if (hi !== undefined) return `≤ ${hi}`;
    return undefined;
  };
  const length = bounds(traits[TRAIT_IDS.length]);
  if (length) out.push(`length ${length}`);
  const range = bounds(traits[TRAIT_IDS.range]);
  if (range) out.push(`range ${range}`);
  const pattern = asString(traits[TRAIT_IDS.pattern]);
  if (pattern) out.push(`pattern ${pattern}`);
  if (TRAIT_IDS.uniqueItems in traits) out.push('unique items');
  return out;
}

/** A bound as the model wrote it, big numbers digit for digit. */
function bound(value: NodeValue | undefined): string | undefined {
  return value instanceof BigNumberValue ? value.text : asNumber(value)?.toString();
}

/** The objects of a list value (anything else in it is skipped). */
function objects(value: NodeValue | undefined): NodeObject[] {
  return (asList(value) ?? []).flatMap((item) => {
    const object = asObject(item);
    return object ? [object] : [];
  });
}
