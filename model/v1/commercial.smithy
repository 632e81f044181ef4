$version: "2"

namespace example.platform.v1

use aws.protocols#restJson1
use example.platform#ApiVersionRetiredError
use example.platform#CancellationReason
use example.platform#ConflictError
use example.platform#CurrencyCode
use example.platform#DateTime
use example.platform#ExternalReference
use example.platform#ForbiddenError
use example.platform#IdempotencyKey
use example.platform#InternalError
use example.platform#Metadata
use example.platform#NotFoundError
use example.platform#Note
use example.platform#OrderId
use example.platform#OrderStatus
use example.platform#OrderStatusList
use example.platform#PageSize
use example.platform#PartnerId
use example.platform#ProductDescription
use example.platform#Quantity
use example.platform#RateLimitedError
use example.platform#ServiceUnavailableError
use example.platform#Sku
use example.platform#UnauthorizedError
use example.platform#ValidationError
use example.platform#WebhookEventEnvelope
use example.platform#environments
use example.platform#lifecycle
use example.platform#oauth2ClientCredentials
use example.platform#requiredScopes
use example.platform#webhookEvent
use example.platform#webhooks

/// Orders of the calling partner: list, read, create and cancel them.
///
/// Every order belongs to the partner of the calling application; another partner's order
/// cannot be seen and is answered with `NotFoundError`.
///
/// Version 1 is deprecated since 2026-06-01 and answers until 2027-12-01; move to version 2.
@title("Platform Commercial API v1")
@restJson1
@oauth2ClientCredentials(
    tokenPath: "/oauth/token"
    scopes: {
        "commercial:read": "Read the partner's orders."
        "commercial:write": "Create and cancel the partner's orders."
    }
)
@auth([oauth2ClientCredentials])
@environments([
    {
        name: "prod"
        baseUrl: "https://api.example.gov"
        tokenUrl: "https://api.example.gov/oauth/token"
        description: "Production: live data of real partners. Use production credentials."
    }
    {
        name: "sandbox"
        baseUrl: "https://api-sandbox.example.gov"
        tokenUrl: "https://api-sandbox.example.gov/oauth/token"
        description: "Hosted sandbox with synthetic data and its own credentials, for development and tests."
    }
    {
        name: "local"
        baseUrl: "http://127.0.0.1:4010"
        tokenUrl: "http://127.0.0.1:4010/oauth/token"
        description: "The sandbox server running on your own machine (`platform-sandbox --port 4010`)."
    }
])
@lifecycle(
    major: 1
    releasedAt: "2024-03-01T00:00:00Z"
    deprecatedAt: "2026-06-01T00:00:00Z"
    sunsetAt: "2027-12-01T00:00:00Z"
    successor: "example.platform.v2#Commercial"
    policyUrl: "https://developer.example.gov/versions/policy"
)
@webhooks([OrderCreatedEvent, OrderCancelledEvent])
service Commercial {
    version: "1.0"
    operations: [
        ListOrders
        GetOrder
        CreateOrder
        CancelOrder
    ]
    errors: [
        UnauthorizedError
        ForbiddenError
        ApiVersionRetiredError
        RateLimitedError
        InternalError
        ServiceUnavailableError
    ]
}

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

