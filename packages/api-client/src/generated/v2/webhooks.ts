// @platform/codegen generated code: do not edit. Change model/ and run `npm run generate`.
/**
 * @module @platform/api-client/webhooks
 *
 * Sign and verify webhook deliveries without the HTTP client. In `@platform/api-client` 2.x this
 * is `@platform/api-client/webhooks`: `verifyWebhook` and the request helpers check each payload
 * against the model of API v2 and return its `WebhookEvent` union. The same functions for
 * the events of each API version are exported by its entry point, `@platform/api-client/vN`.
 */
export {
  DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  type FetchRequestLike,
  type HeaderGetter,
  type HeaderRecord,
  type IncomingMessageLike,
  isWebhookVerificationError,
  type JsonObject,
  type ParseWebhookEvent,
  signWebhook,
  type SignWebhookOptions,
  type VerifiedWebhook,
  type VerifiedWebhookSignature,
  type VerifyWebhookOptions,
  verifyWebhookSignature,
  type VerifyWebhookSignatureOptions,
  WEBHOOK_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  type WebhookBody,
  type WebhookHeaderName,
  type WebhookHeaders,
  type WebhookHeadersInput,
  type WebhookSecret,
  type WebhookSecrets,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
  type WebhookVerificationErrorDetails,
  type WebhookVerificationErrorReason,
  type WebhookVerificationSettings,
} from '../../webhooks/index.js';
export {
  verifyWebhook,
  verifyWebhookIncomingMessage,
  verifyWebhookRequest,
  WEBHOOK_EVENT_TYPES,
  type WebhookEvent,
} from './webhook-events.js';
