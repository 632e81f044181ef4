/**
 * @module
 * Keys derived from string secrets, kept so that a receiver derives each once rather than on
 * every delivery. They live in the closure of a crypto object only: nothing reachable from it
 * (`util.inspect`, `JSON`) holds a secret. Byte secrets are not kept, since their bytes may change
 * under the same array. An endpoint has one secret, two during a rotation; the oldest key makes
 * room when more are in use.
 */

/** Keys kept per crypto object. */
export const MAX_CACHED_KEYS = 8;

export interface KeyCache<K> {
  /** The key of `secret`, derived on first use. */
  get(secret: string): K;
  /** Forgets `secret`'s key if it is still `key` (one whose derivation failed). */
  forget(secret: string, key: K): void;
}

export function createKeyCache<K>(derive: (secret: string) => K): KeyCache<K> {
  const keys = new Map<string, K>();
  return {
    get(secret) {
      let key = keys.get(secret);
      if (key === undefined) {
        if (keys.size === MAX_CACHED_KEYS) keys.delete(keys.keys().next().value!);
        key = derive(secret);
        keys.set(secret, key);
      }
      return key;
    },
    forget(secret, key) {
      if (keys.get(secret) === key) keys.delete(secret);
    },
  };
}
