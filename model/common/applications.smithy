$version: "2"

// Self-service resources of an application (its record, client secrets, webhook endpoints,
// audit trail). They are the same in every API version so far; only the operations around them
// (paging in particular) differ.
namespace example.platform

// ---------------------------------------------------------------------------------------------
// Application
// ---------------------------------------------------------------------------------------------

/// An application: the API client a partner registered. Partners call the API as applications,
/// never as people.
structure Application {
    /// Identifier of the application.
    @required
    applicationId: ApplicationId

    /// The partner that owns the application.
    @required
    partnerId: PartnerId

    /// The OAuth 2.0 client id the application authenticates with.
    @required
    clientId: ClientId

    /// Name the partner gave the application.
    @required
    name: ApplicationName

    /// Whether the application may call the API.
    @required
    status: ApplicationStatus

    /// Scopes granted to the application: the most a token of this application can carry.
    @required
    scopes: ScopeList

    /// When the application was registered.
    @required
    createdAt: DateTime
}

/// Name of an application.
@length(min: 1, max: 100)
string ApplicationName

/// Whether an application may call the API.
enum ApplicationStatus {
    /// The application can get tokens and call the API.
    ACTIVE = "active"

    /// The platform suspended the application; its calls get `ForbiddenError` with reason
    /// `application_suspended`.
    SUSPENDED = "suspended"
}

// ---------------------------------------------------------------------------------------------
// Client secrets
// ---------------------------------------------------------------------------------------------

/// A client secret of the application, without the secret itself (the API shows that only once,
/// when the secret is created). An application has at most two active secrets, so it can rotate
/// without downtime: create a new one, deploy it, then revoke the old one.
structure ClientSecret {
    /// Identifier of the client secret.
    @required
    clientSecretId: ClientSecretId

    /// Label the partner gave the secret, for example where it is deployed.
    label: ClientSecretLabel

    /// Whether the secret can still be used at the token endpoint.
    @required
    status: ClientSecretStatus

    /// The last four characters of the secret, to tell secrets apart.
    @required
    secretSuffix: SecretSuffix

    /// When the secret was created.
    @required
    createdAt: DateTime

    /// When the secret stops working. A `client_secret.expiring` webhook event is sent 14 days
    /// before.
    @required
    expiresAt: DateTime

    /// When the secret was revoked; present only with status `revoked`.
    revokedAt: DateTime

    /// When the secret was last used to get a token, to the nearest hour; absent if never.
    lastUsedAt: DateTime
}

/// Client secrets, newest first.
list ClientSecretList {
    member: ClientSecret
}

/// Whether a client secret can be used.
enum ClientSecretStatus {
    /// Can be used at the token endpoint.
    ACTIVE = "active"

    /// Revoked by the partner; can no longer be used.
    REVOKED = "revoked"

    /// Passed its expiry time; can no longer be used.
    EXPIRED = "expired"
}

/// Label of a client secret.
@length(min: 1, max: 100)
string ClientSecretLabel

/// The value of a client secret. Shown once, when it is created; the API stores only a hash.
/// Keep it in a secret store, never in source code or logs.
@sensitive
@length(min: 32, max: 256)
string ClientSecretValue

/// The last four characters of a secret.
@length(min: 4, max: 4)
string SecretSuffix

/// Lifetime of a new client secret, in days.
@range(min: 1, max: 730)
integer ExpiresInDays

// ---------------------------------------------------------------------------------------------
// Webhook endpoints
// ---------------------------------------------------------------------------------------------

/// A URL of the partner's where the API delivers webhook events.
///
/// Each delivery is signed with the endpoint's signing secret. Right after a rotation the
/// previous secret stays active for a grace period, and deliveries carry one signature per
/// active secret.
structure WebhookEndpoint {
    /// Identifier of the webhook endpoint.
    @required
    webhookEndpointId: WebhookEndpointId

    /// Where events are delivered.
    @required
    url: WebhookUrl

    /// Description the partner gave the endpoint.
    description: WebhookEndpointDescription

    /// The event types delivered to this endpoint. `test` events are delivered on request
    /// whether or not they are listed.
    @required
    eventTypes: WebhookEventTypeList

    /// The API version whose event payloads the endpoint receives: the version it was created
    /// through. To move an endpoint to a newer version, create a new endpoint through it.
    @required
    apiVersion: ApiVersion

    /// When the endpoint was created.
    @required
    createdAt: DateTime

    /// When the signing secret was last rotated; absent if never.
    signingSecretRotatedAt: DateTime

    /// When the previous signing secret stops signing deliveries; present only during the grace
    /// period after a rotation.
    previousSigningSecretExpiresAt: DateTime
}

/// Webhook endpoints, newest first.
list WebhookEndpointList {
    member: WebhookEndpoint
}

/// An `https` URL that accepts webhook deliveries. Plain `http` is accepted only for loopback
/// hosts (`localhost`, `127.0.0.1`, `[::1]`), for receivers on a developer machine.
@pattern("^(https://[^\\s/?#]+|http://(localhost|127[.]0[.]0[.]1|\\[::1\\])(:[0-9]{1,5})?)(/[^\\s#]*)?$")
@length(min: 10, max: 2048)
string WebhookUrl

/// Description of a webhook endpoint.
@length(min: 1, max: 200)
string WebhookEndpointDescription

/// The secret deliveries to an endpoint are signed with (HMAC-SHA256 key, used as its UTF-8
/// bytes). Shown once, when it is created or rotated; keep it in a secret store.
@sensitive
@length(min: 32, max: 256)
string WebhookSigningSecret

/// How long the previous signing secret keeps signing deliveries after a rotation, in hours.
/// `0` stops it at once (for a leaked secret).
@range(min: 0, max: 168)
integer GracePeriodHours

// ---------------------------------------------------------------------------------------------
// Audit events
// ---------------------------------------------------------------------------------------------

/// One request the application made, as recorded for its own audit trail. Kept for 90 days.
structure AuditEvent {
    /// Identifier of the audit event.
    @required
    auditEventId: AuditEventId

    /// The application that made the request.
    @required
    applicationId: ApplicationId

    /// The operation called; absent when the request matched no operation.
    operation: OperationName

    /// HTTP method of the request.
    @required
    method: HttpMethod

    /// The route template the request matched, or its path with identifiers replaced by
    /// `{id}` when it matched none.
    @required
    route: RouteTemplate

    /// The scopes the operation requires (empty for the token endpoint and unmatched routes).
    @required
    scopes: ScopeList

    /// How the request ended.
    @required
    result: AuditResult

    /// HTTP status code of the response.
    @required
    statusCode: HttpStatusCode

    /// Identifier of the request, as in its `x-request-id` response header.
    @required
    requestId: RequestId

    /// When the request was received.
    @required
    occurredAt: DateTime
}

/// Audit events, newest first.
list AuditEventList {
    member: AuditEvent
}

/// How a request ended.
enum AuditResult {
    /// A 2xx response.
    SUCCESS = "success"

    /// Refused by authentication or authorization (401 or 403).
    DENIED = "denied"

    /// Any other 4xx response.
    CLIENT_ERROR = "client_error"

    /// A 5xx response.
    SERVER_ERROR = "server_error"
}
