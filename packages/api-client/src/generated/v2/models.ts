// @platform/codegen generated code: do not edit. Change model/ and run `npm run generate`.

/**
 * An absolute `http` or `https` URL with no query or fragment. Plain `http` is only meant for
 * loopback addresses.
 */
export type AbsoluteUrl = string;

/**
 * An API major version as written in the path, for example `v2`.
 */
export type ApiVersion = string;

/**
 * An application: the API client a partner registered. Partners call the API as applications,
 * never as people.
 */
export interface Application {
  /**
   * Identifier of the application.
   */
  applicationId: ApplicationId;
  /**
   * The partner that owns the application.
   */
  partnerId: PartnerId;
  /**
   * The OAuth 2.0 client id the application authenticates with.
   */
  clientId: ClientId;
  /**
   * Name the partner gave the application.
   */
  name: ApplicationName;
  /**
   * Whether the application may call the API.
   */
  status: ApplicationStatus;
  /**
   * Scopes granted to the application: the most a token of this application can carry.
   */
  scopes: ScopeList;
  /**
   * When the application was registered.
   */
  createdAt: DateTime;
}

/**
 * Identifier of an application (an API client of a partner), for example `app_7Hq2Lm9Xw3`.
 */
export type ApplicationId = string;

/**
 * Name of an application.
 */
export type ApplicationName = string;

/**
 * Whether an application may call the API.
 */
export type ApplicationStatus = 'active' | 'suspended';

/**
 * One request the application made, as recorded for its own audit trail. Kept for 90 days.
 */
export interface AuditEvent {
  /**
   * Identifier of the audit event.
   */
  auditEventId: AuditEventId;
  /**
   * The application that made the request.
   */
  applicationId: ApplicationId;
  /**
   * The operation called; absent when the request matched no operation.
   */
  operation?: OperationName;
  /**
   * HTTP method of the request.
   */
  method: HttpMethod;
  /**
   * The route template the request matched, or its path with identifiers replaced by
   * `{id}` when it matched none.
   */
  route: RouteTemplate;
  /**
   * The scopes the operation requires (empty for the token endpoint and unmatched routes).
   */
  scopes: ScopeList;
  /**
   * How the request ended.
   */
  result: AuditResult;
  /**
   * HTTP status code of the response.
   */
  statusCode: HttpStatusCode;
  /**
   * Identifier of the request, as in its `x-request-id` response header.
   */
  requestId: RequestId;
  /**
   * When the request was received.
   */
  occurredAt: DateTime;
}

/**
 * Identifier of an audit event, for example `aud_9Kd3Pw7Zs1`.
 */
export type AuditEventId = string;

/**
 * Audit events, newest first.
 */
export type AuditEventList = AuditEvent[];

/**
 * How a request ended.
 */
export type AuditResult = 'success' | 'denied' | 'client_error' | 'server_error';

/**
 * Which order to cancel, and why.
 */
export interface CancelOrderInput {
  /**
   * The order's identifier.
   */
  orderId: OrderId;
  /**
   * Why the order is cancelled; `other` when absent.
   */
  reason?: CancellationReason;
  /**
   * Free-form explanation kept with the order.
   */
  note?: Note;
}

/**
 * The order after cancellation.
 */
export interface CancelOrderOutput {
  /**
   * The cancelled order.
   */
  order: Order;
}

/**
 * Why an order was cancelled.
 */
export type CancellationReason = 'requested_by_customer' | 'duplicate' | 'fraudulent' | 'other';

/**
 * The OAuth 2.0 client id an application authenticates with at the token endpoint.
 */
export type ClientId = string;

/**
 * A client secret of the application, without the secret itself (the API shows that only once,
 * when the secret is created). An application has at most two active secrets, so it can rotate
 * without downtime: create a new one, deploy it, then revoke the old one.
 */
