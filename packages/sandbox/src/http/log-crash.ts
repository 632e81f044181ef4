/**
 * @module The one wording of an unexpected failure in the sandbox's error log, shared by the
 * API's error handler and the token endpoint's, so an operator greps one form for both.
 */
import type { Context } from 'hono';
import type { SandboxEnv } from './env.js';

/**
 * Reports a crash: method, path, request id (which the caller's error body quotes) and the
 * error's stack. Never headers or bodies, which may carry secrets.
 */
export function logCrash(
  logError: (message: string) => void,
  c: Context<SandboxEnv>,
  error: Error,
): void {
  logError(
    `platform-sandbox: ${c.req.method} ${c.req.path} (${c.get('requestId')}) failed: ${error.stack ?? String(error)}`,
  );
}
