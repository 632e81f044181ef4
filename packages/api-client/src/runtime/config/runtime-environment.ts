/**
 * @module config/runtime-environment
 *
 * What the client needs to know about where it runs: environment variables (where the platform
 * has them) and whether this is a browser page, where a client secret would be public.
 */

/** The host facts the configuration depends on; tests pass their own. */
export interface RuntimeEnvironment {
  /** Reads an environment variable; `undefined` when unset or when the platform has none. */
  readonly env: (name: string) => string | undefined;
  /** True in a browser page or browser worker (a `document` or `importScripts` exists). */
  readonly isBrowser: boolean;
}

interface MaybeNodeGlobal {
  process?: { env?: Record<string, string | undefined> };
  document?: unknown;
  importScripts?: unknown;
}

/**
 * The environment of the current process (or of `globalObject`), read without importing any
 * `node:` module.
 */
export function detectRuntimeEnvironment(globalObject: object = globalThis): RuntimeEnvironment {
  const host = globalObject as MaybeNodeGlobal;
  const vars = host.process?.env;
  return {
    env: (name) => vars?.[name],
    isBrowser:
      (typeof host.document === 'object' && host.document !== null) ||
      typeof host.importScripts === 'function',
  };
}