export interface ClientSecret {
  /**
   * Identifier of the client secret.
   */
  clientSecretId: ClientSecretId;
  /**
   * Label the partner gave the secret, for example where it is deployed.
   */
  label?: ClientSecretLabel;
  /**
   * Whether the secret can still be used at the token endpoint.
   */
  status: ClientSecretStatus;
  /**
   * The last four characters of the secret, to tell secrets apart.
   */
  secretSuffix: SecretSuffix;
  /**
   * When the secret was created.
   */
  createdAt: DateTime;
  /**
   * When the secret stops working. A `client_secret.expiring` webhook event is sent 14 days
   * before.
   */
  expiresAt: DateTime;
  /**
   * When the secret was revoked; present only with status `revoked`.
   */
  revokedAt?: DateTime;
  /**
   * When the secret was last used to get a token, to the nearest hour; absent if never.
   */
  lastUsedAt?: DateTime;
}

/**
 * Data of a `client_secret.expiring` event.
 */
export interface ClientSecretExpiringData {
  /**
   * The application whose secret expires.
   */
  applicationId: ApplicationId;
  /**
   * The secret that expires (never its value).
   */
  clientSecret: ClientSecret;
}

/**
 * Sent 14 days before a client secret of the application expires, so it can be rotated in
 * time.
 */
export interface ClientSecretExpiringEvent {
  /**
   * Identifier of the event; the same as the `X-Webhook-Id` header of its deliveries.
   * Deliveries are retried, so the same event may arrive more than once: drop repeats by id.
   */
  id: EventId;
  /**
   * The event type: the value of the event structure's `@webhookEvent` trait.
   */
  type: WebhookEventType;
  /**
   * When the event happened (not when it was delivered; see `X-Webhook-Timestamp`).
   */
  createdAt: DateTime;
  /**
   * The secret that is about to expire.
   */
  data: ClientSecretExpiringData;
}

/**
 * Identifier of a client secret (not the secret itself), for example `cs_2Vn8Rt5Yq1`.
 */
export type ClientSecretId = string;

/**
 * Label of a client secret.
 */
export type ClientSecretLabel = string;

/**
 * Client secrets, newest first.
 */
export type ClientSecretList = ClientSecret[];

/**
 * Whether a client secret can be used.
 */
export type ClientSecretStatus = 'active' | 'revoked' | 'expired';

/**
 * The value of a client secret. Shown once, when it is created; the API stores only a hash.
 * Keep it in a secret store, never in source code or logs.
 */
export type ClientSecretValue = string;

/**
 * Which conflict occurred.
 */
export type ConflictReason = 'order_state' | 'client_secret_limit' | 'last_active_client_secret' | 'idempotency_key_reused' | 'idempotency_key_in_progress';

/**
 * The client secret to create.
 */
export interface CreateClientSecretInput {
  /**
   * Makes retries safe: requests with the same key within 24 hours create one secret
   * (and return the same value).
   */
  idempotencyKey?: IdempotencyKey;
  /**
   * A label to tell the secret apart, for example where it is deployed.
   */
  label?: ClientSecretLabel;
  /**
   * Days until the secret expires.
   */
  expiresInDays?: ExpiresInDays;
}

/**
 * The new client secret and its value.
 */
export interface CreateClientSecretOutput {
  /**
   * The new client secret.
   */
  clientSecret: ClientSecret;
  /**
   * The secret's value. Store it now: the API never shows it again.
   */
  secret: ClientSecretValue;
}

/**
 * The order to place.
 */
export interface CreateOrderInput {
  /**
   * Makes retries safe: requests with the same key within 24 hours place one order.
   */
  idempotencyKey?: IdempotencyKey;
  /**
   * Your own reference for the order, for example your purchase-order number.
   */
  externalReference?: ExternalReference;
  /**
   * Currency the order is priced and paid in.
   */
  currency: CurrencyCode;
  /**
   * What to order: 1 to 100 lines, each SKU at most once.
   */
  lineItems: NewLineItemList;
  /**
   * Your own key-value data to keep with the order.
   */
  metadata?: Metadata;
}