/// Lists the partner's orders, newest first, a page at a time.
///
/// Pages are numbered: pass the `nextPage` of a response as `page` to get the next one; it is
/// absent on the last page. Orders created while you page may shift items between pages;
/// filter with `createdBefore` set to the time you started to get a stable listing.
@readonly
@http(method: "GET", uri: "/v1/orders")
@requiredScopes(["commercial:read"])
@paginated(inputToken: "page", outputToken: "nextPage", pageSize: "pageSize", items: "orders")
@tags(["Orders"])
@examples([
    {
        title: "List pending orders"
        documentation: "The first page of the partner's pending orders, two per page."
        input: {
            status: ["pending"]
            pageSize: 2
        }
        output: {
            orders: [
                {
                    orderId: "ord_8f3kq2m9x7w1"
                    partnerId: "ptn_4f8a2c1d9e7b"
                    status: "pending"
                    clientReference: "PO-2026-1142"
                    lineItems: [
                        {
                            sku: "WIDGET-001"
                            description: "Standard widget"
                            quantity: 2
                            unitPriceCents: 1299
                            totalCents: 2598
                        }
                    ]
                    currency: "USD"
                    totalCents: 2598
                    metadata: {}
                    createdAt: "2026-11-20T14:03:12Z"
                    updatedAt: "2026-11-20T14:03:12Z"
                }
                {
                    orderId: "ord_2b7Rk4Wn9pQs"
                    partnerId: "ptn_4f8a2c1d9e7b"
                    status: "pending"
                    lineItems: [
                        {
                            sku: "GADGET-220"
                            description: "Gadget, large"
                            quantity: 1
                            unitPriceCents: 4500
                            totalCents: 4500
                        }
                    ]
                    currency: "USD"
                    totalCents: 4500
                    metadata: {}
                    createdAt: "2026-11-19T09:41:55Z"
                    updatedAt: "2026-11-19T09:41:55Z"
                }
            ]
            nextPage: "2"
            totalCount: 3
        }
    }
    {
        title: "Last page"
        documentation: "Page 2 of the same listing. It is the last page, so it has no `nextPage`."
        input: {
            status: ["pending"]
            pageSize: 2
            page: "2"
        }
        output: {
            orders: [
                {
                    orderId: "ord_7Wd4Hs1Kx9Lm"
                    partnerId: "ptn_4f8a2c1d9e7b"
                    status: "pending"
                    lineItems: [
                        {
                            sku: "WIDGET-001"
                            description: "Standard widget"
                            quantity: 10
                            unitPriceCents: 1299
                            totalCents: 12990
                        }
                    ]
                    currency: "USD"
                    totalCents: 12990
                    metadata: {}
                    createdAt: "2026-11-18T17:20:31Z"
                    updatedAt: "2026-11-18T17:20:31Z"
                }
            ]
            totalCount: 3
        }
    }
    {
        title: "Page size out of range"
        input: {
            pageSize: 500
        }
        error: {
            shapeId: ValidationError
            content: {
                code: "ValidationError"
                message: "pageSize must be between 1 and 100."
                requestId: "req_01JD9Z4K7W3XQ5"
                fieldErrors: [
                    {
                        path: "/pageSize"
                        message: "Must be between 1 and 100; got 500."
                    }
                ]
            }
        }
        allowConstraintErrors: true
    }
])
operation ListOrders {
    input :=
        /// Which orders to list, and which page.
        {
            /// The page to return, from the previous response's `nextPage`; the first page when
            /// absent.
            @httpQuery("page")
            page: PageToken

            /// How many orders a page holds at most.
            @httpQuery("pageSize")
            pageSize: PageSize = 20

            /// Only orders in one of these statuses; all statuses when absent. Repeat the query
            /// parameter for several: `status=pending&status=confirmed`.
            @httpQuery("status")
            status: OrderStatusList

            /// Only orders created at or after this time.
            @httpQuery("createdAfter")
            createdAfter: DateTime

            /// Only orders created before this time.
            @httpQuery("createdBefore")
            createdBefore: DateTime
        }

    output :=
        /// One page of orders.
        {
            /// The orders of this page, newest first; empty when nothing matches.
            @required
            orders: OrderList

            /// The `page` to ask for next; absent on the last page.
            nextPage: PageToken

            /// How many orders match the filters over all pages.
            @required
            totalCount: TotalCount
        }

    errors: [
        ValidationError
    ]
}

/// Gets one of the partner's orders.
@readonly
@http(method: "GET", uri: "/v1/orders/{orderId}")
@requiredScopes(["commercial:read"])
@tags(["Orders"])
@examples([
    {
        title: "Get an order"
        input: {
            orderId: "ord_8f3kq2m9x7w1"
        }
        output: {
            order: {
                orderId: "ord_8f3kq2m9x7w1"
                partnerId: "ptn_4f8a2c1d9e7b"
                status: "confirmed"
                clientReference: "PO-2026-1142"
                lineItems: [
                    {
                        sku: "WIDGET-001"
                        description: "Standard widget"
                        quantity: 2
                        unitPriceCents: 1299
                        totalCents: 2598
                    }
                ]
                currency: "USD"
                totalCents: 2598
                metadata: {
                    crmId: "4471"
                }
                createdAt: "2026-11-20T14:03:12Z"
                updatedAt: "2026-11-20T15:10:00Z"
            }
        }
    }
    {
        title: "Order of another partner, or no such order"
        input: {
            orderId: "ord_0000000000000"
        }
        error: {
            shapeId: NotFoundError
            content: {
                code: "NotFoundError"
                message: "No order ord_0000000000000."
                requestId: "req_01JD9Z5A2M8RT1"
                resourceType: "order"
                resourceId: "ord_0000000000000"
            }
        }
    }
])
operation GetOrder {
    input :=
        /// Which order to get.
        {
            /// The order's identifier.
            @required
            @httpLabel
            orderId: OrderId
        }

    output :=
        /// The order.
        {
            /// The order.
            @required
            order: Order
        }

    errors: [
        ValidationError
        NotFoundError
    ]
}

