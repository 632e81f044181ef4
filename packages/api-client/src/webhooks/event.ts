/**
 * @module
 * The types a verified event goes through. The model's events are typed by code generated per
 * API version (its `WebhookEvent` union, which `verifyWebhook` of `@platform/api-client/webhooks`
 * and of each `/vN` entry returns); what this layer knows is that a payload is a JSON object and
 * how a caller may turn it into a type of its own.
 */

/** A parsed JSON object. */
export type JsonObject = { readonly [key: string]: unknown };

/**
 * Turns the verified JSON object into the caller's event type, throwing if it is not one (for
 * example a schema validator). Its exception becomes `invalid_payload` / `event_rejected`.
 */
export type ParseWebhookEvent<TEvent> = (payload: JsonObject) => TEvent;