/**
 * The order that was placed.
 */
export interface CreateOrderOutput {
  /**
   * The new order.
   */
  order: Order;
}

/**
 * The webhook endpoint to register.
 */
export interface CreateWebhookEndpointInput {
  /**
   * Makes retries safe: requests with the same key within 24 hours create one endpoint
   * (and return the same signing secret).
   */
  idempotencyKey?: IdempotencyKey;
  /**
   * Where to deliver events.
   */
  url: WebhookUrl;
  /**
   * What the endpoint is for.
   */
  description?: WebhookEndpointDescription;
  /**
   * The event types to deliver.
   */
  eventTypes: WebhookEventTypeList;
}

/**
 * The new webhook endpoint and its signing secret.
 */
export interface CreateWebhookEndpointOutput {
  /**
   * The new webhook endpoint.
   */
  webhookEndpoint: WebhookEndpoint;
  /**
   * The secret that signs deliveries to the endpoint. Store it now: the API never
   * shows it again.
   */
  signingSecret: WebhookSigningSecret;
}

/**
 * ISO 4217 currency code. More currencies may be added: treat an unknown value as a currency
 * you do not support rather than as an error.
 */
export type CurrencyCode = 'USD' | 'EUR' | 'GBP' | 'CAD' | 'AUD' | 'JPY';

/**
 * An opaque position in a list, from the `nextCursor` of the previous response. Do not build
 * or change cursors. A cursor is valid for 24 hours and only with the same filters; an invalid
 * or expired cursor is a `ValidationError` on `/cursor`.
 */
export type Cursor = string;

/**
 * A point in time, written as an RFC 3339 date-time in UTC with a `Z` suffix, for example
 * `2026-11-20T14:03:12Z` (fractional seconds may appear).
 * An RFC 3339 date-time string, e.g. `2026-11-20T14:03:12Z`.
 */
export type DateTime = string;

/**
 * A non-negative decimal number as a string: digits, optionally a `.` and 1 to 4 fraction
 * digits, no exponent, no sign, no leading zeros.
 */
export type DecimalAmount = string;

/**
 * Which user to delete.
 */
export interface DeleteUserInput {
  /**
   * The user's identifier.
   */
  userId: UserId;
}

/**
 * Nothing: the user is deleted.
 */
export interface DeleteUserOutput {
}

/**
 * Which webhook endpoint to delete.
 */
export interface DeleteWebhookEndpointInput {
  /**
   * The webhook endpoint's identifier.
   */
  webhookEndpointId: WebhookEndpointId;
}

/**
 * Nothing: the endpoint is gone.
 */
export interface DeleteWebhookEndpointOutput {
}

/**
 * An email address (personal data: redacted in logs).
 */
export type EmailAddress = string;

/**
 * Members every error response body has.
 */
export interface ErrorMixin {
  /**
   * Stable machine-readable error code: the name of the error shape, for example
   * `NotFoundError`. Branch on this, never on `message`.
   */
  code: string;
  /**
   * Human-readable explanation for the developer, in English. Its wording may change at any
   * time.
   */
  message: string;
  /**
   * Identifier of the request that failed; the same value as the `x-request-id` response
   * header.
   */
  requestId: RequestId;
}

/**
 * Identifier of a webhook event, for example `evt_6Yh2Nc8Vb4`. Every delivery attempt of an
 * event carries the same id (also in the `X-Webhook-Id` header), so receivers can drop
 * duplicates.
 */
export type EventId = string;

/**
 * Lifetime of a new client secret, in days.
 */
export type ExpiresInDays = number;

/**
 * The partner's own identifier for an order (for example, its order number), stored and
 * returned as given. Not required to be unique.
 */
export type ExternalReference = string;

/**
 * What is wrong with one input member.
 */
