/**
 * @module @platform/api-client/testing
 *
 * Offline contract testing of an integration: msw handlers for every operation of each API
 * version, fixture factories from the model's examples and signed webhook fixtures. Needs
 * `msw` (an optional peer dependency); the other entry points never import it.
 */
export type {
  ApiMajor,
  OperationErrorName,
  OperationName,
  OperationOutput,
  OutputsByMajor,
  TestingDataByMajor,
} from './data.js';
export type { OperationOutputs as V1OperationOutputs } from '../generated/v1/testing-data.js';
export type { OperationOutputs as V2OperationOutputs } from '../generated/v2/testing-data.js';
export { createFixture, type DeepPartial } from './fixtures.js';
export {
  createPlatformHandlers,
  createTokenHandler,
  errorResponse,
  type ErrorScenario,
  type OperationOverride,
  type OperationResponse,
  type PlatformHandlersOptions,
  type PlatformOverrides,
  type TokenHandlerOptions,
} from './handlers.js';
export { createSignedWebhook, type SignedWebhook, type SignedWebhookOptions } from './webhooks.js';
