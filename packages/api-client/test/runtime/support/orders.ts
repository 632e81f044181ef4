/**
 * @module test/runtime/support/orders
 *
 * A hand-written stand-in for what codegen will emit for one service: the order operations of
 * the public names (ARCHITECTURE.md §3.3) as commands, a bare and an aggregated client, a paginator, modeled errors and a
 * service descriptor with its own environment table. Tests and the benchmark use it to drive
 * the runtime end to end.
 */
import {
  AuthenticationError,
  PlatformClient,
  PlatformCommand,
  RateLimitError,
  ServiceError,
  type CallOptions,
  type PaginationConfiguration,
  type PlatformClientOptions,
} from '../../../src/runtime/index.js';
import {
  createErrorRegistry,
  defineOperation,
  errorGuard,
  paginate,
  paginateItems,
  type ClientInternals,
  type ServiceDescriptor,
} from '../../../src/runtime/internal.js';

export interface Money {
  amount: string;
  currency: string;
}

export interface Order {
  orderId: string;
  status: 'open' | 'cancelled';
  customerId: string;
  total: Money;
  createdAt: string;
}

export interface GetOrderInput {
  orderId: string;
}
export interface GetOrderOutput {
  order?: Order;
}
export interface CreateOrderInput {
  customerId: string;
  items: { sku: string; quantity: number }[];
  cardNumber?: string;
  clientToken?: string;
}
export interface CreateOrderOutput {
  order?: Order;
  location?: string;
}
export interface ListOrdersInput {
  status?: 'open' | 'cancelled';
  pageSize?: number;
  nextToken?: string;
}
export interface ListOrdersOutput {
  orders?: Order[];
  nextToken?: string;
}
export interface CancelOrderInput {
  orderId: string;
  reason?: string;
}
export interface CancelOrderOutput {
  order?: Order;
}

export const GetOrder = defineOperation({
  name: 'GetOrder',
  apiVersion: 'v2',
  method: 'GET',
  path: '/v2/orders/{orderId}',
  required: ['orderId'],
  idempotent: true,
  scopes: ['commercial:read'],
  output: { body: { order: 'order' } },
});

export const CreateOrder = defineOperation({
  name: 'CreateOrder',
  apiVersion: 'v2',
  method: 'POST',
  path: '/v2/orders',
  required: ['customerId', 'items'],
  headers: { clientToken: 'idempotency-key' },
  body: { customerId: 'customerId', items: 'items', cardNumber: 'cardNumber' },
  idempotencyToken: 'clientToken',
  scopes: ['commercial:write'],
  output: { body: { order: 'order' }, headers: { location: 'location' } },
});

export const ListOrders = defineOperation({
  name: 'ListOrders',
  apiVersion: 'v2',
  method: 'GET',
  path: '/v2/orders',
  query: { status: 'status', pageSize: 'pageSize', nextToken: 'nextToken' },
  idempotent: true,
  scopes: ['commercial:read'],
  output: { body: { orders: 'orders', nextToken: 'nextToken' } },
  pagination: {
    inputToken: 'nextToken',
    outputToken: 'nextToken',
    pageSize: 'pageSize',
    items: 'orders',
  },
});

export const CancelOrder = defineOperation({
  name: 'CancelOrder',
  apiVersion: 'v2',
  method: 'POST',
  path: '/v2/orders/{orderId}/cancel',
  required: ['orderId'],
  body: { reason: 'reason' },
  scopes: ['commercial:write'],
  output: { body: { order: 'order' } },
});

export class GetOrderCommand extends PlatformCommand<GetOrderInput, GetOrderOutput, 'v2'> {
  constructor(input: GetOrderInput) {
    super(GetOrder, input);
  }
}
export class CreateOrderCommand extends PlatformCommand<CreateOrderInput, CreateOrderOutput, 'v2'> {
  constructor(input: CreateOrderInput) {
    super(CreateOrder, input);
  }
}
export class ListOrdersCommand extends PlatformCommand<ListOrdersInput, ListOrdersOutput, 'v2'> {
  constructor(input: ListOrdersInput) {
    super(ListOrders, input);
  }
}
export class CancelOrderCommand extends PlatformCommand<CancelOrderInput, CancelOrderOutput, 'v2'> {
  constructor(input: CancelOrderInput) {
    super(CancelOrder, input);
  }
}

