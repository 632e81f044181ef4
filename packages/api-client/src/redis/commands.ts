/**
 * @module redis/commands
 *
 * The one way fleet mode talks to Redis: `sendCommand(args)` on whatever client the partner
 * passes (node-redis has it; ioredis through a two-line adapter), each command bounded by a short
 * timeout, and every failure — an error, a timeout, a reply of the wrong type — turned into one
 * error class, so callers can tell Redis trouble from their own (ARCHITECTURE.md §4.7).
 */

/**
 * A Redis client as fleet mode uses it: one method that sends a command and resolves to its
 * reply (strings, integers and `null`, as RESP2 has them). A node-redis client (`createClient()`
 * from `redis`, v4 or v5) is one as is.
 */
export interface RedisCommandClient {
  sendCommand(args: string[]): Promise<unknown>;
}

/** Redis failed, did not answer in time, or answered something fleet mode never asks for. */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

/** Sends one command; rejects with {@link RedisUnavailableError} on any trouble. */
export type RunCommand = (args: string[]) => Promise<unknown>;

/** A {@link RunCommand} over `client` with `timeoutMs` per command. */
export function commandRunner(client: RedisCommandClient, timeoutMs: number): RunCommand {
  return (args) =>
    new Promise<unknown>((resolve, reject) => {
      let settled = false;
      const settle = (outcome: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
      };
      // On a busy event loop the timer and a reply that has already arrived come due together,
      // and timers run before sockets are read: decide one turn later, after the read.
      const timer = setTimeout(() => {
        setTimeout(() => {
          settle(() =>
            reject(
              new RedisUnavailableError(`Redis ${args[0]} did not answer within ${timeoutMs} ms`),
            ),
          );
        }, 0);
      }, timeoutMs);
      new Promise<unknown>((sent) => sent(client.sendCommand(args))).then(
        (reply) => settle(() => resolve(reply)),
        (error: unknown) =>
          settle(() =>
            reject(
              new RedisUnavailableError(
                `Redis ${args[0]} failed: ${error instanceof Error ? error.message : String(error)}`,
                { cause: error },
              ),
            ),
          ),
      );
    });
}

/** `reply` as a string or `null`; anything else is Redis trouble. */
export function stringOrNull(reply: unknown, command: string): string | null {
  if (reply === null || typeof reply === 'string') return reply;
  throw unexpected(reply, command);
}

/** `reply` as an integer; anything else is Redis trouble. */
export function integer(reply: unknown, command: string): number {
  if (typeof reply === 'number' && Number.isInteger(reply)) return reply;
  throw unexpected(reply, command);
}

function unexpected(reply: unknown, command: string): RedisUnavailableError {
  // The type, never the value: a reply could hold anything.
  const kind =
    reply === undefined ? 'undefined' : typeof reply === 'object' ? 'an object' : typeof reply;
  return new RedisUnavailableError(`Redis ${command} answered with ${kind}, which it never should`);
}
