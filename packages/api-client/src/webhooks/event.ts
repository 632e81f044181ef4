/**
 * @module
 * The type of a verified event. Until codegen emits the discriminated union of the model's
 * `@webhookEvent` shapes, {@link WebhookEvent} is any JSON object; then this alias becomes a
 * re-export of the generated union, and every `verifyWebhook` call without an explicit type
 * narrows by event name with no other change.
 */

/** A parsed JSON object. */
export type JsonObject = { readonly [key: string]: unknown };

/** The event `verifyWebhook` returns when no type argument or `parseEvent` is given. */
export type WebhookEvent = JsonObject;

/**
 * Turns the verified JSON object into the caller's event type, throwing if it is not one (for
 * example a schema validator). Its exception becomes `invalid_payload` / `event_rejected`.
 */
export type ParseWebhookEvent<TEvent> = (payload: JsonObject) => TEvent;
