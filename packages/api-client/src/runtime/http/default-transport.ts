/**
 * @module http/default-transport
 *
 * Which transport a client uses when the partner passes no `requestHandler`: `node:http` on
 * Node.js itself, `fetch` everywhere else. Bun and Deno have `process.getBuiltinModule` too, but
 * their `node:http` is a compatibility layer over their own `fetch`, so `fetch` is their fast
 * path; Cloudflare Workers with `nodejs_compat` are in the same case. Node.js is told apart by
 * `navigator.userAgent` (`Node.js/22`), which Node 20 does not define and every other runtime
 * sets to its own name.
 */
import { NodeHttpTransport, hasNodeHttp } from './node-transport.js';
import { FetchTransport, type HttpTransport } from './transport.js';

interface RuntimeGlobals {
  navigator?: { userAgent?: unknown };
  process?: { versions?: Record<string, string | undefined> };
}

/** True on Node.js with `process.getBuiltinModule` (≥ 20.16), the rule above. */
export function prefersNodeHttp(globals: object = globalThis): boolean {
  const { navigator, process } = globals as RuntimeGlobals;
  const userAgent = navigator?.userAgent;
  const isNode =
    typeof process?.versions?.node === 'string' &&
    (userAgent === undefined || (typeof userAgent === 'string' && userAgent.startsWith('Node.js')));
  return isNode && hasNodeHttp(globals);
}

/** A new transport of the runtime's default kind. */
export function defaultTransport(): HttpTransport {
  return prefersNodeHttp() ? new NodeHttpTransport() : new FetchTransport();
}
