/**
 * @module
 * Picks the crypto of the running platform, once.
 *
 * Node's fast path is reached through `process.getBuiltinModule('node:crypto')` (Node ≥ 20.16,
 * Deno, Bun) rather than an `import`: there is no `node:` specifier for a bundler to follow, so the
 * same module is safe in a browser bundle and needs neither conditional `exports` nor a second
 * build. (Even a guarded `import('node:crypto')` fails esbuild's and webpack's browser builds: they
 * resolve every literal specifier.) Where that function is missing, Web Crypto is used — on older
 * Node 20 releases too, which is correct, only slower.
 */

import { createNodeWebhookCrypto, type NodeBufferModule, type NodeCryptoModule } from './node.js';
import { createWebWebhookCrypto } from './web.js';
import type { WebhookCrypto } from './webhook-crypto.js';

interface RuntimeGlobals {
  process?: { getBuiltinModule?: (id: string) => unknown };
  crypto?: { subtle?: SubtleCrypto };
}

function nodeCrypto(runtime: RuntimeGlobals): WebhookCrypto | undefined {
  const process = runtime.process;
  if (typeof process?.getBuiltinModule !== 'function') return undefined;
  const crypto = process.getBuiltinModule('node:crypto') as NodeCryptoModule | undefined;
  const buffer = process.getBuiltinModule('node:buffer') as NodeBufferModule | undefined;
  if (
    typeof crypto?.createHmac !== 'function' ||
    typeof crypto.createSecretKey !== 'function' ||
    typeof buffer?.isUtf8 !== 'function'
  ) {
    return undefined;
  }
  return createNodeWebhookCrypto(crypto, buffer);
}

function webCrypto(runtime: RuntimeGlobals): WebhookCrypto | undefined {
  const subtle = runtime.crypto?.subtle;
  return subtle === undefined ? undefined : createWebWebhookCrypto(subtle);
}

/** Chooses for the given globals; exported so both branches are testable without patching globals. */
export function selectWebhookCrypto(runtime: RuntimeGlobals): WebhookCrypto {
  const chosen = nodeCrypto(runtime) ?? webCrypto(runtime);
  if (chosen === undefined) {
    throw new TypeError(
      'Webhook signatures need Web Crypto (globalThis.crypto.subtle) or node:crypto, and this runtime has neither. In a browser, Web Crypto exists only in secure contexts (https or localhost).',
    );
  }
  return chosen;
}

let platform: WebhookCrypto | undefined;

export function platformWebhookCrypto(): WebhookCrypto {
  return (platform ??= selectWebhookCrypto(globalThis as RuntimeGlobals));
}

/**
 * Runs `use` with the crypto `select` returns. A runtime without any becomes a rejection, so the
 * public functions never throw synchronously, without an extra `async` layer on the fast path.
 */
export function withWebhookCrypto<T>(
  select: () => WebhookCrypto,
  use: (crypto: WebhookCrypto) => Promise<T>,
): Promise<T> {
  let crypto: WebhookCrypto;
  try {
    crypto = select();
  } catch (error) {
    return Promise.reject(error as Error);
  }
  return use(crypto);
}

/** {@link withWebhookCrypto} with the platform's crypto. */
export function withPlatformCrypto<T>(use: (crypto: WebhookCrypto) => Promise<T>): Promise<T> {
  return withWebhookCrypto(platformWebhookCrypto, use);
}
