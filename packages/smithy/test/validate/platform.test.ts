import { describe, expect, it } from 'vitest';
import { PLATFORM_TRAIT_FILES, summarize, validateIdl } from './idl.js';

const ENVIRONMENTS = `@environments([
  { name: "prod", baseUrl: "https://api.example.gov", tokenUrl: "https://api.example.gov/oauth/token", description: "Production." }
  { name: "sandbox", baseUrl: "https://api-sandbox.example.gov", tokenUrl: "https://api-sandbox.example.gov/oauth/token", description: "Sandbox." }
  { name: "local", baseUrl: "http://127.0.0.1:4010", tokenUrl: "http://127.0.0.1:4010/oauth/token", description: "Local." }
])`;

/** A service in namespace `ns` using the project's traits, with `traits` and `body` added. */
function platformModel(traits: string, body: string) {
  const text = `
namespace ns
use example.platform#oauth2ClientCredentials
use example.platform#requiredScopes
use example.platform#environments
use example.platform#lifecycle
use example.platform#webhooks
use example.platform#webhookEvent

@oauth2ClientCredentials(tokenPath: "/oauth/token", scopes: { "orders:read": "Read orders.", "orders:write": "Write orders." })
@auth([oauth2ClientCredentials])
${traits}
service Svc { version: "1", operations: [Read, Write, Health] }
${body}
`;
  return summarize(validateIdl(text, PLATFORM_TRAIT_FILES));
}

const OPERATIONS = `
@requiredScopes(["orders:read"]) operation Read {}
@requiredScopes(["orders:write"]) operation Write {}
@auth([]) operation Health {}
`;

describe('platform traits', () => {
  it('accepts a service that follows every rule', () => {
    expect(platformModel(ENVIRONMENTS, OPERATIONS)).toEqual([]);
  });

  it('requires scopes on OAuth operations, each known to the service', () => {
    const events = platformModel(
      ENVIRONMENTS,
      `
@requiredScopes(["orders:reed"]) operation Read {}
operation Write {}
@auth([]) operation Health {}
`,
    );
    expect(events).toEqual([
      expect.stringMatching(/^NOTE PlatformRequiredScopes.UnusedScope ns#Svc: Scope `orders:read`/),
      expect.stringMatching(
        /^NOTE PlatformRequiredScopes.UnusedScope ns#Svc: Scope `orders:write`/,
      ),
      expect.stringContaining(
        'ERROR PlatformRequiredScopes.UnknownScope ns#Read: Scope `orders:reed` is not listed in the `scopes` of `oauth2ClientCredentials` on `ns#Svc`. Did you mean orders:read?',
      ),
      'ERROR PlatformRequiredScopes.Missing ns#Write: Operation is bound to `ns#Svc`, which is authenticated with `oauth2ClientCredentials`, but it does not declare `requiredScopes`',
    ]);
  });

  it('checks environment names, https, loopback and the token path', () => {
    const events = platformModel(
      `@environments([
  { name: "prod", baseUrl: "http://api.example.gov", tokenUrl: "https://api.example.gov/token", description: "Production." }
  { name: "local", baseUrl: "http://10.0.0.5:4010/", tokenUrl: "http://127.0.0.1:4010/oauth/token", description: "Local." }
])`,
      OPERATIONS,
    );
    expect(events).toEqual([
      'ERROR PlatformEnvironments.InsecureUrl ns#Svc: `baseUrl` of environment `prod` must use https: http://api.example.gov',
      'ERROR PlatformEnvironments.TokenPath ns#Svc: Environment `prod` has tokenUrl path `/token`, but `oauth2ClientCredentials` says the token path is `/oauth/token`',
      'ERROR PlatformEnvironments.Url ns#Svc: `baseUrl` of environment `local` must not end with `/`: http://10.0.0.5:4010/',
      'ERROR PlatformEnvironments.LocalNotLoopback ns#Svc: `baseUrl` of environment `local` must point at a loopback address (127.0.0.1, localhost or [::1]), but found host `10.0.0.5`',
      'ERROR PlatformEnvironments.Missing ns#Svc: `environments` does not define the `sandbox` environment',
    ]);
  });

  it('checks lifecycle dates are real and in order', () => {
    const events = platformModel(
      `${ENVIRONMENTS}
@lifecycle(major: 1, releasedAt: "2026-02-30T00:00:00Z", deprecatedAt: "2026-06-01T00:00:00Z", sunsetAt: "2026-01-01T00:00:00Z", policyUrl: "https://example.gov/policy")`,
      OPERATIONS,
    );
    expect(events).toEqual([
      'ERROR PlatformLifecycle.InvalidDate ns#Svc: `releasedAt` is not a valid RFC 3339 date-time: 2026-02-30T00:00:00Z',
      'ERROR PlatformLifecycle.Order ns#Svc: `sunsetAt` must be after `deprecatedAt`',
      'WARNING PlatformLifecycle.NoSuccessor ns#Svc: The version is deprecated but `successor` does not name the service that replaces it',
    ]);
  });

  it('requires distinct event names among delivered webhooks and flags undelivered events', () => {
    const events = platformModel(
      `${ENVIRONMENTS}
@webhooks([A, B])`,
      `${OPERATIONS}
@webhookEvent("order.created") structure A {}
@webhookEvent("order.created") structure B {}
@webhookEvent("order.lost") structure C {}
`,
    );
    expect(events).toEqual([
      'ERROR PlatformWebhooks.DuplicateEventName ns#Svc: Webhook event name `order.created` is used by more than one delivered structure: `ns#A`, `ns#B`',
      'WARNING PlatformWebhooks.Undelivered ns#C: Structure is marked `@webhookEvent` but no service lists it in `@webhooks`',
    ]);
  });
});
