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
import { NodeHttpTransport, type AbortListenable, type AbortListener } from './node-transport.js';
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

/**
 * The abort state of one attempt, ended by its timer or by the caller's signal. The `node:http`
 * transport listens to it as it would to an `AbortSignal`; a real `AbortSignal` — several
 * microseconds to create on Node, as much as the rest of the SDK's work per call — is made only
 * for a transport that needs one (`fetch`, another Smithy handler).
 */
class AttemptAbort implements AbortListenable {
  aborted = false;
  reason: unknown = undefined;
  #listener: AbortListener | undefined;
  #controller: AbortController | undefined;

  /** `caller`: the caller's signal, which this attempt follows. */
  constructor(readonly caller: AbortSignal | undefined) {}

  /** A real `AbortSignal` that follows this attempt. */
  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.aborted) this.#controller.abort(this.reason);
    }
    return this.#controller.signal;
  }

  /** One listener at a time: the transport's. */
  addEventListener(_type: 'abort', listener: AbortListener): void {
    this.#listener = listener;
  }

  removeEventListener(_type: 'abort', listener: AbortListener): void {
    if (this.#listener === listener) this.#listener = undefined;
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.#controller?.abort(reason);
    this.#listener?.handleEvent();
  }

  /** The caller's signal fired (this object is its listener, so no closure per attempt). */
  handleEvent(): void {
    this.abort(this.caller?.reason);
  }
}

function abortForTimeout(attempt: AttemptAbort): void {
  attempt.abort(TIMED_OUT);
}

/**
 * Sends `request` once and reads the body; see the module documentation. The attempt is ended
 * by a timer that is cleared afterwards, and follows the caller's signal only when there is one:
 * no `AbortSignal.timeout` or `AbortSignal.any` per call.
 */
export async function exchange(request: HttpRequest, context: ExchangeContext): Promise<Exchanged> {
  const { signal, timeoutMs, transport } = context;
  const attempt = new AttemptAbort(signal);
  const timer = setTimeout(abortForTimeout, timeoutMs, attempt);
  signal?.addEventListener('abort', attempt);
  try {
    const { response } = await transport.handle(request, {
      // Our node:http transport reads only what `AbortListenable` declares; anything else,
      // a partner's subclass of it included, gets a real `AbortSignal`.
      abortSignal:
        transport.constructor === NodeHttpTransport
          ? (attempt as AbortListenable as AbortSignal)
          : attempt.signal,
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
    if (attempt.reason === TIMED_OUT) {
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
    signal?.removeEventListener('abort', attempt);
  }
}