export interface FieldError {
  /**
   * JSON Pointer (RFC 6901) to the member in the operation's input, whether the member is
   * sent in the body, the query string, a header or the path: `/lineItems/0/quantity`,
   * `/pageSize`, `/orderId`.
   */
  path: string;
  /**
   * What is wrong with the value and what is allowed instead.
   */
  message: string;
}

/**
 * Problems with a request, one per offending input member.
 */
export type FieldErrorList = FieldError[];

/**
 * Why a call was refused.
 */
export type ForbiddenReason = 'insufficient_scope' | 'human_only' | 'application_suspended';

/**
 * No parameters: the application is the caller.
 */
export interface GetApplicationInput {
}

/**
 * The calling application.
 */
export interface GetApplicationOutput {
  /**
   * The calling application.
   */
  application: Application;
}

/**
 * Which order to get.
 */
export interface GetOrderInput {
  /**
   * The order's identifier.
   */
  orderId: OrderId;
}

/**
 * The order.
 */
export interface GetOrderOutput {
  /**
   * The order.
   */
  order: Order;
}

/**
 * Which user to get.
 */
export interface GetUserInput {
  /**
   * The user's identifier.
   */
  userId: UserId;
}

/**
 * The user.
 */
export interface GetUserOutput {
  /**
   * The user.
   */
  user: User;
}

/**
 * Which webhook endpoint to get.
 */
export interface GetWebhookEndpointInput {
  /**
   * The webhook endpoint's identifier.
   */
  webhookEndpointId: WebhookEndpointId;
}

/**
 * The webhook endpoint.
 */
export interface GetWebhookEndpointOutput {
  /**
   * The webhook endpoint.
   */
  webhookEndpoint: WebhookEndpoint;
}

/**
 * How long the previous signing secret keeps signing deliveries after a rotation, in hours.
 * `0` stops it at once (for a leaked secret).
 */
export type GracePeriodHours = number;

/**
 * An HTTP request method.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * An HTTP response status code.
 */
export type HttpStatusCode = number;

/**
 * Key that makes a retried request safe: the API performs the first request with a given key
 * and answers every later request with the same key, from the same application, with the
 * stored result, for 24 hours. Reusing a key with a different request is a `ConflictError`.
 * SDKs fill it with a random UUID and reuse it on their own retries. Visible ASCII only.
 */
export type IdempotencyKey = string;

/**
 * One line of an order: a product, how many, and its price.
 */
export interface LineItem {
  /**
   * The product.
   */
  sku: Sku;
  /**
   * The product's name in the catalogue at the time of the order.
   */
  description: ProductDescription;
  /**
   * Units ordered.
   */
  quantity: Quantity;
  /**
   * Price of one unit.
   */
  unitPrice: Money;
  /**
   * `unitPrice` times `quantity`.
   */
  total: Money;
}

/**
 * Lines of an order.
 */
export type LineItemList = LineItem[];

/**
 * Which audit events to list, and which page.
 */
export interface ListAuditEventsInput {
  /**
   * Where to continue, from the previous response's `nextCursor`; the first page
   * when absent.
   */
  cursor?: Cursor;
  /**
   * How many audit events a page holds at most.
   */
  pageSize?: PageSize;
  /**
   * Only requests that ended this way.
   */
  result?: AuditResult;
  /**
   * Only requests received at or after this time.
   */
  occurredAfter?: DateTime | Date;
  /**
   * Only requests received before this time.
   */
  occurredBefore?: DateTime | Date;
}

/**
 * One page of audit events.
 */
export interface ListAuditEventsOutput {
  /**
   * The audit events of this page, newest first.
   */
  auditEvents: AuditEventList;
  /**
   * The `cursor` to continue with; absent on the last page.
   */
  nextCursor?: Cursor;
}

/**
 * Which page of client secrets to list.
 */
