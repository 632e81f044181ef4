/**
 * Model constructs the SDK cannot carry (`src/supported.ts`) fail generation with a `CodegenError` that names the
 * construct, the shape and its file position — never silently missing or wrong output. Each
 * row is a minimal valid model with one such construct (given) and the error it must raise
 * (want). `bad-input.test.ts` covers the shape-level cases on the golden fixture.
 */
import { describe, expect, it } from 'vitest';
import { CodegenError, generateSdk } from '../src/index.js';
import { loadSource } from './support/models.js';
import { SDK_PATHS } from './support/paths.js';

const ENVIRONMENTS = [
  ['prod', 'https://api.example.test'],
  ['sandbox', 'https://sandbox.example.test'],
  ['local', 'http://127.0.0.1:4999'],
]
  .map(
    ([name, url]) =>
      `{ name: "${name}", baseUrl: "${url}", tokenUrl: "${url}/oauth/token", description: "${name}" }`,
  )
  .join('\n');

/**
 * A valid one-service API whose one operation has `members` in its input and `shapes` after it;
 * `protocol` replaces the service's protocol trait.
 */
function api(members: string, options: { protocol?: string; shapes?: string } = {}): string {
  return `$version: "2"
namespace example.fixture
use example.platform#environments
use example.platform#lifecycle
use example.platform#oauth2ClientCredentials
use example.platform#requiredScopes

${options.protocol ?? '@aws.protocols#restJson1'}
@oauth2ClientCredentials(tokenPath: "/oauth/token", scopes: { "things:read": "Read." })
@auth([oauth2ClientCredentials])
@environments([
${ENVIRONMENTS}
])
@lifecycle(major: 1, releasedAt: "2025-01-01T00:00:00Z", policyUrl: "https://example.test/policy")
service Things {
    version: "1"
    operations: [GetThing]
}

@idempotent
@http(method: "PUT", uri: "/v1/things/{thingId}")
@requiredScopes(["things:read"])
operation GetThing {
    input := {
        @required
        @httpLabel
        thingId: String
${members}
    }
    output := {
        name: String
    }
}
${options.shapes ?? ''}
`;
}

/** Line (1-based) of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

const STRING_MAP = 'map StringMap {\n    key: String\n    value: String\n}';

interface Row {
  name: string;
  given: string;
  /** Text the message must contain: the construct and the shape. */
  want: readonly string[];
  /** The located line holds this text. */
  at: string;
}

const rows: Row[] = [
  {
    name: '@httpQueryParams',
    given: api('        @httpQueryParams\n        filters: StringMap', { shapes: STRING_MAP }),
    want: ['@httpQueryParams is not supported', 'example.fixture#GetThingInput$filters'],
    at: 'filters: StringMap',
  },
  {
    name: '@httpPrefixHeaders',
    given: api('        @httpPrefixHeaders("x-meta-")\n        meta: StringMap', {
      shapes: STRING_MAP,
    }),
    want: ['@httpPrefixHeaders is not supported', 'GetThingInput$meta'],
    at: 'meta: StringMap',
  },
  {
    name: 'blob member',
    given: api('        picture: Blob'),
    want: ['smithy.api#Blob, a blob shape', 'GetThingInput$picture'],
    at: 'picture: Blob',
  },
  {
    name: 'bigDecimal member',
    given: api('        amount: BigDecimal'),
    want: ['a bigDecimal shape', 'GetThingInput$amount'],
    at: 'amount: BigDecimal',
  },
  {
    name: 'timestamp in a header with date-time format',
    given: api(
      '        @httpHeader("x-since")\n        @timestampFormat("date-time")\n        since: Timestamp',
    ),
    want: ['@timestampFormat("date-time") in the header', 'GetThingInput$since'],
    at: 'since: Timestamp',
  },
  {
    name: 'timestamp in the query with http-date format',
    given: api(
      '        @httpQuery("since")\n        @timestampFormat("http-date")\n        since: Timestamp',
    ),
    want: ['@timestampFormat("http-date") in the query', 'GetThingInput$since'],
    at: 'since: Timestamp',
  },
  {
    name: 'greedy label',
    given: api('').replace('/v1/things/{thingId}', '/v1/things/{thingId+}'),
    want: ['greedy label {thingId+}', 'example.fixture#GetThing'],
    at: 'operation GetThing',
  },
  {
    name: 'operation-level @auth',
    given: api('').replace('@idempotent\n', '@idempotent\n@auth([])\n'),
    want: ['@auth on an operation is not supported', 'example.fixture#GetThing'],
    at: 'operation GetThing',
  },
  {
    name: 'output header that is not text',
    given: api('').replace(
      'output := {\n        name: String',
      'output := {\n        @httpHeader("x-count")\n        count: Integer',
    ),
    want: ['output @httpHeader targeting a integer shape', 'GetThingOutput$count'],
    at: 'count: Integer',
  },
  {
    name: 'service without restJson1',
    given: api('', { protocol: '' }),
    want: ['restJson1 protocol only', 'example.fixture#Things'],
    at: 'service Things',
  },
];

describe('unsupported model constructs', () => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const model = loadSource(row.given, 'fixture.smithy');
    let error: unknown;
    try {
      generateSdk(model, SDK_PATHS);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CodegenError);
    const codegenError = error as CodegenError;
    for (const text of row.want) expect(codegenError.message).toContain(text);
    expect(codegenError.location?.filename).toBe('fixture.smithy');
    expect(codegenError.location?.line).toBe(lineOf(row.given, row.at));
    expect(codegenError.message).toMatch(/^fixture\.smithy:\d+:\d+: /);
  });
});
