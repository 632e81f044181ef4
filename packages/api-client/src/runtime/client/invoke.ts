/**
 * @module client/invoke
 *
 * One call from input to output: serialize once, then attempts until success or a final error.
 * Each attempt takes the current token, and is bounded by the per-attempt timeout and the
 * caller's abort signal. A 401 drops the token and re-sends once, at once, outside the retry
 * budget; connection errors, timeouts and the retryable statuses are retried with backoff (or
 * the server's `Retry-After`) when the operation is idempotent or carries an idempotency token.
 * Every wait — token, backoff — ends at once when the caller aborts.
 */
import type { HttpRequest, Logger } from '../smithy-types.js';
import type { CheckedUrl } from '../config/url-safety.js';
import type { CallOptions } from '../config/client-options.js';
import type { TokenManager } from '../credentials/token-manager.js';
import { ATTEMPT_HEADER, INVOCATION_ID_HEADER, REQUEST_ID_HEADER } from '../defaults.js';
import type { PlatformResponseMetadata } from '../errors/platform-error.js';
import { ConnectionError, TimeoutError } from '../errors/transport-errors.js';
import { ConfigurationError } from '../errors/usage-errors.js';
import { untilAborted, type Clock } from '../http/clock.js';
import type { DeprecationNotices } from '../http/deprecation.js';
import { abortError, exchange, type ExchangeContext, type Exchanged } from '../http/exchange.js';
import { randomUuid } from '../http/ids.js';
import { redactBody, redactHeaders } from '../http/redact.js';
import { requestedDelay, retryDelay, type RetryPolicy } from '../http/retry-policy.js';
import { requestUrl, type HttpTransport } from '../http/transport.js';
import { deserializeError, deserializeOutput } from './deserialize.js';
import type { Operation } from './operation.js';
import { serializeRequest } from './serialize.js';
import type { ServiceDescriptor } from './service.js';

/** Everything a client resolved at construction that a call needs. */
export interface Pipeline {
  readonly service: ServiceDescriptor;
  readonly baseUrl: CheckedUrl;
  readonly transport: HttpTransport;
  readonly tokens: TokenManager;
  readonly policy: RetryPolicy;
  readonly timeoutMs: number;
  readonly clock: Clock;
  readonly random: () => number;
  readonly logger: Logger | undefined;
  readonly notices: DeprecationNotices;
  readonly userAgent: string;
}

function checkTimeout(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 2_147_483_647)
    return value;
  throw new ConfigurationError(
    'timeoutMs (call option)',
    `must be a whole number of milliseconds above 0 (got ${String(value)}).`,
  );
}

/**
 * The state of one call, which is also the context of each of its attempts: one object per call,
 * its methods on the prototype, so the hot path makes no closures.
 */
class Call implements ExchangeContext {
  readonly transport: HttpTransport;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly #operation: Operation;
  readonly #request: HttpRequest;
  attempts = 0;
  totalRetryDelay = 0;
  response: Exchanged | undefined;

  constructor(
    pipeline: Pipeline,
    operation: Operation,
    request: HttpRequest,
    options: CallOptions | undefined,
  ) {
    this.transport = pipeline.transport;
    this.signal = options?.abortSignal;
    this.timeoutMs =
      options?.timeoutMs === undefined ? pipeline.timeoutMs : checkTimeout(options.timeoutMs);
    this.#operation = operation;
    this.#request = request;
  }

  describe(): string {
    return `${this.#operation.name} (${this.#operation.method} ${requestUrl(this.#request)})`;
  }

  metadata(): PlatformResponseMetadata {
    return {
      httpStatusCode: this.response?.status,
      requestId: this.response?.headers[REQUEST_ID_HEADER],
      attempts: this.attempts,
      totalRetryDelay: this.totalRetryDelay,
    };
  }

  /** What a wait that rejected becomes: an `AbortError` when the caller aborted. */
  settleWait(reason: unknown): never {
    throw this.signal?.aborted ? abortError(this, this.signal.reason) : reason;
  }
}

/** Runs one call; see the module documentation. */
export async function invoke(
  pipeline: Pipeline,
  operation: Operation,
  input: object,
  options: CallOptions | undefined,
): Promise<Record<string, unknown>> {
  const { policy, logger } = pipeline;
  let values = input as Readonly<Record<string, unknown>>;
  const tokenMember = operation.idempotencyToken;
  if (tokenMember !== undefined && values[tokenMember] === undefined) {
    values = { ...values, [tokenMember]: randomUuid() };
  }
  const request = serializeRequest(operation, values, pipeline.baseUrl, {
    'user-agent': pipeline.userAgent,
    [INVOCATION_ID_HEADER]: randomUuid(),
  });
  // Sent as is on every attempt, with the token and the attempt number set in place.
  const headers = request.headers;
  const call = new Call(pipeline, operation, request, options);
  const { signal } = call;
  const safeToRetry = operation.idempotent === true || tokenMember !== undefined;
  let retries = 0;
  let renewed = false;

  if (signal?.aborted) throw abortError(call, signal.reason);
  let token = pipeline.tokens.token();
  for (;;) {
    if (typeof token !== 'string') {
      token = await untilAborted(token, signal).catch((reason: unknown) => call.settleWait(reason));
    }
    call.attempts += 1;
    headers.authorization = `Bearer ${token}`;
    headers[ATTEMPT_HEADER] = String(call.attempts);
    logger?.debug(
      `platform-api-client: → ${call.describe()} attempt ${call.attempts} headers ${redactHeaders(headers)} body ${redactBody(
        request.body as string | undefined,
        pipeline.service.sensitiveMembers,
      )}`,
    );
    let failure: TimeoutError | ConnectionError | undefined;
    let response: Exchanged | undefined;
    call.response = undefined;
    try {
      response = call.response = await exchange(request, call);
    } catch (error) {
      if (!(error instanceof TimeoutError || error instanceof ConnectionError)) throw error;
      failure = error;
    }
    if (response !== undefined) {
      pipeline.notices.check(operation.name, response.headers, logger);
      logger?.debug(
        `platform-api-client: ← ${response.status} ${operation.name} request id ${String(
          response.headers[REQUEST_ID_HEADER],
        )} body ${redactBody(response.text, pipeline.service.sensitiveMembers)}`,
      );
      if (response.status >= 200 && response.status < 300) {
        return deserializeOutput(operation, response, call.metadata(), call);
      }
      if (response.status === 401 && !renewed) {
        renewed = true;
        token = pipeline.tokens.renew(token);
        continue;
      }
    }
    const requested =
      response === undefined ? undefined : requestedDelay(response.headers, pipeline.clock.now());
    const retryable =
      safeToRetry &&
      retries < policy.maxRetries &&
      (response === undefined || policy.statusCodes.includes(response.status));
    const delay = retryable ? retryDelay(policy, retries, requested, pipeline.random()) : undefined;
    if (delay === undefined) {
      if (failure !== undefined) throw failure;
      throw deserializeError(response as Exchanged, {
        operation,
        service: pipeline.service,
        describe: () => call.describe(),
        metadata: call.metadata(),
        retryAfterMs: requested,
      });
    }
    logger?.debug(
      `platform-api-client: retrying ${operation.name} in ${Math.round(delay)} ms after ${
        response === undefined ? failure?.code : response.status
      }`,
    );
    retries += 1;
    call.totalRetryDelay += delay;
    await pipeline.clock.sleep(delay, signal).catch((reason: unknown) => call.settleWait(reason));
    token = pipeline.tokens.token();
  }
}