export interface ListClientSecretsInput {
  /**
   * Where to continue, from the previous response's `nextCursor`; the first page
   * when absent.
   */
  cursor?: Cursor;
  /**
   * How many client secrets a page holds at most.
   */
  pageSize?: PageSize;
}

/**
 * One page of client secrets.
 */
export interface ListClientSecretsOutput {
  /**
   * The client secrets of this page, newest first.
   */
  clientSecrets: ClientSecretList;
  /**
   * The `cursor` to continue with; absent on the last page.
   */
  nextCursor?: Cursor;
}

/**
 * Which orders to list, and which page.
 */
export interface ListOrdersInput {
  /**
   * Where to continue, from the previous response's `nextCursor`; the first page
   * when absent.
   */
  cursor?: Cursor;
  /**
   * How many orders a page holds at most.
   */
  pageSize?: PageSize;
  /**
   * Only orders in one of these statuses; all statuses when absent. Repeat the query
   * parameter for several: `status=pending&status=confirmed`.
   */
  status?: OrderStatusList;
  /**
   * Only orders created at or after this time.
   */
  createdAfter?: DateTime | Date;
  /**
   * Only orders created before this time.
   */
  createdBefore?: DateTime | Date;
}

/**
 * One page of orders.
 */
export interface ListOrdersOutput {
  /**
   * The orders of this page, newest first; empty when nothing matches.
   */
  orders: OrderList;
  /**
   * The `cursor` to continue with; absent on the last page.
   */
  nextCursor?: Cursor;
}

/**
 * Which users to list, and which page.
 */
export interface ListUsersInput {
  /**
   * Where to continue, from the previous response's `nextCursor`; the first page
   * when absent.
   */
  cursor?: Cursor;
  /**
   * How many users a page holds at most.
   */
  pageSize?: PageSize;
  /**
   * Only users with this status.
   */
  status?: UserStatus;
}

/**
 * One page of users.
 */
export interface ListUsersOutput {
  /**
   * The users of this page, newest first.
   */
  users: UserList;
  /**
   * The `cursor` to continue with; absent on the last page.
   */
  nextCursor?: Cursor;
}

/**
 * Which page of webhook endpoints to list.
 */
export interface ListWebhookEndpointsInput {
  /**
   * Where to continue, from the previous response's `nextCursor`; the first page
   * when absent.
   */
  cursor?: Cursor;
  /**
   * How many webhook endpoints a page holds at most.
   */
  pageSize?: PageSize;
}

/**
 * One page of webhook endpoints.
 */
export interface ListWebhookEndpointsOutput {
  /**
   * The webhook endpoints of this page, newest first.
   */
  webhookEndpoints: WebhookEndpointList;
  /**
   * The `cursor` to continue with; absent on the last page.
   */
  nextCursor?: Cursor;
}

/**
 * Up to 20 key-value pairs the partner attaches to an object for its own use. The API stores
 * and returns them unchanged and never interprets them. Do not put personal data here.
 */
export type Metadata = Record<string, MetadataValue>;

/**
 * Key of a metadata entry.
 */
export type MetadataKey = string;

/**
 * Value of a metadata entry.
 */
export type MetadataValue = string;

/**
 * An amount of money. Used from API version 2 on; version 1 writes amounts as integer minor
 * units next to a currency.
 */
export interface Money {
  /**
   * The amount in the currency's major unit as a decimal string, so that no floating-point
   * rounding can change it: `"25.98"` is 25 dollars and 98 cents, `"1500"` is 1,500 yen.
   * The API always writes exactly as many fraction digits as the currency has.
   */
  amount: DecimalAmount;
  /**
   * The currency of `amount`.
   */
  currency: CurrencyCode;
}

/**
 * A line of a new order: which product, and how many.
 */
export interface NewLineItem {
  /**
   * The product to order.
   */
  sku: Sku;
  /**
   * Units to order.
   */
  quantity: Quantity;
}

/**
 * Lines of a new order.
 */
