$version: "2"

// Webhook event envelope and the events that are the same in every API version. Order events
// carry an order and so are defined per version.
namespace example.platform

/// Members of every webhook event: the envelope around the event's `data`.
@mixin
structure WebhookEventEnvelope {
    /// Identifier of the event; the same as the `X-Webhook-Id` header of its deliveries.
    /// Deliveries are retried, so the same event may arrive more than once: drop repeats by id.
    @required
    id: EventId

    /// The event type: the value of the event structure's `@webhookEvent` trait.
    @required
    type: WebhookEventType

    /// When the event happened (not when it was delivered; see `X-Webhook-Timestamp`).
    @required
    createdAt: DateTime
}

/// Type of a webhook event. New types may be added: ignore events of a type you do not know.
enum WebhookEventType {
    /// An order was created.
    ORDER_CREATED = "order.created"

    /// An order was cancelled.
    ORDER_CANCELLED = "order.cancelled"

    /// A client secret of the application expires in 14 days.
    CLIENT_SECRET_EXPIRING = "client_secret.expiring"

    /// A test event, sent on request to check an endpoint.
    TEST = "test"
}

/// A set of webhook event types an endpoint subscribes to.
@length(min: 1)
@uniqueItems
list WebhookEventTypeList {
    member: WebhookEventType
}

/// Sent 14 days before a client secret of the application expires, so it can be rotated in
/// time.
@webhookEvent("client_secret.expiring")
structure ClientSecretExpiringEvent with [WebhookEventEnvelope] {
    /// The secret that is about to expire.
    @required
    data: ClientSecretExpiringData
}

/// Data of a `client_secret.expiring` event.
structure ClientSecretExpiringData {
    /// The application whose secret expires.
    @required
    applicationId: ApplicationId

    /// The secret that expires (never its value).
    @required
    clientSecret: ClientSecret
}

/// A test event, delivered when the partner asks for one with `SendTestWebhookEvent`. Use it to
/// check that the endpoint is reachable and verifies signatures.
@webhookEvent("test")
structure TestEvent with [WebhookEventEnvelope] {
    /// Details of the test.
    @required
    data: TestEventData
}

/// Data of a `test` event.
structure TestEventData {
    /// The endpoint the test was requested for.
    @required
    webhookEndpointId: WebhookEndpointId

    /// A fixed, human-readable line saying this is a test.
    @required
    message: String
}
