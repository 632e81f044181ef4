// @platform/codegen generated code: do not edit. Change model/ and run `npm run generate`.
import {
  PlatformClient,
  PlatformCommand,
  createErrorRegistry,
  defineOperation,
  type CallOptions,
  type ClientInternals,
  type CommandOutput,
  type PlatformClientOptions,
  type ServiceDescriptor,
  paginate,
  paginateItems,
  type PaginationConfiguration,
} from '../../runtime/index.js';
import { SDK_VERSION } from '../../sdk-version.js';
import { ENVIRONMENTS, type Environment } from './environments.js';
import { ApiVersionRetiredError, ConflictError, ForbiddenError, InternalError, NotFoundError, RateLimitedError, ServiceUnavailableError, UnauthorizedError, ValidationError } from './errors.js';
import type { CancelOrderInput, CancelOrderOutput, CreateOrderInput, CreateOrderOutput, GetOrderInput, GetOrderOutput, ListOrdersInput, ListOrdersOutput, Order } from './models.js';

/** How CancelOrder is sent: `POST /v1/orders/{orderId}/cancel`. */
export const CancelOrderOperation = /* @__PURE__ */ defineOperation({
  name: 'CancelOrder',
  method: 'POST',
  path: '/v1/orders/{orderId}/cancel',
  body: { reason: 'reason', note: 'note' },
  kinds: { orderId: 'string' },
  required: ['orderId'],
  idempotent: true,
  scopes: ['commercial:write'],
  output: { body: { order: 'order' } },
});

/**
 * Cancels an order that is `pending` or `confirmed` and sends an `order.cancelled` webhook
 * event. Cancelling an order that is already cancelled changes nothing and returns it;
 * cancelling a fulfilled order is a `ConflictError`.
 * `POST /v1/orders/{orderId}/cancel`.
 * Requires the scopes `commercial:write`.
 */
export class CancelOrderCommand extends PlatformCommand<CancelOrderInput, CancelOrderOutput> {
  constructor(input: CancelOrderInput) {
    super(CancelOrderOperation, input);
  }
}

/** How CreateOrder is sent: `POST /v1/orders`. */
export const CreateOrderOperation = /* @__PURE__ */ defineOperation({
  name: 'CreateOrder',
  method: 'POST',
  path: '/v1/orders',
  headers: { idempotencyKey: 'idempotency-key' },
  body: { clientReference: 'clientReference', currency: 'currency', lineItems: 'lineItems', metadata: 'metadata' },
  kinds: { idempotencyKey: 'string' },
  required: ['currency', 'lineItems'],
  idempotencyToken: 'idempotencyKey',
  scopes: ['commercial:write'],
  output: { body: { order: 'order' } },
});

/**
 * Places an order. Prices come from the catalogue in the requested currency; the order starts
 * `pending` and an `order.created` webhook event is sent.
 *
 * Send an `Idempotency-Key` so that a retry after a lost response cannot place the order
 * twice (the SDK does this for you).
 * `POST /v1/orders`.
 * Requires the scopes `commercial:write`.
 */
export class CreateOrderCommand extends PlatformCommand<CreateOrderInput, CreateOrderOutput> {
  constructor(input: CreateOrderInput) {
    super(CreateOrderOperation, input);
  }
}

/** How GetOrder is sent: `GET /v1/orders/{orderId}`. */
export const GetOrderOperation = /* @__PURE__ */ defineOperation({
  name: 'GetOrder',
  method: 'GET',
  path: '/v1/orders/{orderId}',
  kinds: { orderId: 'string' },
  required: ['orderId'],
  idempotent: true,
  scopes: ['commercial:read'],
  output: { body: { order: 'order' } },
});

/**
 * Gets one of the partner's orders.
 * `GET /v1/orders/{orderId}`.
 * Requires the scopes `commercial:read`.
 */
export class GetOrderCommand extends PlatformCommand<GetOrderInput, GetOrderOutput> {
  constructor(input: GetOrderInput) {
    super(GetOrderOperation, input);
  }
}

/** How ListOrders is sent: `GET /v1/orders`. */
export const ListOrdersOperation = /* @__PURE__ */ defineOperation({
  name: 'ListOrders',
  method: 'GET',
  path: '/v1/orders',
  query: { page: 'page', pageSize: 'pageSize', status: 'status', createdAfter: 'createdAfter', createdBefore: 'createdBefore' },
  kinds: { page: 'string', pageSize: 'integer', status: 'string[]', createdAfter: 'timestamp', createdBefore: 'timestamp' },
  idempotent: true,
  scopes: ['commercial:read'],
  output: { body: { orders: 'orders', nextPage: 'nextPage', totalCount: 'totalCount' } },
  pagination: { inputToken: 'page', outputToken: 'nextPage', pageSize: 'pageSize', items: 'orders' },
});