export type NewLineItemList = NewLineItem[];

/**
 * Free-form note, for example why an order was cancelled.
 */
export type Note = string;

/**
 * Name of an API operation as written in the API reference, for example `GetOrder`.
 */
export type OperationName = string;

/**
 * An order of the partner.
 */
export interface Order {
  /**
   * Identifier of the order.
   */
  orderId: OrderId;
  /**
   * The partner the order belongs to (always the caller's partner).
   */
  partnerId: PartnerId;
  /**
   * Where the order is in its life.
   */
  status: OrderStatus;
  /**
   * The partner's own reference for the order. Version 1 called it `clientReference`.
   */
  externalReference?: ExternalReference;
  /**
   * What was ordered, in the order given at creation.
   */
  lineItems: LineItemList;
  /**
   * Sum of the line items' totals, in the order's currency.
   */
  total: Money;
  /**
   * The partner's key-value data; empty when none was given.
   */
  metadata: Metadata;
  /**
   * When the order was placed.
   */
  createdAt: DateTime;
  /**
   * When the order last changed.
   */
  updatedAt: DateTime;
  /**
   * When the order was cancelled; present only with status `cancelled`.
   */
  cancelledAt?: DateTime;
  /**
   * Why the order was cancelled; present only with status `cancelled`.
   */
  cancellationReason?: CancellationReason;
}

/**
 * Data of an `order.cancelled` event.
 */
export interface OrderCancelledData {
  /**
   * The order after cancellation.
   */
  order: Order;
}

/**
 * Sent when an order is cancelled, by the partner or by the platform.
 */
export interface OrderCancelledEvent {
  /**
   * Identifier of the event; the same as the `X-Webhook-Id` header of its deliveries.
   * Deliveries are retried, so the same event may arrive more than once: drop repeats by id.
   */
  id: EventId;
  /**
   * The event type: the value of the event structure's `@webhookEvent` trait.
   */
  type: WebhookEventType;
  /**
   * When the event happened (not when it was delivered; see `X-Webhook-Timestamp`).
   */
  createdAt: DateTime;
  /**
   * The cancelled order.
   */
  data: OrderCancelledData;
}

/**
 * Data of an `order.created` event.
 */
export interface OrderCreatedData {
  /**
   * The order as it was created.
   */
  order: Order;
}

/**
 * Sent when an order is created.
 */
export interface OrderCreatedEvent {
  /**
   * Identifier of the event; the same as the `X-Webhook-Id` header of its deliveries.
   * Deliveries are retried, so the same event may arrive more than once: drop repeats by id.
   */
  id: EventId;
  /**
   * The event type: the value of the event structure's `@webhookEvent` trait.
   */
  type: WebhookEventType;
  /**
   * When the event happened (not when it was delivered; see `X-Webhook-Timestamp`).
   */
  createdAt: DateTime;
  /**
   * The new order.
   */
  data: OrderCreatedData;
}

/**
 * Identifier of an order, for example `ord_8f3kq2m9x7w1`.
 */
export type OrderId = string;

/**
 * Orders.
 */
export type OrderList = Order[];

/**
 * Where an order is in its life. New statuses may be added: treat an unknown one as "in
 * progress".
 */
export type OrderStatus = 'pending' | 'confirmed' | 'fulfilled' | 'cancelled';

/**
 * A set of order statuses, to filter a list by.
 */
export type OrderStatusList = OrderStatus[];

/**
 * How many items a list operation returns at most per page.
 */
export type PageSize = number;

/**
 * Identifier of a partner organisation, for example `ptn_4f8a2c1d9e7b`.
 */
export type PartnerId = string;

/**
 * A person's name (personal data: redacted in logs).
 */
export type PersonName = string;

/**
 * Name of a product as shown in the catalogue, for example `Standard widget`.
 */
export type ProductDescription = string;

/**
 * Number of units of a product in one line item.
 */
