/**
 * Our additions beyond smithy-openapi (OAuth client credentials with per-operation scopes,
 * servers, webhooks, pagination, lifecycle, summaries, code samples): each appears only when its
 * setting is on, so upstream-setting conversions stay at parity.
 */
import { describe, expect, it } from 'vitest';
import { OpenApiConversionError, convertToOpenApi } from '../../src/index.js';
import type { JsonObject, PlatformSettings } from '../../src/index.js';
import { PLATFORM_TRAITS, modelFrom } from '../model-from.js';

const SERVICE = `
$version: "2"
namespace example.platform.v9

use example.platform#environments
use example.platform#lifecycle
use example.platform#oauth2ClientCredentials
use example.platform#requiredScopes
use example.platform#webhookEvent
use example.platform#webhooks

@aws.protocols#restJson1
@oauth2ClientCredentials(tokenPath: "/oauth/token", scopes: { "things:read": "Read things.", "things:write": "Change things." })
@environments([
    { name: "prod", baseUrl: "https://api.example.gov", tokenUrl: "https://api.example.gov/oauth/token", description: "Production." }
    { name: "local", baseUrl: "http://127.0.0.1:4010", tokenUrl: "http://127.0.0.1:4010/oauth/token", description: "On your machine." }
])
@lifecycle(major: 9, releasedAt: "2024-03-01T00:00:00Z", deprecatedAt: "2026-06-01T00:00:00Z", sunsetAt: "2027-12-01T00:00:00Z")
@webhooks([ThingCreatedEvent])
@paginated(inputToken: "cursor", outputToken: "nextCursor", pageSize: "pageSize")
service Things { version: "9.0", operations: [ListThings, Health] }

@readonly
@http(method: "GET", uri: "/v9/things")
@requiredScopes(["things:read"])
@paginated(items: "things")
operation ListThings {
    input := {
        @httpQuery("cursor") cursor: String
        @httpQuery("page_size") pageSize: Integer
    }
    output := {
        @jsonName("next_cursor") nextCursor: String
        @required things: ThingList
    }
}

@title("Check health")
@readonly
@auth([])
@http(method: "GET", uri: "/v9/health")
operation Health {}

list ThingList { member: Thing }
structure Thing { @required id: String }

/// Sent when a thing is created.
@webhookEvent("thing.created")
structure ThingCreatedEvent {
    @required type: String
    @required data: Thing
}
`;

const model = modelFrom(SERVICE, PLATFORM_TRAITS);
const ALL: PlatformSettings = {
  oauth2ClientCredentials: true,
  servers: true,
  webhooks: true,
  pagination: true,
  lifecycle: true,
  summaries: true,
  codeSamples: true,
};

function convert(platform: PlatformSettings, version: '3.0.2' | '3.1.0' = '3.1.0'): JsonObject {
  return convertToOpenApi(model, { service: 'example.platform.v9#Things', version, platform })
    .document as JsonObject;
}

function operation(doc: JsonObject, path: string): Record<string, unknown> {
  return (doc.paths as Record<string, Record<string, Record<string, unknown>>>)[path]?.get ?? {};
}