/**
 * Lists the partner's orders, newest first, a page at a time.
 *
 * Pages are numbered: pass the `nextPage` of a response as `page` to get the next one; it is
 * absent on the last page. Orders created while you page may shift items between pages;
 * filter with `createdBefore` set to the time you started to get a stable listing.
 * `GET /v1/orders`.
 * Requires the scopes `commercial:read`.
 */
export class ListOrdersCommand extends PlatformCommand<ListOrdersInput, ListOrdersOutput> {
  constructor(input: ListOrdersInput = {}) {
    super(ListOrdersOperation, input);
  }
}

/** What the runtime needs to know about Commercial v1. */
export const commercialService: ServiceDescriptor<Environment> = {
  name: 'Commercial',
  sdkVersion: SDK_VERSION,
  successorMajor: 2,
  environments: ENVIRONMENTS,
  errors: /* @__PURE__ */ createErrorRegistry([ApiVersionRetiredError, ConflictError, ForbiddenError, InternalError, NotFoundError, RateLimitedError, ServiceUnavailableError, UnauthorizedError, ValidationError]),
};

/**
 * Orders of the calling partner: list, read, create and cancel them.
 *
 * Every order belongs to the partner of the calling application; another partner's order
 * cannot be seen and is answered with `NotFoundError`.
 *
 * Version 1 is deprecated since 2026-06-01 and answers until 2027-12-01; move to version 2.
 *
 * The bare client: send any Commercial command with `send`. Only the commands you import are bundled.
 */
export class CommercialClient extends PlatformClient<Environment> {
  constructor(options?: PlatformClientOptions<Environment>, internals?: ClientInternals) {
    super(commercialService, options, internals);
  }
}

/** The aggregated Commercial client: one method per operation. */
export class Commercial extends CommercialClient {
  /**
   * Cancels an order that is `pending` or `confirmed` and sends an `order.cancelled` webhook
   * event. Cancelling an order that is already cancelled changes nothing and returns it;
   * cancelling a fulfilled order is a `ConflictError`.
   * `POST /v1/orders/{orderId}/cancel`.
   * Requires the scopes `commercial:write`.
   */
  cancelOrder(input: CancelOrderInput, options?: CallOptions): Promise<CommandOutput<CancelOrderOutput>> {
    return this.send(new CancelOrderCommand(input), options);
  }

  /**
   * Places an order. Prices come from the catalogue in the requested currency; the order starts
   * `pending` and an `order.created` webhook event is sent.
   *
   * Send an `Idempotency-Key` so that a retry after a lost response cannot place the order
   * twice (the SDK does this for you).
   * `POST /v1/orders`.
   * Requires the scopes `commercial:write`.
   */
  createOrder(input: CreateOrderInput, options?: CallOptions): Promise<CommandOutput<CreateOrderOutput>> {
    return this.send(new CreateOrderCommand(input), options);
  }

  /**
   * Gets one of the partner's orders.
   * `GET /v1/orders/{orderId}`.
   * Requires the scopes `commercial:read`.
   */
  getOrder(input: GetOrderInput, options?: CallOptions): Promise<CommandOutput<GetOrderOutput>> {
    return this.send(new GetOrderCommand(input), options);
  }

  /**
   * Lists the partner's orders, newest first, a page at a time.
   *
   * Pages are numbered: pass the `nextPage` of a response as `page` to get the next one; it is
   * absent on the last page. Orders created while you page may shift items between pages;
   * filter with `createdBefore` set to the time you started to get a stable listing.
   * `GET /v1/orders`.
   * Requires the scopes `commercial:read`.
   */
  listOrders(input: ListOrdersInput = {}, options?: CallOptions): Promise<CommandOutput<ListOrdersOutput>> {
    return this.send(new ListOrdersCommand(input), options);
  }
}

/** Every page of ListOrders, following `nextPage` until the last page. */
export function paginateListOrders(config: PaginationConfiguration, input: ListOrdersInput = {}): AsyncGenerator<CommandOutput<ListOrdersOutput>, undefined, undefined> {
  return paginate(config, input, ListOrdersCommand);
}

/** Every item (`orders`) of every page of ListOrders. */
export function paginateListOrdersItems(config: PaginationConfiguration, input: ListOrdersInput = {}): AsyncGenerator<Order, undefined, undefined> {
  return paginateItems<ListOrdersInput, ListOrdersOutput, Order>(config, input, ListOrdersCommand);
}