/** A modeled 404 with a member copied from the body. */
export class NotFoundError extends ServiceError {
  static override readonly brand: string = 'example.platform#NotFoundError';
  static override readonly code: string | undefined = 'NotFoundError';
  static override readonly members: readonly string[] = ['resourceId'];
  declare readonly resourceId?: string;
}
/** A modeled 401, which therefore extends AuthenticationError. */
export class UnauthorizedError extends AuthenticationError {
  static override readonly brand: string = 'example.platform#UnauthorizedError';
  static override readonly code: string | undefined = 'UnauthorizedError';
}
/** A modeled 429, which therefore extends RateLimitError. */
export class TooManyRequestsError extends RateLimitError {
  static override readonly brand: string = 'example.platform#TooManyRequestsError';
  static override readonly code: string | undefined = 'TooManyRequestsError';
}
/** A modeled error that (wrongly) does not extend AuthenticationError, though sent with 401. */
export class SessionExpiredError extends ServiceError {
  static override readonly brand: string = 'example.platform#SessionExpiredError';
  static override readonly code: string | undefined = 'SessionExpiredError';
}
export const isNotFoundError = errorGuard<NotFoundError>(NotFoundError.brand);

export type TestEnvironment = 'prod' | 'sandbox' | 'local';

/** The environment table these tests use (codegen emits the real one from the model). */
export const testEnvironments = [
  {
    name: 'prod',
    baseUrl: 'https://api.example.gov',
    tokenUrl: 'https://api.example.gov/oauth/token',
  },
  {
    name: 'sandbox',
    baseUrl: 'https://api-sandbox.example.gov',
    tokenUrl: 'https://api-sandbox.example.gov/oauth/token',
  },
  {
    name: 'local',
    baseUrl: 'http://127.0.0.1:4010',
    tokenUrl: 'http://127.0.0.1:4010/oauth/token',
  },
] as const;

export const commercialService: ServiceDescriptor<TestEnvironment, 'v2'> = {
  name: 'Commercial',
  apiVersion: 'v2',
  sdkVersion: '2.0.0',
  successorMajor: 3,
  environments: testEnvironments,
  errors: createErrorRegistry([
    NotFoundError,
    UnauthorizedError,
    TooManyRequestsError,
    SessionExpiredError,
  ]),
  sensitiveMembers: ['cardNumber'],
};

/** The bare client. */
export class CommercialClient extends PlatformClient<TestEnvironment, 'v2'> {
  constructor(options?: PlatformClientOptions<TestEnvironment>, internals?: ClientInternals) {
    super(commercialService, options, internals);
  }
}

/** The aggregated client. */
export class Commercial extends CommercialClient {
  getOrder(input: GetOrderInput, options?: CallOptions) {
    return this.send(new GetOrderCommand(input), options);
  }
  createOrder(input: CreateOrderInput, options?: CallOptions) {
    return this.send(new CreateOrderCommand(input), options);
  }
  listOrders(input: ListOrdersInput, options?: CallOptions) {
    return this.send(new ListOrdersCommand(input), options);
  }
  cancelOrder(input: CancelOrderInput, options?: CallOptions) {
    return this.send(new CancelOrderCommand(input), options);
  }
}

export function paginateListOrders(config: PaginationConfiguration, input: ListOrdersInput) {
  return paginate(config, input, ListOrdersCommand);
}

export function paginateListOrdersItems(config: PaginationConfiguration, input: ListOrdersInput) {
  return paginateItems<ListOrdersInput, ListOrdersOutput, Order>(config, input, ListOrdersCommand);
}
