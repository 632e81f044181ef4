$version: "2"

// Errors shared by every API version. Each error response has a JSON body whose `code` is the
// error shape's name, so clients can tell errors apart without parsing messages.
namespace example.platform

/// Members every error response body has.
@mixin
structure ErrorMixin {
    /// Stable machine-readable error code: the name of the error shape, for example
    /// `NotFoundError`. Branch on this, never on `message`.
    @required
    code: String

    /// Human-readable explanation for the developer, in English. Its wording may change at any
    /// time.
    @required
    message: String

    /// Identifier of the request that failed; the same value as the `x-request-id` response
    /// header.
    @required
    requestId: RequestId
}

/// The request is malformed or breaks a constraint of the model: a missing required member, a
/// value out of range, an unknown enum value, a pattern mismatch, an invalid or expired page
/// token, or a body that is not valid JSON. Fix the request before sending it again; retrying
/// it unchanged fails the same way.
@error("client")
@httpError(400)
structure ValidationError with [ErrorMixin] {
    /// One entry per offending input member. Empty when the problem is not tied to a member
    /// (for example, a body that is not JSON).
    @required
    fieldErrors: FieldErrorList
}

/// Problems with a request, one per offending input member.
list FieldErrorList {
    member: FieldError
}

/// What is wrong with one input member.
structure FieldError {
    /// JSON Pointer (RFC 6901) to the member in the operation's input, whether the member is
    /// sent in the body, the query string, a header or the path: `/lineItems/0/quantity`,
    /// `/pageSize`, `/orderId`.
    @required
    path: String

    /// What is wrong with the value and what is allowed instead.
    @required
    message: String
}

/// The request carries no access token, or one that is malformed, expired or revoked. Get a new
/// token from the token endpoint and send the request again once; a second 401 means the
/// client credentials themselves are wrong or revoked.
@error("client")
@httpError(401)
structure UnauthorizedError with [ErrorMixin] {}

/// The caller is authenticated but may not perform this operation.
@error("client")
@httpError(403)
structure ForbiddenError with [ErrorMixin] {
    /// Why the call was refused.
    @required
    reason: ForbiddenReason

    /// With reason `insufficient_scope`: the scopes the operation requires that the access token
    /// does not carry. Ask for them when requesting the token (they must have been granted to
    /// the application).
    missingScopes: ScopeList
}

/// Why a call was refused.
enum ForbiddenReason {
    /// The access token lacks scopes the operation requires; see `missingScopes`.
    INSUFFICIENT_SCOPE = "insufficient_scope"

    /// The operation is reserved for people signed in to the partner portal; applications can
    /// never perform it, whatever their scopes.
    HUMAN_ONLY = "human_only"

    /// The application has been suspended by the platform; contact support.
    APPLICATION_SUSPENDED = "application_suspended"
}

/// The resource does not exist, or it belongs to another partner (the API does not reveal
/// which).
@error("client")
@httpError(404)
structure NotFoundError with [ErrorMixin] {
    /// Kind of resource that was not found, for example `order`.
    resourceType: ResourceType

    /// The identifier that was looked up, as sent.
    resourceId: String
}

/// Kind of resource named in an error.
enum ResourceType {
    /// An order.
    ORDER = "order"

    /// A client secret of the application.
    CLIENT_SECRET = "client_secret"

    /// A webhook endpoint of the application.
    WEBHOOK_ENDPOINT = "webhook_endpoint"

    /// A user account.
    USER = "user"
}

/// The request conflicts with the current state of a resource or with an earlier request.
/// Sending it again unchanged fails the same way until that state changes.
@error("client")
@httpError(409)
structure ConflictError with [ErrorMixin] {
    /// Which conflict occurred.
    @required
    reason: ConflictReason
}

/// Which conflict occurred.
enum ConflictReason {
    /// The order's status does not allow the change (for example, cancelling a fulfilled
    /// order).
    ORDER_STATE = "order_state"

    /// The application already has two active client secrets; revoke one before creating
    /// another.
    CLIENT_SECRET_LIMIT = "client_secret_limit"

    /// Revoking this secret would leave the application without an active client secret.
    LAST_ACTIVE_CLIENT_SECRET = "last_active_client_secret"

    /// The `Idempotency-Key` was already used with a different request.
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"

    /// A request with the same `Idempotency-Key` is still being processed; retry later.
    IDEMPOTENCY_KEY_IN_PROGRESS = "idempotency_key_in_progress"
}

/// The resource existed but has been deleted for good; it will not come back. Distinct from
/// `ApiVersionRetiredError`, which is also a `410` but concerns the whole API version.
@error("client")
@httpError(410)
structure GoneError with [ErrorMixin] {
    /// Kind of resource that is gone.
    @required
    resourceType: ResourceType

    /// The identifier that was looked up, as sent.
    @required
    resourceId: String

    /// When the resource was deleted, if known.
    deletedAt: DateTime
}

/// The API version in the request path has passed its sunset date and no longer answers.
/// Move to the successor version (the SDK major of the same number).
@error("client")
@httpError(410)
structure ApiVersionRetiredError with [ErrorMixin] {
    /// The retired version, for example `v1`.
    @required
    retiredVersion: ApiVersion

    /// The version that replaces it, for example `v2`.
    @required
    successorVersion: ApiVersion

    /// When the version was retired.
    @required
    retiredAt: DateTime

    /// Guide for moving to the successor version.
    @required
    migrationGuideUrl: AbsoluteUrl
}

/// An API major version as written in the path, for example `v2`.
@pattern("^v[1-9][0-9]*$")
string ApiVersion

/// The application sent more requests than its rate limit allows. Wait `retryAfterSeconds`
/// before sending again.
@error("client")
@httpError(429)
@retryable(throttling: true)
structure RateLimitedError with [ErrorMixin] {
    /// Seconds to wait before the next request, from the `Retry-After` header (always
    /// delta-seconds, never an HTTP date).
    @required
    @httpHeader("Retry-After")
    retryAfterSeconds: RetryAfterSeconds
}

/// Seconds a client should wait before retrying.
@range(min: 0, max: 86400)
integer RetryAfterSeconds

/// The API failed unexpectedly. Retrying is safe for idempotent operations and for requests
/// with an `Idempotency-Key`; if it persists, contact support with the `requestId`.
@error("server")
@httpError(500)
@retryable
structure InternalError with [ErrorMixin] {}

/// The API is temporarily unavailable (maintenance or overload). Retry later, after
/// `retryAfterSeconds` when present.
@error("server")
@httpError(503)
@retryable
structure ServiceUnavailableError with [ErrorMixin] {
    /// Seconds to wait before retrying, from the `Retry-After` header, when the API knows.
    @httpHeader("Retry-After")
    retryAfterSeconds: RetryAfterSeconds
}