export type Quantity = number;

/**
 * Identifier the API gives each request; the same value as the `x-request-id` response header.
 * Quote it when you contact support.
 */
export type RequestId = string;

/**
 * Kind of resource named in an error.
 */
export type ResourceType = 'order' | 'client_secret' | 'webhook_endpoint' | 'user';

/**
 * Seconds a client should wait before retrying.
 */
export type RetryAfterSeconds = number;

/**
 * Which client secret to revoke.
 */
export interface RevokeClientSecretInput {
  /**
   * The client secret's identifier.
   */
  clientSecretId: ClientSecretId;
}

/**
 * The client secret after revocation.
 */
export interface RevokeClientSecretOutput {
  /**
   * The revoked client secret.
   */
  clientSecret: ClientSecret;
}

/**
 * Which endpoint's signing secret to rotate, and how long the old one stays active.
 */
export interface RotateWebhookSigningSecretInput {
  /**
   * The webhook endpoint's identifier.
   */
  webhookEndpointId: WebhookEndpointId;
  /**
   * Makes retries safe: requests with the same key within 24 hours rotate once (and
   * return the same new secret).
   */
  idempotencyKey?: IdempotencyKey;
  /**
   * Hours the previous secret keeps signing deliveries; `0` drops it at once.
   */
  gracePeriodHours?: GracePeriodHours;
}

/**
 * The endpoint after rotation and its new signing secret.
 */
export interface RotateWebhookSigningSecretOutput {
  /**
   * The webhook endpoint, with the rotation times filled in.
   */
  webhookEndpoint: WebhookEndpoint;
  /**
   * The new signing secret. Store it now: the API never shows it again.
   */
  signingSecret: WebhookSigningSecret;
}

/**
 * A route template as written in the API reference, for example `/v1/orders/{orderId}`.
 * Templates, not concrete paths, so audit records hold no identifiers from the URL.
 */
export type RouteTemplate = string;

/**
 * An OAuth 2.0 scope, `<area>:<access>`, for example `commercial:read`.
 */
export type Scope = string;

/**
 * A set of OAuth 2.0 scopes.
 */
export type ScopeList = Scope[];

/**
 * The last four characters of a secret.
 */
export type SecretSuffix = string;

/**
 * Which endpoint to send a test event to.
 */
export interface SendTestWebhookEventInput {
  /**
   * The webhook endpoint's identifier.
   */
  webhookEndpointId: WebhookEndpointId;
}

/**
 * The queued test event.
 */
export interface SendTestWebhookEventOutput {
  /**
   * Identifier of the test event; its deliveries carry it in `X-Webhook-Id`.
   */
  eventId: EventId;
  /**
   * When the event was queued.
   */
  queuedAt: DateTime;
}

/**
 * A stock-keeping unit: the catalogue identifier of a product, for example `WIDGET-001`.
 */
export type Sku = string;

/**
 * A test event, delivered when the partner asks for one with `SendTestWebhookEvent`. Use it to
 * check that the endpoint is reachable and verifies signatures.
 */
export interface TestEvent {
  /**
   * Identifier of the event; the same as the `X-Webhook-Id` header of its deliveries.
   * Deliveries are retried, so the same event may arrive more than once: drop repeats by id.
   */
  id: EventId;
  /**
   * The event type: the value of the event structure's `@webhookEvent` trait.
   */
  type: WebhookEventType;
  /**
   * When the event happened (not when it was delivered; see `X-Webhook-Timestamp`).
   */
  createdAt: DateTime;
  /**
   * Details of the test.
   */
  data: TestEventData;
}

/**
 * Data of a `test` event.
 */
export interface TestEventData {
  /**
   * The endpoint the test was requested for.
   */
  webhookEndpointId: WebhookEndpointId;
  /**
   * A fixed, human-readable line saying this is a test.
   */
  message: string;
}

/**
 * Which order to change, and the new values.
 */
