/**
 * @module `PlatformEnvironments`: a service's `@environments` lists `prod`, `sandbox` and
 * `local`, each once; URLs are absolute, without query, fragment or trailing slash; `prod` and
 * `sandbox` use https, `local` uses a loopback host; and each token URL ends with the
 * `tokenPath` of the service's `@oauth2ClientCredentials`.
 */
import type {
  NodeValue,
  SemanticModel,
  ServiceShape,
  ValidationEvent,
} from '../../model/shapes.js';
import { eventFor } from '../event.js';
import { asList, asObject, asString } from '../../model/node.js';
import { TRAIT_IDS } from '../../model/trait-ids.js';

const ID = 'PlatformEnvironments';
const REQUIRED = ['prod', 'sandbox', 'local'] as const;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function validateEnvironments(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const service of model.shapesOfType('service')) {
    const list = asList(service.traits[TRAIT_IDS.environments]);
    if (list) checkService(service, list, events);
  }
  return events;
}

function checkService(
  service: ServiceShape,
  list: readonly NodeValue[],
  events: ValidationEvent[],
): void {
  const error = (detail: string, message: string, hint: string) =>
    events.push(eventFor(service, 'ERROR', `${ID}.${detail}`, message, hint));
  const tokenPath = asString(
    asObject(service.traits[TRAIT_IDS.oauth2ClientCredentials])?.['tokenPath'],
  );
  const seen = new Set<string>();
  for (const entry of list) {
    const env = asObject(entry);
    const name = asString(env?.['name']);
    if (!env || name === undefined) continue; // shape errors are TraitValue's
    if (seen.has(name)) {
      error(
        'Duplicate',
        `Environment \`${name}\` is listed more than once`,
        'List each environment once.',
      );
    }
    seen.add(name);
    for (const key of ['baseUrl', 'tokenUrl'] as const) {
      const text = asString(env[key]);
      if (text === undefined) continue;
      checkUrl(name, key, text, error);
    }
    const tokenUrl = parse(asString(env['tokenUrl']));
    if (tokenPath !== undefined && tokenUrl && tokenUrl.pathname !== tokenPath) {
      error(
        'TokenPath',
        `Environment \`${name}\` has tokenUrl path \`${tokenUrl.pathname}\`, but \`oauth2ClientCredentials\` says the token path is \`${tokenPath}\``,
        `Make the tokenUrl end with \`${tokenPath}\`, or change \`tokenPath\`.`,
      );
    }
  }
  for (const name of REQUIRED) {
    if (seen.has(name)) continue;
    error(
      'Missing',
      `\`environments\` does not define the \`${name}\` environment`,
      `Add \`{ name: "${name}", baseUrl: ..., tokenUrl: ..., description: ... }\`; every service has prod, sandbox and local.`,
    );
  }
}

function parse(text: string | undefined): URL | undefined {
  if (text === undefined) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function checkUrl(
  name: string,
  key: 'baseUrl' | 'tokenUrl',
  text: string,
  error: (detail: string, message: string, hint: string) => void,
): void {
  const url = parse(text);
  const where = `\`${key}\` of environment \`${name}\``;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    error(
      'Url',
      `${where} is not an absolute http(s) URL: ${text}`,
      'Write a full URL such as `https://api.example.gov`.',
    );
    return;
  }
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) {
    error(
      'Url',
      `${where} must not have a query or fragment: ${text}`,
      'Remove everything from `?` or `#` on.',
    );
  }
  if (key === 'baseUrl' && text.endsWith('/')) {
    error(
      'Url',
      `${where} must not end with \`/\`: ${text}`,
      'Drop the trailing slash; operation URIs start with `/`.',
    );
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (name === 'local' && !loopback) {
    error(
      'LocalNotLoopback',
      `${where} must point at a loopback address (127.0.0.1, localhost or [::1]), but found host \`${url.hostname}\``,
      'The local environment is the sandbox on the developer machine: use `http://127.0.0.1:<port>`.',
    );
  } else if (name !== 'local' && url.protocol !== 'https:') {
    error(
      'InsecureUrl',
      `${where} must use https: ${text}`,
      'Only the local (loopback) environment may use plain http; credentials and tokens travel over these URLs.',
    );
  }
}
