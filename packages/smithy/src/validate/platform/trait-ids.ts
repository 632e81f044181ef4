/**
 * @module Ids of our own traits (defined in `model/common/traits.smithy`, namespace
 * `example.platform`), which the platform rules recognise by id.
 */
export const PLATFORM_TRAITS = {
  requiredScopes: 'example.platform#requiredScopes',
  oauth2ClientCredentials: 'example.platform#oauth2ClientCredentials',
  environments: 'example.platform#environments',
  lifecycle: 'example.platform#lifecycle',
  webhookEvent: 'example.platform#webhookEvent',
  webhooks: 'example.platform#webhooks',
} as const;
