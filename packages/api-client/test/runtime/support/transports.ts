/**
 * @module test/runtime/support/transports
 *
 * The two transports of the package, for tests that must pass on both (`describe.each`): the
 * `node:http` one, the default on Node, and the `fetch` one, the default everywhere else.
 */
import {
  FetchTransport,
  NodeHttpTransport,
  type HttpTransport,
} from '../../../src/runtime/index.js';

export const TRANSPORTS: readonly (readonly [name: string, make: () => HttpTransport])[] = [
  ['node:http', () => new NodeHttpTransport()],
  ['fetch', () => new FetchTransport()],
];