export interface UpdateOrderInput {
  /**
   * The order's identifier.
   */
  orderId: OrderId;
  /**
   * The new reference. It can be replaced but not removed.
   */
  externalReference?: ExternalReference;
  /**
   * The new key-value data, replacing all of the current entries.
   */
  metadata?: Metadata;
}

/**
 * The order after the change.
 */
export interface UpdateOrderOutput {
  /**
   * The changed order.
   */
  order: Order;
}

/**
 * A person with an account in the partner portal, belonging to the caller's partner.
 */
export interface User {
  /**
   * Identifier of the user.
   */
  userId: UserId;
  /**
   * The partner the user belongs to (always the caller's partner).
   */
  partnerId: PartnerId;
  /**
   * The user's email address, also their sign-in name.
   */
  email: EmailAddress;
  /**
   * The user's name as they want it shown.
   */
  displayName: PersonName;
  /**
   * Whether the user can sign in.
   */
  status: UserStatus;
  /**
   * When the account was created.
   */
  createdAt: DateTime;
  /**
   * When the user last signed in; absent if never.
   */
  lastSignedInAt?: DateTime;
}

/**
 * Identifier of a user account, for example `usr_3m8Qz1Lk5v`.
 */
export type UserId = string;

/**
 * Users, newest first.
 */
export type UserList = User[];

/**
 * Whether a user can sign in.
 */
export type UserStatus = 'invited' | 'active' | 'suspended';

/**
 * A URL of the partner's where the API delivers webhook events.
 *
 * Each delivery is signed with the endpoint's signing secret. Right after a rotation the
 * previous secret stays active for a grace period, and deliveries carry one signature per
 * active secret.
 */
export interface WebhookEndpoint {
  /**
   * Identifier of the webhook endpoint.
   */
  webhookEndpointId: WebhookEndpointId;
  /**
   * Where events are delivered.
   */
  url: WebhookUrl;
  /**
   * Description the partner gave the endpoint.
   */
  description?: WebhookEndpointDescription;
  /**
   * The event types delivered to this endpoint. `test` events are delivered on request
   * whether or not they are listed.
   */
  eventTypes: WebhookEventTypeList;
  /**
   * The API version whose event payloads the endpoint receives: the version it was created
   * through. To move an endpoint to a newer version, create a new endpoint through it.
   */
  apiVersion: ApiVersion;
  /**
   * When the endpoint was created.
   */
  createdAt: DateTime;
  /**
   * When the signing secret was last rotated; absent if never.
   */
  signingSecretRotatedAt?: DateTime;
  /**
   * When the previous signing secret stops signing deliveries; present only during the grace
   * period after a rotation.
   */
  previousSigningSecretExpiresAt?: DateTime;
}

/**
 * Description of a webhook endpoint.
 */
export type WebhookEndpointDescription = string;

/**
 * Identifier of a webhook endpoint, for example `whe_5Tq9Lm2Xr8`.
 */
export type WebhookEndpointId = string;

/**
 * Webhook endpoints, newest first.
 */
export type WebhookEndpointList = WebhookEndpoint[];

/**
 * Type of a webhook event. New types may be added: ignore events of a type you do not know.
 */
export type WebhookEventType = 'order.created' | 'order.cancelled' | 'client_secret.expiring' | 'test';

/**
 * A set of webhook event types an endpoint subscribes to.
 */
export type WebhookEventTypeList = WebhookEventType[];

/**
 * The secret deliveries to an endpoint are signed with (HMAC-SHA256 key, used as its UTF-8
 * bytes). Shown once, when it is created or rotated; keep it in a secret store.
 */
export type WebhookSigningSecret = string;

/**
 * An `https` URL that accepts webhook deliveries. Plain `http` is accepted only for loopback
 * hosts (`localhost`, `127.0.0.1`, `[::1]`), for receivers on a developer machine.
 */
export type WebhookUrl = string;
