/**
 * @module
 * Signing and verifying webhook deliveries, independent of the HTTP client and of Node: node:crypto
 * where the runtime offers it, Web Crypto elsewhere. Every public name is listed here; nothing is
 * re-exported wholesale. Generated code makes the entry points of it: `@platform/api-client/webhooks`
 * and each `/vN` re-export these names with `verifyWebhook` and the request helpers replaced by
 * ones that check the payload against the API version's model and return its `WebhookEvent`.
 */

export { DEFAULT_WEBHOOK_TOLERANCE_SECONDS } from './clock.js';
export {
  isWebhookVerificationError,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
  type WebhookVerificationErrorDetails,
  type WebhookVerificationErrorReason,
} from './errors.js';
export type { JsonObject, ParseWebhookEvent } from './event.js';
export {
  WEBHOOK_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  type HeaderGetter,
  type HeaderRecord,
  type WebhookHeaderName,
  type WebhookHeaders,
  type WebhookHeadersInput,
} from './headers.js';
export { verifyWebhookIncomingMessage, type IncomingMessageLike } from './incoming-message.js';
export type { WebhookBody } from './payload.js';
export { verifyWebhookRequest, type FetchRequestLike } from './request.js';
export type { WebhookSecret, WebhookSecrets } from './secrets.js';
export type { WebhookVerificationSettings } from './settings.js';
export { signWebhook, type SignWebhookOptions } from './sign.js';
export {
  verifyWebhook,
  verifyWebhookSignature,
  type VerifiedWebhook,
  type VerifiedWebhookSignature,
  type VerifyWebhookOptions,
  type VerifyWebhookSignatureOptions,
} from './verify.js';
