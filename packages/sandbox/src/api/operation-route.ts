/**
 * @module The last step of an operation's route: read and check the input, honour the
 * idempotency key, run the hand-written handler, write the output as the model says.
 */
import type { Handler } from 'hono';
import type { SandboxEnv } from '../http/env.js';
import type { BoundOperation } from './api-model.js';
import type { Domain, OperationCall, OperationHandler, Output } from './handlers/types.js';
import { IDEMPOTENT_REPLAY_HEADER, fingerprintOf } from './idempotency.js';
import type { IdempotencyStore, KeyedRequest, WireResponse } from './idempotency.js';
import { paginate, pagingStyleOf } from './pagination.js';
import type { PageOf } from './pagination.js';
import type { InputReader } from './read-input.js';
import type { OutputWriter } from './write-output.js';

export interface OperationRouteParts {
  readonly operation: BoundOperation;
  readonly handler: OperationHandler;
  readonly reader: InputReader;
  readonly writer: OutputWriter;
  readonly domain: Domain;
  readonly idempotency: IdempotencyStore;
  /** Runs before the handler for every authenticated call (e.g. secret-expiry notices). */
  readonly beforeHandler: (call: OperationCall) => void;
}

function toResponse(wire: WireResponse, extra: Record<string, string> = {}): Response {
  return new Response(wire.body, { status: wire.status, headers: { ...wire.headers, ...extra } });
}

export function operationRoute(parts: OperationRouteParts): Handler<SandboxEnv> {
  const { operation, handler, reader, writer, domain, idempotency } = parts;
  const pagination = operation.pagination;
  const style = pagination
    ? pagingStyleOf(operation.input.members.get(pagination.inputToken)?.target ?? '')
    : undefined;
  const hasTotalCount = operation.output.members.has('totalCount');

  return async (c) => {
    const input = await reader.read(c);
    const app = c.get('application');
    if (!app) throw new TypeError('operationRoute runs after bearer authentication');
    const call: OperationCall = {
      operation,
      major: operation.version.major,
      input,
      app,
      caller: c.get('caller'),
      domain,
      page<T>(
        items: readonly T[],
        keyOf: (item: T) => string,
        direction: 'ascending' | 'descending',
        filters: Readonly<Record<string, unknown>>,
      ): PageOf<T> {
        if (!pagination || !style) throw new TypeError(`${operation.id} is not paginated`);
        return paginate(items, keyOf, direction, {
          pagination,
          style,
          input,
          filters,
          now: domain.clock.now(),
        });
      },
      pageOutput<T>(page: PageOf<T>, render: (item: T) => Output): Output {
        if (!pagination) throw new TypeError(`${operation.id} is not paginated`);
        return {
          [pagination.items]: page.items.map(render),
          ...(page.next === undefined ? {} : { [pagination.outputToken]: page.next }),
          ...(hasTotalCount ? { totalCount: page.totalCount } : {}),
        };
      },
    };
    parts.beforeHandler(call);

    const key = operation.idempotencyToken ? input[operation.idempotencyToken] : undefined;
    if (typeof key !== 'string' || !operation.idempotencyToken) {
      return toResponse(writer.write(await handler.handle(call)));
    }
    const keyed: KeyedRequest = {
      applicationId: app.id,
      operationId: operation.id,
      key,
      fingerprint: fingerprintOf(input, operation.idempotencyToken),
    };
    const replay = idempotency.begin(keyed);
    if (replay) return toResponse(replay, { [IDEMPOTENT_REPLAY_HEADER]: 'true' });
    let wire: WireResponse | undefined;
    try {
      wire = writer.write(await handler.handle(call));
      return toResponse(wire);
    } finally {
      idempotency.finish(keyed, wire);
    }
  };
}