/// Places an order. Prices come from the catalogue in the requested currency; the order starts
/// `pending` and an `order.created` webhook event is sent.
///
/// Send an `Idempotency-Key` so that a retry after a lost response cannot place the order
/// twice (the SDK does this for you).
@http(method: "POST", uri: "/v1/orders", code: 201)
@requiredScopes(["commercial:write"])
@tags(["Orders"])
@examples([
    {
        title: "Create an order"
        input: {
            idempotencyKey: "8e0f5c8a-3f7c-4d0e-9a57-2f1f3c1b6d42"
            clientReference: "PO-2026-1142"
            currency: "USD"
            lineItems: [
                {
                    sku: "WIDGET-001"
                    quantity: 2
                }
            ]
            metadata: {
                crmId: "4471"
            }
        }
        output: {
            order: {
                orderId: "ord_8f3kq2m9x7w1"
                partnerId: "ptn_4f8a2c1d9e7b"
                status: "pending"
                clientReference: "PO-2026-1142"
                lineItems: [
                    {
                        sku: "WIDGET-001"
                        description: "Standard widget"
                        quantity: 2
                        unitPriceCents: 1299
                        totalCents: 2598
                    }
                ]
                currency: "USD"
                totalCents: 2598
                metadata: {
                    crmId: "4471"
                }
                createdAt: "2026-11-20T14:03:12Z"
                updatedAt: "2026-11-20T14:03:12Z"
            }
        }
    }
    {
        title: "Unknown product"
        input: {
            idempotencyKey: "0b7e2a8c-9d4f-4a51-8c1e-5f2d7b3a9e60"
            currency: "USD"
            lineItems: [
                {
                    sku: "NO-SUCH-SKU"
                    quantity: 1
                }
            ]
        }
        error: {
            shapeId: ValidationError
            content: {
                code: "ValidationError"
                message: "The order has 1 invalid line item."
                requestId: "req_01JD9Z6C4N1VW7"
                fieldErrors: [
                    {
                        path: "/lineItems/0/sku"
                        message: "No product with SKU NO-SUCH-SKU is sold in USD."
                    }
                ]
            }
        }
    }
])
operation CreateOrder {
    input :=
        /// The order to place.
        {
            /// Makes retries safe: requests with the same key within 24 hours place one order.
            @httpHeader("Idempotency-Key")
            @idempotencyToken
            idempotencyKey: IdempotencyKey

            /// Your own reference for the order, for example your purchase-order number.
            clientReference: ExternalReference

            /// Currency the order is priced and paid in.
            @required
            currency: CurrencyCode

            /// What to order: 1 to 100 lines, each SKU at most once.
            @required
            lineItems: NewLineItemList

            /// Your own key-value data to keep with the order.
            metadata: Metadata
        }

    output :=
        /// The order that was placed.
        {
            /// The new order.
            @required
            order: Order
        }

    errors: [
        ValidationError
        ConflictError
    ]
}

