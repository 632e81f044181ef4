/**
 * @module What an operation handler gets and gives: the checked input (keyed by member name,
 * timestamps as `Date`), the calling application, the sandbox's state, and a pager for list
 * operations; it returns the output keyed by member name. Handlers hold behaviour only; routing,
 * validation, auth, faults, limits and serialisation happen around them, from the model.
 */
import type { AuditLog } from '../../audit/audit-log.js';
import type { SandboxClock } from '../../clock.js';
import type { AccessTokenClaims } from '../../oauth/access-tokens.js';
import type { Application, ApplicationRegistry } from '../../state/applications.js';
import type { OrderStore } from '../../state/orders.js';
import type { UserStore } from '../../state/users.js';
import type { WebhookEndpointStore } from '../../webhooks/endpoints.js';
import type { WebhookEvents } from '../../webhooks/events.js';
import type { BoundOperation } from '../api-model.js';
import type { PageOf } from '../pagination.js';

export interface Domain {
  readonly clock: SandboxClock;
  readonly applications: ApplicationRegistry;
  readonly orders: OrderStore;
  readonly users: UserStore;
  readonly webhookEndpoints: WebhookEndpointStore;
  readonly events: WebhookEvents;
  readonly audit: AuditLog;
}

export type Output = Record<string, unknown>;

export interface OperationCall {
  readonly operation: BoundOperation;
  /** The API major of the operation. */
  readonly major: number;
  readonly input: Readonly<Record<string, unknown>>;
  readonly app: Application;
  readonly caller: AccessTokenClaims;
  readonly domain: Domain;
  /**
   * One page of a sorted list, as the operation's `@paginated` trait and its version's paging
   * style say; `filters` are the input members that narrowed the list.
   */
  page<T>(
    items: readonly T[],
    keyOf: (item: T) => string,
    direction: 'ascending' | 'descending',
    filters: Readonly<Record<string, unknown>>,
  ): PageOf<T>;
  /** The output members a page fills: the items, the next token, and `totalCount` if modeled. */
  pageOutput<T>(page: PageOf<T>, render: (item: T) => Output): Output;
}

/** The behaviour of one operation. */
export interface OperationHandler {
  handle(call: OperationCall): Output | Promise<Output>;
}

/**
 * An operation people may perform but applications never may: every call is a 403
 * `human_only` with this message, before scopes or input are looked at.
 */
export interface HumanOnlyOperation {
  readonly humanOnly: string;
}

export type OperationBehaviour = OperationHandler | HumanOnlyOperation;

/**
 * A stored time (epoch milliseconds) as an output timestamp; absent stays absent. Views leave
 * optional members `undefined` rather than spreading them in: the output writer omits members
 * without a value, as the model's optional members are.
 */
export function dateOf(ms: number | undefined): Date | undefined {
  return ms === undefined ? undefined : new Date(ms);
}

/** A sort key whose string order follows time, then id. */
export function timeKey(time: number, id: string): string {
  return `${String(time).padStart(16, '0')}|${id}`;
}
