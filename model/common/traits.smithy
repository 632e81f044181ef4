$version: "2"

// Custom traits of the Platform partner API. Every tool of the pipeline (OpenAPI converter,
// codegen, sandbox, portal) reads these; their meaning is defined here and nowhere else.
namespace example.platform

// ---------------------------------------------------------------------------------------------
// Authorization
// ---------------------------------------------------------------------------------------------

/// The OAuth 2.0 scopes an access token must carry for the operation to be allowed.
///
/// Every listed scope is required (logical AND). A token that lacks any of them gets a
/// `ForbiddenError` with reason `insufficient_scope` and the missing scopes listed. Each scope
/// must be declared in the `scopes` of the `oauth2ClientCredentials` trait of every service that
/// binds the operation.
///
/// Tightening this list (adding a scope to an existing operation) breaks partners whose
/// applications were not granted that scope.
@trait(selector: "operation")
@length(min: 1)
@uniqueItems
list requiredScopes {
    member: Scope
}

/// OAuth 2.0 client credentials grant (RFC 6749 section 4.4): the caller is an application that
/// authenticates with its client id and client secret at the token endpoint and sends the access
/// token it receives as `Authorization: Bearer <token>` (RFC 6750).
///
/// Clients authenticate at the token endpoint with `client_secret_basic` (RFC 6749 section
/// 2.3.1) or `client_secret_post`, and ask for a space-separated `scope` list drawn from
/// `scopes`. The absolute token URL of each environment is in the service's `environments`
/// trait; `tokenPath` is the same path on every environment's token host.
@trait(selector: "service")
@authDefinition
structure oauth2ClientCredentials {
    /// Path of the token endpoint on each environment's token host, for example `/oauth/token`.
    @required
    tokenPath: TokenPath

    /// Every scope the service knows, with a one-line description shown to partners.
    /// `requiredScopes` on the service's operations may only name scopes listed here.
    @required
    scopes: ScopeDescriptions
}

/// An absolute URL path: starts with `/`, no query and no fragment.
@pattern("^/[A-Za-z0-9._~/-]*$")
@length(min: 1, max: 256)
string TokenPath

/// Scope name to its description.
@length(min: 1)
map ScopeDescriptions {
    /// A scope the service's operations may require.
    key: Scope

    /// What a token with this scope may do, as one sentence for the portal and the consent view.
    value: ScopeDescription
}

/// One sentence that says what a scope allows.
@length(min: 1, max: 200)
string ScopeDescription

// ---------------------------------------------------------------------------------------------
// Environments
// ---------------------------------------------------------------------------------------------

/// The environments a service is served from: where to send API calls and where to get tokens.
///
/// SDKs offer the `name`s as the `environment` option and use `baseUrl` and `tokenUrl` of the
/// chosen entry. Names are unique within the list. The first entry is the default production
/// environment.
@trait(selector: "service")
@length(min: 1)
list environments {
    member: Environment
}

/// One environment of a service.
structure Environment {
    /// Identifier of the environment, as passed to the SDK's `environment` option
    /// (for example `prod`, `sandbox`, `local`).
    @required
    name: EnvironmentName

    /// Base URL the operations' `@http` URIs are appended to, without a trailing slash.
    @required
    baseUrl: AbsoluteUrl

    /// Absolute URL of the OAuth 2.0 token endpoint of this environment.
    @required
    tokenUrl: AbsoluteUrl

    /// What the environment is for and what data it holds, shown in the portal.
    @required
    description: EnvironmentDescription
}

/// Lower-case identifier of an environment.
@pattern("^[a-z][a-z0-9-]*$")
@length(min: 1, max: 32)
string EnvironmentName

/// Description of an environment for partners.
@length(min: 1, max: 500)
string EnvironmentDescription

/// An absolute `http` or `https` URL with no query or fragment. Plain `http` is only meant for
/// loopback addresses.
@pattern("^https?://[^\\s/?#]+(/[^\\s?#]*)?$")
@length(min: 8, max: 2048)
string AbsoluteUrl

// ---------------------------------------------------------------------------------------------
// Versioning
// ---------------------------------------------------------------------------------------------

/// Release, deprecation and sunset of the API major version a service belongs to.
///
/// Policy: a major version stays supported for 18 months after its successor's general
/// availability; its sunset date is announced at least 12 months ahead. While deprecated, every
/// response carries `Deprecation` (RFC 9745, from `deprecatedAt`) and `Sunset` (RFC 8594, from
/// `sunsetAt`) headers. After `sunsetAt` every call gets `410` with `ApiVersionRetiredError`
/// naming the successor.
@trait(selector: "service")
structure lifecycle {
    /// The API major version, the `N` in the `/vN/` path prefix and the SDK major that targets it.
    @required
    @range(min: 1)
    major: Integer

    /// When this major version became generally available (RFC 3339).
    @required
    releasedAt: Rfc3339DateTime

    /// When this major version was deprecated (RFC 3339); absent while it is current.
    deprecatedAt: Rfc3339DateTime

    /// When this major version stops answering (RFC 3339); from then on every call is a `410`.
    /// Absent until a sunset has been announced.
    sunsetAt: Rfc3339DateTime

    /// The service of the next major version that replaces this one.
    @idRef(failWhenMissing: true, selector: "service [trait|example.platform#lifecycle]")
    successor: String

    /// Page that publishes the deprecation and sunset policy.
    @required
    policyUrl: AbsoluteUrl
}

/// An RFC 3339 date-time string in UTC or with an offset, for example `2026-06-01T00:00:00Z`.
@pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")
string Rfc3339DateTime

// ---------------------------------------------------------------------------------------------
// Webhooks
// ---------------------------------------------------------------------------------------------

/// Marks a structure as the payload of a webhook event and gives the event's type name, the
/// value of the payload's `type` member (for example `order.created`).
///
/// Event payloads use the `WebhookEventEnvelope` mixin (`id`, `type`, `createdAt`) and add a
/// `data` member. Type names are unique among the events of one API version.
@trait(
    selector: "structure :not([trait|mixin])"
    conflicts: ["smithy.api#error", "smithy.api#input", "smithy.api#output"]
)
@pattern("^[a-z][a-z0-9_]*([.][a-z][a-z0-9_]*)*$")
@length(min: 1, max: 64)
string webhookEvent

/// The webhook events a service delivers to the application's webhook endpoints.
///
/// Deliveries are `POST` requests with the event as a JSON body, signed as described in the
/// webhooks guide (`X-Webhook-Id`, `X-Webhook-Timestamp`, `X-Signature`).
@trait(selector: "service")
@length(min: 1)
@uniqueItems
list webhooks {
    /// A structure marked with `@webhookEvent`.
    @idRef(
        failWhenMissing: true
        selector: "structure [trait|example.platform#webhookEvent]"
        errorMessage: "`webhooks` may only list structures marked with `@webhookEvent`."
    )
    member: String
}