describe('Platform extensions', () => {
  it('adds nothing with upstream settings (and warns that the auth scheme has no converter)', () => {
    const { document, warnings } = convertToOpenApi(model, {
      service: 'example.platform.v9#Things',
      version: '3.1.0',
    });
    const text = JSON.stringify(document);
    for (const key of [
      'servers',
      'webhooks',
      'x-lifecycle',
      'x-paginated',
      'x-sunset',
      'x-codeSamples',
      'summary',
      'oauth2',
    ]) {
      expect(text, key).not.toContain(`"${key}"`);
    }
    expect(warnings.map((w) => w.code)).toEqual(['UnsupportedAuthScheme']);
  });

  it('describes OAuth client credentials with the token URL of the first environment and per-operation scopes', () => {
    const doc = convert({ oauth2ClientCredentials: true });
    expect((doc.components as JsonObject).securitySchemes).toEqual({
      'example.platform.oauth2ClientCredentials': {
        type: 'oauth2',
        description: expect.any(String),
        flows: {
          clientCredentials: {
            tokenUrl: 'https://api.example.gov/oauth/token',
            scopes: { 'things:read': 'Read things.', 'things:write': 'Change things.' },
          },
        },
      },
    });
    expect(doc.security).toEqual([{ 'example.platform.oauth2ClientCredentials': [] }]);
    expect(operation(doc, '/v9/things').security).toEqual([
      { 'example.platform.oauth2ClientCredentials': ['things:read'] },
    ]);
    expect(operation(doc, '/v9/health').security).toEqual([]);
  });

  it('takes the token URL of the environment the settings name', () => {
    const doc = convert({ oauth2ClientCredentials: true, tokenUrlEnvironment: 'local' });
    const scheme = ((doc.components as JsonObject).securitySchemes as Record<string, JsonObject>)[
      'example.platform.oauth2ClientCredentials'
    ];
    expect(JSON.stringify(scheme)).toContain('http://127.0.0.1:4010/oauth/token');
    expect(() =>
      convert({ oauth2ClientCredentials: true, tokenUrlEnvironment: 'staging' }),
    ).toThrow(/does not list/);
  });

  it('rejects a required scope the service does not declare', () => {
    const broken = modelFrom(
      SERVICE.replace('@requiredScopes(["things:read"])', '@requiredScopes(["things:admin"])'),
      PLATFORM_TRAITS,
    );
    let error: unknown;
    try {
      convertToOpenApi(broken, {
        service: 'example.platform.v9#Things',
        platform: { oauth2ClientCredentials: true },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OpenApiConversionError);
    expect((error as OpenApiConversionError).code).toBe('InvalidTrait');
    expect((error as OpenApiConversionError).message).toContain('requires scope `things:admin`');
    expect((error as OpenApiConversionError).location?.filename).toBe('test-0.smithy');
  });

  it('lists the environments as servers', () => {
    expect(convert({ servers: true }).servers).toEqual([
      { url: 'https://api.example.gov', description: 'Production.', 'x-environment': 'prod' },
      { url: 'http://127.0.0.1:4010', description: 'On your machine.', 'x-environment': 'local' },
    ]);
  });

  it('adds a webhooks entry per event, with the event schema among the components', () => {
    const doc = convert({ webhooks: true, summaries: true });
    expect(doc.webhooks).toEqual({
      'thing.created': {
        post: {
          description: 'Sent when a thing is created.',
          summary: 'Thing created event',
          operationId: 'ThingCreatedEventWebhook',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/ThingCreatedEvent' } },
            },
          },
          responses: { '2XX': { description: expect.any(String) } },
          'x-webhook-event': 'thing.created',
        },
      },
    });
    const schemas = (doc.components as JsonObject).schemas as JsonObject;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['ThingCreatedEvent', 'Thing']));
    expect(() => convert({ webhooks: true }, '3.0.2')).toThrow(/needs OpenAPI 3\.1/);
  });

  it('describes pagination with wire names, merged over the service defaults', () => {
    expect(operation(convert({ pagination: true }), '/v9/things')['x-paginated']).toEqual({
      inputToken: 'cursor',
      outputToken: 'next_cursor',
      pageSize: 'page_size',
      items: 'things',
    });
  });

  it('marks every operation of a deprecated version, with its sunset date', () => {
    const doc = convert({ lifecycle: true });
    expect((doc.info as JsonObject)['x-lifecycle']).toMatchObject({
      major: 9,
      sunsetAt: '2027-12-01T00:00:00Z',
    });
    for (const path of ['/v9/things', '/v9/health']) {
      expect(operation(doc, path)).toMatchObject({
        deprecated: true,
        'x-sunset': '2027-12-01T00:00:00Z',
      });
    }
  });

  it('adds summaries from @title or the operation name', () => {
    const doc = convert({ summaries: true });
    expect(operation(doc, '/v9/things').summary).toBe('List things');
    expect(operation(doc, '/v9/health').summary).toBe('Check health');
  });

  it('leaves an x-codeSamples slot, or fills it from a provider', () => {
    expect(operation(convert({ codeSamples: true }), '/v9/things')['x-codeSamples']).toEqual([]);
    const filled = convert({
      codeSamples: (op) => [
        {
          lang: 'TypeScript',
          label: 'SDK',
          source: `await client.${op.operationId}(); // ${op.method} ${op.path}`,
        },
      ],
    });
    expect(operation(filled, '/v9/things')['x-codeSamples']).toEqual([
      { lang: 'TypeScript', label: 'SDK', source: 'await client.ListThings(); // GET /v9/things' },
    ]);
  });

  it('turns everything on together', () => {
    const doc = convert(ALL);
    expect(Object.keys(doc)).toEqual([
      'openapi',
      'info',
      'servers',
      'paths',
      'webhooks',
      'components',
      'security',
    ]);
  });
});
