/**
 * @module `HttpHeaderTrait`, `HttpPrefixHeadersTrait`, `HttpQueryTrait`, `HttpQueryParamsTrait`:
 * header names are RFC 9110 tokens and not reserved by HTTP itself; no two members bind the same
 * header or query parameter; headers do not fall under a `@httpPrefixHeaders` prefix; `@httpQuery`
 * names do not clash with the literal query of the operation's URI.
 */
import type {
  Member,
  OperationShape,
  SemanticModel,
  StructureShape,
  ValidationEvent,
} from '../../model/shapes.js';
import { errorFor, eventFor } from '../event.js';
import { asString } from '../../model/node.js';
import { tickedList } from '../text.js';
import { TRAIT_IDS } from '../../model/trait-ids.js';
import { httpRouteOf } from './http-trait.js';

/** Headers HTTP stacks own; binding them from a model breaks clients or proxies. */
const RESERVED_HEADERS = new Set([
  'authorization',
  'connection',
  'content-length',
  'expect',
  'host',
  'max-forwards',
  'proxy-authenticate',
  'server',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'www-authenticate',
  'x-forwarded-for',
]);
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function validateHeadersAndQuery(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  const inputsOf = operationsByInput(model);
  for (const structure of model.shapesOfType('structure')) {
    if (model.isPrelude(structure.id)) continue;
    const members = [...structure.members.values()];
    for (const member of members) checkHeaderName(member, events);
    duplicates(structure, members, TRAIT_IDS.httpHeader, true, events, (name, list) => [
      `\`httpHeader\` field name binding conflicts found for the \`${name}\` header in the following structure members: ${list}`,
      'Bind each header name to a single member.',
    ]);
    duplicates(structure, members, TRAIT_IDS.httpQuery, false, events, (name, list) => [
      `\`httpQuery\` parameter name binding conflicts found for the \`${name}\` parameter in the following structure members: ${list}`,
      'Bind each query parameter name to a single member.',
    ]);
    checkPrefixHeaders(members, events);
    checkQueryParams(structure, members, events);
    checkQueryLiterals(structure, members, inputsOf.get(structure.id) ?? [], events);
  }
  return events;
}

function checkHeaderName(member: Member, events: ValidationEvent[]): void {
  const header = asString(member.traits[TRAIT_IDS.httpHeader]);
  if (header === undefined) return;
  if (RESERVED_HEADERS.has(header.toLowerCase())) {
    events.push(
      eventFor(
        member,
        'DANGER',
        'HttpHeaderTrait',
        `\`${header}\` is not an allowed HTTP header binding`,
        'This header is managed by HTTP clients, servers or proxies; model the value another way (auth traits for credentials).',
      ),
    );
  } else if (!TOKEN.test(header)) {
    events.push(
      eventFor(
        member,
        'DANGER',
        'HttpHeaderTrait',
        `\`${header}\` is not a valid HTTP header field name according to section 5.6.2 of RFC 9110`,
        "Use only letters, digits and !#$%&'*+-.^_`|~ in header names (for example `X-Request-Id`).",
      ),
    );
  }
}

function duplicates(
  structure: StructureShape,
  members: readonly Member[],
  trait: string,
  caseInsensitive: boolean,
  events: ValidationEvent[],
  describe: (name: string, list: string) => [string, string],
): void {
  const byName = new Map<string, string[]>();
  for (const member of members) {
    const raw = asString(member.traits[trait]);
    if (raw === undefined) continue;
    const name = caseInsensitive ? raw.toLowerCase() : raw;
    byName.set(name, [...(byName.get(name) ?? []), member.name]);
  }
  for (const [name, names] of byName) {
    if (names.length < 2) continue;
    const [message, hint] = describe(name, tickedList(names));
    events.push(
      errorFor(
        structure,
        trait === TRAIT_IDS.httpHeader ? 'HttpHeaderTrait' : 'HttpQueryTrait',
        message,
        hint,
      ),
    );
  }
}

function checkPrefixHeaders(members: readonly Member[], events: ValidationEvent[]): void {
  for (const prefixMember of members) {
    const raw = asString(prefixMember.traits[TRAIT_IDS.httpPrefixHeaders]);
    if (raw === undefined) continue;
    const prefix = raw.toLowerCase();
    for (const other of members) {
      const header = asString(other.traits[TRAIT_IDS.httpHeader])?.toLowerCase();
      if (header === undefined || !header.startsWith(prefix)) continue;
      const head = `\`httpHeader\` binding of \`${header}\` conflicts with the \`httpPrefixHeaders\` binding of \`${prefixMember.id}\` to \`${prefix}\`.`;
      events.push(
        prefix === ''
          ? eventFor(
              other,
              'NOTE',
              'HttpPrefixHeadersTrait',
              `${head} The service will not be able to disambiguate between header parameters intended for the \`${prefixMember.id}\` member and those explicitly bound to the \`httpHeader\` members.`,
              'Give `@httpPrefixHeaders` a non-empty prefix so explicit headers can be told apart.',
            )
          : errorFor(
              other,
              'HttpPrefixHeadersTrait',
              `${head} \`httpHeader\` bindings must not case-insensitively start with any \`httpPrefixHeaders\` bindings.`,
              `Rename the header so it does not start with \`${prefix}\`, or drop the explicit binding.`,
            ),
      );
    }
  }
}

function checkQueryParams(
  structure: StructureShape,
  members: readonly Member[],
  events: ValidationEvent[],
): void {
  const named = members
    .filter((m) => m.traits[TRAIT_IDS.httpQuery] !== undefined)
    .map((m) => m.name);
  if (named.length === 0) return;
  for (const member of members) {
    if (member.traits[TRAIT_IDS.httpQueryParams] === undefined) continue;
    events.push(
      eventFor(
        structure,
        'NOTE',
        'HttpQueryParamsTrait',
        `Structure member \`${member.name}\` is marked with the \`httpQueryParams\` trait, and \`httpQuery\` traits are applied to the following members: ${tickedList(named)}. The service will not be able to disambiguate between query string parameters intended for the \`${member.name}\` member and those explicitly bound to the \`httpQuery\` members.`,
        'Prefer explicit `@httpQuery` members; keep `@httpQueryParams` only for truly open-ended parameters.',
      ),
    );
  }
}

function checkQueryLiterals(
  structure: StructureShape,
  members: readonly Member[],
  operations: readonly OperationShape[],
  events: ValidationEvent[],
): void {
  const names = new Set(members.map((m) => asString(m.traits[TRAIT_IDS.httpQuery])));
  for (const operation of operations) {
    const http = httpRouteOf(operation);
    if (!http?.parsed.ok) continue;
    for (const literal of http.parsed.pattern.queryLiterals.keys()) {
      if (!names.has(literal)) continue;
      events.push(
        errorFor(
          structure,
          'HttpQueryTrait',
          `\`httpQuery\` name \`${literal}\` conflicts with the \`http\` trait of the \`${operation.id}\` operation: \`${http.uri}\``,
          `Rename the \`@httpQuery\` parameter or remove \`${literal}\` from the URI's literal query string.`,
        ),
      );
    }
  }
}

function operationsByInput(model: SemanticModel): Map<string, OperationShape[]> {
  const out = new Map<string, OperationShape[]>();
  for (const operation of model.shapesOfType('operation')) {
    if (operation.traits[TRAIT_IDS.http] === undefined) continue;
    out.set(operation.input, [...(out.get(operation.input) ?? []), operation]);
  }
  return out;
}
