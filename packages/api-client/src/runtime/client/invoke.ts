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
import type { Logger } from '../smithy-types.js';
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

/** Runs one call; see the module documentation. */
export async function invoke(
  pipeline: Pipeline,
  operation: Operation,
  input: object,
  options: CallOptions | undefined,
): Promise<Record<string, unknown>> {
  const { policy, logger } = pipeline;
  const signal = options?.abortSignal;
  const timeoutMs =
    options?.timeoutMs === undefined ? pipeline.timeoutMs : checkTimeout(options.timeoutMs);
  let values = input as Readonly<Record<string, unknown>>;
  const tokenMember = operation.idempotencyToken;
  if (tokenMember !== undefined && values[tokenMember] === undefined) {
    values = { ...values, [tokenMember]: randomUuid() };
  }
  const request = serializeRequest(operation, values, pipeline.baseUrl, {
    'user-agent': pipeline.userAgent,
    [INVOCATION_ID_HEADER]: randomUuid(),
  });
  const fixedHeaders = request.headers;
  const safeToRetry = operation.idempotent === true || tokenMember !== undefined;
  let attempts = 0;
  let retries = 0;
  let totalRetryDelay = 0;
  let renewed = false;
  let response: Exchanged | undefined;
  const metadata = (): PlatformResponseMetadata => ({
    httpStatusCode: response?.status,
    requestId: response?.headers[REQUEST_ID_HEADER],
    attempts,
    totalRetryDelay,
  });
  const describe = (): string => `${operation.name} (${operation.method} ${requestUrl(request)})`;
  const context: ExchangeContext = {
    transport: pipeline.transport,
    timeoutMs,
    signal,
    describe,
    metadata,
  };
  const onAbort = (reason: unknown): never => {
    throw signal?.aborted ? abortError(context, signal.reason) : reason;
  };

  if (signal?.aborted) throw abortError(context, signal.reason);
  let token = pipeline.tokens.token();
  for (;;) {
    if (typeof token !== 'string') token = await untilAborted(token, signal).catch(onAbort);
    attempts += 1;
    request.headers = {
      ...fixedHeaders,
      authorization: `Bearer ${token}`,
      [ATTEMPT_HEADER]: String(attempts),
    };
    logger?.debug(
      `platform-api-client: → ${describe()} attempt ${attempts} headers ${redactHeaders(request.headers)} body ${redactBody(
        request.body as string | undefined,
        pipeline.service.sensitiveMembers,
      )}`,
    );
    let failure: TimeoutError | ConnectionError | undefined;
    response = undefined;
    try {
      response = await exchange(request, context);
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
        return deserializeOutput(operation, response, metadata(), describe);
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
        describe,
        metadata: metadata(),
        retryAfterMs: requested,
      });
    }
    logger?.debug(
      `platform-api-client: retrying ${operation.name} in ${Math.round(delay)} ms after ${
        response === undefined ? failure?.code : response.status
      }`,
    );
    retries += 1;
    totalRetryDelay += delay;
    await pipeline.clock.sleep(delay, signal).catch(onAbort);
    token = pipeline.tokens.token();
  }
}
