/**
 * @module
 * Shared by the webhook tests: both crypto paths (so every suite runs under node:crypto and Web
 * Crypto), the webhook functions bound to one of them, and a helper that captures a rejection.
 */

import * as nodeBuffer from 'node:buffer';
import * as nodeCrypto from 'node:crypto';
import { expect } from 'vitest';
import { createNodeWebhookCrypto } from '../../src/webhooks/crypto/node.js';
import { createWebWebhookCrypto } from '../../src/webhooks/crypto/web.js';
import type { WebhookCrypto } from '../../src/webhooks/crypto/webhook-crypto.js';
import {
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
  type WebhookVerificationErrorReason,
} from '../../src/webhooks/errors.js';
import type { JsonObject } from '../../src/webhooks/event.js';
import { rawBodyOf, type IncomingMessageLike } from '../../src/webhooks/incoming-message.js';
import { requestBody, type FetchRequestLike } from '../../src/webhooks/request.js';
import { signWebhookUsing, type SignWebhookOptions } from '../../src/webhooks/sign.js';
import {
  verifyReadBody,
  verifyWebhookSignatureUsing,
  verifyWebhookUsing,
  type VerifyWebhookOptions,
  type VerifyWebhookSignatureOptions,
} from '../../src/webhooks/verify.js';
import type { WebhookVerificationSettings } from '../../src/webhooks/settings.js';

export const nodeWebhookCrypto = createNodeWebhookCrypto(nodeCrypto, nodeBuffer);
export const webWebhookCrypto = createWebWebhookCrypto(globalThis.crypto.subtle);

/** `describe.each(cryptoPaths)` runs a suite once per path; the first column names it. */
export const cryptoPaths: [string, WebhookCrypto][] = [
  ['node:crypto', nodeWebhookCrypto],
  ['Web Crypto', webWebhookCrypto],
];

/** The public functions, bound to one crypto path. */
export function webhooksUsing(crypto: WebhookCrypto) {
  return {
    sign: (options: SignWebhookOptions) => signWebhookUsing(crypto, options),
    verify: <TEvent = JsonObject>(options: VerifyWebhookOptions<TEvent>) =>
      verifyWebhookUsing(crypto, options),
    verifySignature: (options: VerifyWebhookSignatureOptions) =>
      verifyWebhookSignatureUsing(crypto, options),
    verifyRequest: <TEvent = JsonObject>(
      request: FetchRequestLike,
      settings: WebhookVerificationSettings<TEvent>,
    ) => verifyReadBody(crypto, settings, request.headers, () => requestBody(request)),
    verifyIncomingMessage: <TEvent = JsonObject>(
      req: IncomingMessageLike,
      settings: WebhookVerificationSettings<TEvent>,
    ) => verifyReadBody(crypto, settings, req.headers, () => rawBodyOf(req)),
  };
}

/** The reason a promise rejected; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  expect.fail('expected the promise to reject, but it resolved');
}

/** Asserts a rejection with `WebhookVerificationError` of this code and reason; returns it. */
export async function expectVerificationError(
  promise: Promise<unknown>,
  code: WebhookVerificationErrorCode,
  reason: WebhookVerificationErrorReason = code as WebhookVerificationErrorReason,
): Promise<WebhookVerificationError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(WebhookVerificationError);
  expect(error).toMatchObject({ code, reason });
  return error as WebhookVerificationError;
}

/** Asserts a rejection with a `TypeError` whose message matches. */
export async function expectTypeError(promise: Promise<unknown>, message: RegExp): Promise<void> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TypeError);
  expect((error as TypeError).message).toMatch(message);
}
