/**
 * @module http/exchange
 *
 * One attempt: send a request through the transport and read the whole response body, under a
 * per-attempt timeout and the caller's abort signal. Failures without a response become
 * {@link TimeoutError}, {@link AbortError} or {@link ConnectionError}, each naming the call.
 */
import type { HttpRequest } from '../smithy-types.js';
import type { PlatformResponseMetadata } from '../errors/platform-error.js';
import { AbortError, ConnectionError, TimeoutError } from '../errors/transport-errors.js';
import { BodyTooLargeError, discardBody, readBodyText } from './body.js';
import type { HttpTransport } from './transport.js';

/** A response with its body read. */
export interface Exchanged {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

/** How to run and describe one attempt. */
export interface ExchangeContext {
  readonly transport: HttpTransport;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  /** Largest body accepted (the body reader throws past it). */
  readonly bodyLimit?: number;
  /** Names the call in error messages, e.g. `GetOrder (GET https://…/v1/orders/1)`. */
  describe(): string;
  /** Metadata for an error thrown by this attempt. */
  metadata(): PlatformResponseMetadata;
}

/** The error for a caller's abort, with the signal's reason as `cause`. */
export function abortError(
  context: Pick<ExchangeContext, 'describe' | 'metadata'>,
  reason: unknown,
): AbortError {
  return new AbortError(`${context.describe()} was aborted.`, {
    cause: reason,
    $metadata: context.metadata(),
  });
}

function causeText(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return code === undefined ? message : `${message} (${code})`;
}

/** The abort reason of an attempt that ran out of time (the caller's reasons are their own). */
const TIMED_OUT = Symbol('attempt timed out');

function abortForTimeout(controller: AbortController): void {
  controller.abort(TIMED_OUT);
}

/**
 * Sends `request` once and reads the body; see the module documentation. The attempt's own
 * signal is aborted by a timer that is cleared afterwards, and follows the caller's signal only
 * when there is one: no `AbortSignal.timeout` or `AbortSignal.any` per call.
 */
export async function exchange(request: HttpRequest, context: ExchangeContext): Promise<Exchanged> {
  const { signal, timeoutMs } = context;
  const controller = new AbortController();
  const timer = setTimeout(abortForTimeout, timeoutMs, controller);
  const onAbort = signal === undefined ? undefined : (): void => controller.abort(signal.reason);
  if (onAbort !== undefined) signal?.addEventListener('abort', onAbort);
  try {
    const { response } = await context.transport.handle(request, {
      abortSignal: controller.signal,
    });
    const limit = context.bodyLimit ?? Infinity;
    if (Number(response.headers['content-length']) > limit) {
      discardBody(response.body);
      throw new BodyTooLargeError(limit);
    }
    const text = await readBodyText(response.body, limit);
    return { status: response.statusCode, headers: response.headers, text };
  } catch (error) {
    if (signal?.aborted) throw abortError(context, signal.reason);
    if (controller.signal.reason === TIMED_OUT) {
      throw new TimeoutError(`${context.describe()} timed out after ${timeoutMs} ms.`, timeoutMs, {
        // `fetch` rejects with the abort reason itself, which says nothing more than this error.
        cause: error === TIMED_OUT ? undefined : error,
        $metadata: context.metadata(),
      });
    }
    if (error instanceof BodyTooLargeError) throw error;
    throw new ConnectionError(`${context.describe()} failed: ${causeText(error)}.`, {
      cause: error,
      $metadata: context.metadata(),
    });
  } finally {
    clearTimeout(timer);
    if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort);
  }
}