/// Cancels an order that is `pending` or `confirmed` and sends an `order.cancelled` webhook
/// event. Cancelling an order that is already cancelled changes nothing and returns it;
/// cancelling a fulfilled order is a `ConflictError`.
@idempotent
@http(method: "POST", uri: "/v1/orders/{orderId}/cancel")
@requiredScopes(["commercial:write"])
@tags(["Orders"])
@examples([
    {
        title: "Cancel an order"
        input: {
            orderId: "ord_8f3kq2m9x7w1"
            reason: "requested_by_customer"
        }
        output: {
            order: {
                orderId: "ord_8f3kq2m9x7w1"
                partnerId: "ptn_4f8a2c1d9e7b"
                status: "cancelled"
                clientReference: "PO-2026-1142"
                lineItems: [
                    {
                        sku: "WIDGET-001"
                        description: "Standard widget"
                        quantity: 2
                        unitPriceCents: 1299
                        totalCents: 2598
                    }
                ]
                currency: "USD"
                totalCents: 2598
                metadata: {}
                createdAt: "2026-11-20T14:03:12Z"
                updatedAt: "2026-11-21T08:30:00Z"
                cancelledAt: "2026-11-21T08:30:00Z"
                cancellationReason: "requested_by_customer"
            }
        }
    }
    {
        title: "Order already fulfilled"
        input: {
            orderId: "ord_5Hc8Jm3Tq6Zy"
        }
        error: {
            shapeId: ConflictError
            content: {
                code: "ConflictError"
                message: "Order ord_5Hc8Jm3Tq6Zy is fulfilled and can no longer be cancelled."
                requestId: "req_01JD9Z7D5P2XY8"
                reason: "order_state"
            }
        }
    }
])
operation CancelOrder {
    input :=
        /// Which order to cancel, and why.
        {
            /// The order's identifier.
            @required
            @httpLabel
            orderId: OrderId

            /// Why the order is cancelled; `other` when absent.
            reason: CancellationReason

            /// Free-form explanation kept with the order.
            note: Note
        }

    output :=
        /// The order after cancellation.
        {
            /// The cancelled order.
            @required
            order: Order
        }

    errors: [
        ValidationError
        NotFoundError
        ConflictError
    ]
}

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

/// An order of the partner. Amounts are integers in the currency's minor unit (version 2
/// writes them as `Money`).
structure Order {
    /// Identifier of the order.
    @required
    orderId: OrderId

    /// The partner the order belongs to (always the caller's partner).
    @required
    partnerId: PartnerId

    /// Where the order is in its life.
    @required
    status: OrderStatus

    /// The partner's own reference for the order, as given at creation. Version 2 calls it
    /// `externalReference`.
    clientReference: ExternalReference

    /// What was ordered, in the order given at creation.
    @required
    lineItems: LineItemList

    /// Currency of every amount of the order.
    @required
    currency: CurrencyCode

    /// Sum of the line items' `totalCents`, in minor units of `currency`.
    @required
    totalCents: MinorUnits

    /// The partner's key-value data; empty when none was given.
    @required
    metadata: Metadata

    /// When the order was placed.
    @required
    createdAt: DateTime

    /// When the order last changed.
    @required
    updatedAt: DateTime

    /// When the order was cancelled; present only with status `cancelled`.
    cancelledAt: DateTime

    /// Why the order was cancelled; present only with status `cancelled`.
    cancellationReason: CancellationReason
}

/// Orders.
list OrderList {
    member: Order
}

/// One line of an order: a product, how many, and its price.
structure LineItem {
    /// The product.
    @required
    sku: Sku

    /// The product's name in the catalogue at the time of the order.
    @required
    description: ProductDescription

    /// Units ordered.
    @required
    quantity: Quantity

    /// Price of one unit, in minor units of the order's currency.
    @required
    unitPriceCents: MinorUnits

    /// `unitPriceCents` times `quantity`.
    @required
    totalCents: MinorUnits
}

/// Lines of an order.
list LineItemList {
    member: LineItem
}

/// A line of a new order: which product, and how many.
structure NewLineItem {
    /// The product to order.
    @required
    sku: Sku

    /// Units to order.
    @required
    quantity: Quantity
}

/// Lines of a new order.
@length(min: 1, max: 100)
list NewLineItemList {
    member: NewLineItem
}

/// An amount as a whole number of the currency's minor unit: cents for USD, EUR, GBP, CAD and
/// AUD, whole yen for JPY (which has no minor unit). At most 2^53 - 1, so it is exact in
/// JavaScript.
@range(min: 0, max: 9007199254740991)
long MinorUnits

// ---------------------------------------------------------------------------------------------
// Webhook events
// ---------------------------------------------------------------------------------------------

/// Sent when an order is created.
@webhookEvent("order.created")
structure OrderCreatedEvent with [WebhookEventEnvelope] {
    /// The new order.
    @required
    data: OrderCreatedData
}

/// Data of an `order.created` event.
structure OrderCreatedData {
    /// The order as it was created.
    @required
    order: Order
}

/// Sent when an order is cancelled, by the partner or by the platform.
@webhookEvent("order.cancelled")
structure OrderCancelledEvent with [WebhookEventEnvelope] {
    /// The cancelled order.
    @required
    data: OrderCancelledData
}

/// Data of an `order.cancelled` event.
structure OrderCancelledData {
    /// The order after cancellation.
    @required
    order: Order
}
