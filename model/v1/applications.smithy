$version: "2"

namespace example.platform.v1

use aws.protocols#restJson1
use example.platform#ApiVersionRetiredError
use example.platform#Application
use example.platform#AuditEventList
use example.platform#AuditResult
use example.platform#ClientSecret
use example.platform#ClientSecretExpiringEvent
use example.platform#ClientSecretId
use example.platform#ClientSecretLabel
use example.platform#ClientSecretList
use example.platform#ClientSecretValue
use example.platform#ConflictError
use example.platform#DateTime
use example.platform#EventId
use example.platform#ExpiresInDays
use example.platform#ForbiddenError
use example.platform#GracePeriodHours
use example.platform#IdempotencyKey
use example.platform#InternalError
use example.platform#NotFoundError
use example.platform#PageSize
use example.platform#RateLimitedError
use example.platform#ServiceUnavailableError
use example.platform#TestEvent
use example.platform#UnauthorizedError
use example.platform#ValidationError
use example.platform#WebhookEndpoint
use example.platform#WebhookEndpointDescription
use example.platform#WebhookEndpointId
use example.platform#WebhookEndpointList
use example.platform#WebhookEventTypeList
use example.platform#WebhookSigningSecret
use example.platform#WebhookUrl
use example.platform#environments
use example.platform#lifecycle
use example.platform#oauth2ClientCredentials
use example.platform#requiredScopes
use example.platform#webhooks

/// Self-service for the calling application: its record, its client secrets, its webhook
/// endpoints and its audit trail. An application only ever sees and changes its own.
///
/// Version 1 is deprecated since 2026-06-01 and answers until 2027-12-01; move to version 2.
@title("Platform Applications API v1")
@restJson1
@oauth2ClientCredentials(
    tokenPath: "/oauth/token"
    scopes: {
        "applications:read": "Read the application, its client secrets, webhook endpoints and audit events."
        "applications:write": "Create and revoke client secrets; create, delete, rotate and test webhook endpoints."
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
    successor: "example.platform.v2#Applications"
    policyUrl: "https://developer.example.gov/versions/policy"
)
@webhooks([ClientSecretExpiringEvent, TestEvent])
service Applications {
    version: "1.0"
    operations: [
        GetApplication
        ListClientSecrets
        CreateClientSecret
        RevokeClientSecret
        ListWebhookEndpoints
        CreateWebhookEndpoint
        GetWebhookEndpoint
        DeleteWebhookEndpoint
        RotateWebhookSigningSecret
        SendTestWebhookEvent
        ListAuditEvents
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
// Application
// ---------------------------------------------------------------------------------------------

/// Gets the calling application: its identity, status and granted scopes.
@readonly
@http(method: "GET", uri: "/v1/application")
@requiredScopes(["applications:read"])
@tags(["Application"])
@examples([
    {
        title: "Get the calling application"
        input: {}
        output: {
            application: {
                applicationId: "app_7Hq2Lm9Xw3"
                partnerId: "ptn_4f8a2c1d9e7b"
                clientId: "cli_7Hq2Lm9Xw3pR"
                name: "Acme order sync"
                status: "active"
                scopes: ["commercial:read", "commercial:write", "applications:read", "applications:write", "users:read"]
                createdAt: "2025-02-10T12:00:00Z"
            }
        }
    }
])
operation GetApplication {
    input :=
        /// No parameters: the application is the caller.
        {}

    output :=
        /// The calling application.
        {
            /// The calling application.
            @required
            application: Application
        }
}

// ---------------------------------------------------------------------------------------------
// Client secrets
// ---------------------------------------------------------------------------------------------

/// Lists the application's client secrets (never their values), newest first, including
/// revoked and expired ones from the last 90 days.
@readonly
@http(method: "GET", uri: "/v1/application/client-secrets")
@requiredScopes(["applications:read"])
@paginated(inputToken: "page", outputToken: "nextPage", pageSize: "pageSize", items: "clientSecrets")
@tags(["Client secrets"])
@examples([
    {
        title: "List client secrets"
        input: {}
        output: {
            clientSecrets: [
                {
                    clientSecretId: "cs_2Vn8Rt5Yq1"
                    label: "production"
                    status: "active"
                    secretSuffix: "Q2x9"
                    createdAt: "2026-05-01T10:00:00Z"
                    expiresAt: "2027-05-01T10:00:00Z"
                    lastUsedAt: "2026-11-20T14:00:00Z"
                }
            ]
            totalCount: 1
        }
    }
])
operation ListClientSecrets {
    input :=
        /// Which page of client secrets to list.
        {
            /// The page to return, from the previous response's `nextPage`; the first page when
            /// absent.
            @httpQuery("page")
            page: PageToken

            /// How many client secrets a page holds at most.
            @httpQuery("pageSize")
            pageSize: PageSize = 20
        }

    output :=
        /// One page of client secrets.
        {
            /// The client secrets of this page, newest first.
            @required
            clientSecrets: ClientSecretList

            /// The `page` to ask for next; absent on the last page.
            nextPage: PageToken

            /// How many client secrets there are over all pages.
            @required
            totalCount: TotalCount
        }

    errors: [
        ValidationError
    ]
}

/// Creates a client secret and returns its value, the only time the API shows it.
///
/// An application has at most two active client secrets; creating a third is a
/// `ConflictError` with reason `client_secret_limit`. To rotate: create a new secret, deploy
/// it, then revoke the old one.
@http(method: "POST", uri: "/v1/application/client-secrets", code: 201)
@requiredScopes(["applications:write"])
@tags(["Client secrets"])
@examples([
    {
        title: "Create a client secret"
        input: {
            idempotencyKey: "5d1c9a7e-2b4f-4e8a-9c3d-7f6e5a4b3c2d"
            label: "production-2027"
            expiresInDays: 365
        }
        output: {
            clientSecret: {
                clientSecretId: "cs_8Kp3Wz6Nd4"
                label: "production-2027"
                status: "active"
                secretSuffix: "R7m4"
                createdAt: "2026-11-20T16:00:00Z"
                expiresAt: "2027-11-20T16:00:00Z"
            }
            secret: "EXAMPLEONLY.k3Jd8sLq0ZxWv5Rt7Yb2Nc4Mh6Gf9PaR7m4"
        }
    }
    {
        title: "Two active secrets already"
        input: {
            idempotencyKey: "c2a4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e8f"
        }
        error: {
            shapeId: ConflictError
            content: {
                code: "ConflictError"
                message: "The application already has 2 active client secrets; revoke one first."
                requestId: "req_01JD9Z8E6Q3ZA9"
                reason: "client_secret_limit"
            }
        }
    }
])
operation CreateClientSecret {
    input :=
        /// The client secret to create.
        {
            /// Makes retries safe: requests with the same key within 24 hours create one secret
            /// (and return the same value).
            @httpHeader("Idempotency-Key")
            @idempotencyToken
            idempotencyKey: IdempotencyKey

            /// A label to tell the secret apart, for example where it is deployed.
            label: ClientSecretLabel

            /// Days until the secret expires.
            expiresInDays: ExpiresInDays = 365
        }

    output :=
        /// The new client secret and its value.
        {
            /// The new client secret.
            @required
            clientSecret: ClientSecret

            /// The secret's value. Store it now: the API never shows it again.
            @required
            secret: ClientSecretValue
        }

    errors: [
        ValidationError
        ConflictError
    ]
}

/// Revokes a client secret at once: tokens can no longer be requested with it (tokens already
/// issued with it stay valid until they expire). Revoking a revoked or expired
/// secret changes nothing and returns it. Revoking the application's last active secret is a
/// `ConflictError` with reason `last_active_client_secret`.
@idempotent
@http(method: "POST", uri: "/v1/application/client-secrets/{clientSecretId}/revoke")
@requiredScopes(["applications:write"])
@tags(["Client secrets"])
@examples([
    {
        title: "Revoke a client secret"
        input: {
            clientSecretId: "cs_2Vn8Rt5Yq1"
        }
        output: {
            clientSecret: {
                clientSecretId: "cs_2Vn8Rt5Yq1"
                label: "production"
                status: "revoked"
                secretSuffix: "Q2x9"
                createdAt: "2026-05-01T10:00:00Z"
                expiresAt: "2027-05-01T10:00:00Z"
                revokedAt: "2026-11-21T09:00:00Z"
                lastUsedAt: "2026-11-20T14:00:00Z"
            }
        }
    }
    {
        title: "Last active secret"
        input: {
            clientSecretId: "cs_8Kp3Wz6Nd4"
        }
        error: {
            shapeId: ConflictError
            content: {
                code: "ConflictError"
                message: "cs_8Kp3Wz6Nd4 is the application's only active client secret."
                requestId: "req_01JD9Z9F7R4AB0"
                reason: "last_active_client_secret"
            }
        }
    }
])
operation RevokeClientSecret {
    input :=
        /// Which client secret to revoke.
        {
            /// The client secret's identifier.
            @required
            @httpLabel
            clientSecretId: ClientSecretId
        }

    output :=
        /// The client secret after revocation.
        {
            /// The revoked client secret.
            @required
            clientSecret: ClientSecret
        }

    errors: [
        ValidationError
        NotFoundError
        ConflictError
    ]
}

// ---------------------------------------------------------------------------------------------
// Webhook endpoints
// ---------------------------------------------------------------------------------------------

/// Lists the application's webhook endpoints, newest first.
@readonly
@http(method: "GET", uri: "/v1/application/webhook-endpoints")
@requiredScopes(["applications:read"])
@paginated(inputToken: "page", outputToken: "nextPage", pageSize: "pageSize", items: "webhookEndpoints")
@tags(["Webhook endpoints"])
@examples([
    {
        title: "List webhook endpoints"
        input: {}
        output: {
            webhookEndpoints: [
                {
                    webhookEndpointId: "whe_5Tq9Lm2Xr8"
                    url: "https://hooks.acme.example/platform"
                    description: "Order sync"
                    eventTypes: ["order.created", "order.cancelled", "client_secret.expiring"]
                    apiVersion: "v1"
                    createdAt: "2026-03-02T09:00:00Z"
                }
            ]
            totalCount: 1
        }
    }
])
operation ListWebhookEndpoints {
    input :=
        /// Which page of webhook endpoints to list.
        {
            /// The page to return, from the previous response's `nextPage`; the first page when
            /// absent.
            @httpQuery("page")
            page: PageToken

            /// How many webhook endpoints a page holds at most.
            @httpQuery("pageSize")
            pageSize: PageSize = 20
        }

    output :=
        /// One page of webhook endpoints.
        {
            /// The webhook endpoints of this page, newest first.
            @required
            webhookEndpoints: WebhookEndpointList

            /// The `page` to ask for next; absent on the last page.
            nextPage: PageToken

            /// How many webhook endpoints there are over all pages.
            @required
            totalCount: TotalCount
        }

    errors: [
        ValidationError
    ]
}

/// Registers a URL to receive webhook events and returns its signing secret, the only time
/// the API shows it. Events are delivered in version 1 payloads.
@http(method: "POST", uri: "/v1/application/webhook-endpoints", code: 201)
@requiredScopes(["applications:write"])
@tags(["Webhook endpoints"])
@examples([
    {
        title: "Create a webhook endpoint"
        input: {
            idempotencyKey: "f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b"
            url: "https://hooks.acme.example/platform"
            description: "Order sync"
            eventTypes: ["order.created", "order.cancelled", "client_secret.expiring"]
        }
        output: {
            webhookEndpoint: {
                webhookEndpointId: "whe_5Tq9Lm2Xr8"
                url: "https://hooks.acme.example/platform"
                description: "Order sync"
                eventTypes: ["order.created", "order.cancelled", "client_secret.expiring"]
                apiVersion: "v1"
                createdAt: "2026-03-02T09:00:00Z"
            }
            signingSecret: "whsec_EXAMPLEONLY3b9e1c7a5d2f8b4e6a0c9d1f3b5e7a9c"
        }
    }
    {
        title: "Plain http to a public host"
        input: {
            idempotencyKey: "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
            url: "http://hooks.acme.example/platform"
            eventTypes: ["order.created"]
        }
        error: {
            shapeId: ValidationError
            content: {
                code: "ValidationError"
                message: "The webhook URL must use https."
                requestId: "req_01JDA0A1B2C3D4"
                fieldErrors: [
                    {
                        path: "/url"
                        message: "Use an https URL; plain http is only accepted for localhost."
                    }
                ]
            }
        }
        allowConstraintErrors: true
    }
])
operation CreateWebhookEndpoint {
    input :=
        /// The webhook endpoint to register.
        {
            /// Makes retries safe: requests with the same key within 24 hours create one endpoint
            /// (and return the same signing secret).
            @httpHeader("Idempotency-Key")
            @idempotencyToken
            idempotencyKey: IdempotencyKey

            /// Where to deliver events.
            @required
            url: WebhookUrl

            /// What the endpoint is for.
            description: WebhookEndpointDescription

            /// The event types to deliver.
            @required
            eventTypes: WebhookEventTypeList
        }

    output :=
        /// The new webhook endpoint and its signing secret.
        {
            /// The new webhook endpoint.
            @required
            webhookEndpoint: WebhookEndpoint

            /// The secret that signs deliveries to the endpoint. Store it now: the API never
            /// shows it again.
            @required
            signingSecret: WebhookSigningSecret
        }

    errors: [
        ValidationError
        ConflictError
    ]
}

/// Gets one of the application's webhook endpoints.
@readonly
@http(method: "GET", uri: "/v1/application/webhook-endpoints/{webhookEndpointId}")
@requiredScopes(["applications:read"])
@tags(["Webhook endpoints"])
@examples([
    {
        title: "Get a webhook endpoint during a rotation"
        input: {
            webhookEndpointId: "whe_5Tq9Lm2Xr8"
        }
        output: {
            webhookEndpoint: {
                webhookEndpointId: "whe_5Tq9Lm2Xr8"
                url: "https://hooks.acme.example/platform"
                description: "Order sync"
                eventTypes: ["order.created", "order.cancelled", "client_secret.expiring"]
                apiVersion: "v1"
                createdAt: "2026-03-02T09:00:00Z"
                signingSecretRotatedAt: "2026-11-20T10:00:00Z"
                previousSigningSecretExpiresAt: "2026-11-21T10:00:00Z"
            }
        }
    }
])
operation GetWebhookEndpoint {
    input :=
        /// Which webhook endpoint to get.
        {
            /// The webhook endpoint's identifier.
            @required
            @httpLabel
            webhookEndpointId: WebhookEndpointId
        }

    output :=
        /// The webhook endpoint.
        {
            /// The webhook endpoint.
            @required
            webhookEndpoint: WebhookEndpoint
        }

    errors: [
        ValidationError
        NotFoundError
    ]
}

/// Deletes a webhook endpoint: nothing more is delivered to it, including retries of earlier
/// deliveries. Deleting an endpoint that no longer exists is a `NotFoundError`.
@idempotent
@http(method: "DELETE", uri: "/v1/application/webhook-endpoints/{webhookEndpointId}", code: 204)
@requiredScopes(["applications:write"])
@tags(["Webhook endpoints"])
@examples([
    {
        title: "Delete a webhook endpoint"
        input: {
            webhookEndpointId: "whe_5Tq9Lm2Xr8"
        }
        output: {}
    }
])
operation DeleteWebhookEndpoint {
    input :=
        /// Which webhook endpoint to delete.
        {
            /// The webhook endpoint's identifier.
            @required
            @httpLabel
            webhookEndpointId: WebhookEndpointId
        }

    output :=
        /// Nothing: the endpoint is gone.
        {}

    errors: [
        ValidationError
        NotFoundError
    ]
}

/// Replaces an endpoint's signing secret and returns the new one, the only time the API shows
/// it.
///
/// The previous secret keeps signing deliveries for `gracePeriodHours`, so during that time
/// every delivery carries two signatures (one per secret) and receivers can switch without
/// losing events. A rotation during a grace period ends the older grace period at once: at
/// most two secrets are ever active.
@http(method: "POST", uri: "/v1/application/webhook-endpoints/{webhookEndpointId}/rotate-signing-secret")
@requiredScopes(["applications:write"])
@tags(["Webhook endpoints"])
@examples([
    {
        title: "Rotate with a 24-hour grace period"
        input: {
            webhookEndpointId: "whe_5Tq9Lm2Xr8"
            idempotencyKey: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
            gracePeriodHours: 24
        }
        output: {
            webhookEndpoint: {
                webhookEndpointId: "whe_5Tq9Lm2Xr8"
                url: "https://hooks.acme.example/platform"
                description: "Order sync"
                eventTypes: ["order.created", "order.cancelled", "client_secret.expiring"]
                apiVersion: "v1"
                createdAt: "2026-03-02T09:00:00Z"
                signingSecretRotatedAt: "2026-11-20T10:00:00Z"
                previousSigningSecretExpiresAt: "2026-11-21T10:00:00Z"
            }
            signingSecret: "whsec_EXAMPLEONLY7c5a3e1f9d7b5c3a1e9f7d5b3c1a9e7f"
        }
    }
])
operation RotateWebhookSigningSecret {
    input :=
        /// Which endpoint's signing secret to rotate, and how long the old one stays active.
        {
            /// The webhook endpoint's identifier.
            @required
            @httpLabel
            webhookEndpointId: WebhookEndpointId

            /// Makes retries safe: requests with the same key within 24 hours rotate once (and
            /// return the same new secret).
            @httpHeader("Idempotency-Key")
            @idempotencyToken
            idempotencyKey: IdempotencyKey

            /// Hours the previous secret keeps signing deliveries; `0` drops it at once.
            gracePeriodHours: GracePeriodHours = 24
        }

    output :=
        /// The endpoint after rotation and its new signing secret.
        {
            /// The webhook endpoint, with the rotation times filled in.
            @required
            webhookEndpoint: WebhookEndpoint

            /// The new signing secret. Store it now: the API never shows it again.
            @required
            signingSecret: WebhookSigningSecret
        }

    errors: [
        ValidationError
        NotFoundError
        ConflictError
    ]
}

/// Queues a `test` event for delivery to the endpoint, signed like any other event, whatever
/// event types the endpoint subscribes to. Returns at once; the delivery follows within
/// seconds and is retried like any other.
@http(method: "POST", uri: "/v1/application/webhook-endpoints/{webhookEndpointId}/test-events", code: 202)
@requiredScopes(["applications:write"])
@tags(["Webhook endpoints"])
@examples([
    {
        title: "Send a test event"
        input: {
            webhookEndpointId: "whe_5Tq9Lm2Xr8"
        }
        output: {
            eventId: "evt_6Yh2Nc8Vb4"
            queuedAt: "2026-11-20T16:30:00Z"
        }
    }
])
operation SendTestWebhookEvent {
    input :=
        /// Which endpoint to send a test event to.
        {
            /// The webhook endpoint's identifier.
            @required
            @httpLabel
            webhookEndpointId: WebhookEndpointId
        }

    output :=
        /// The queued test event.
        {
            /// Identifier of the test event; its deliveries carry it in `X-Webhook-Id`.
            @required
            eventId: EventId

            /// When the event was queued.
            @required
            queuedAt: DateTime
        }

    errors: [
        ValidationError
        NotFoundError
    ]
}

// ---------------------------------------------------------------------------------------------
// Audit events
// ---------------------------------------------------------------------------------------------

/// Lists the requests the application made in the last 90 days, newest first: which
/// operation and route, with which scopes, how it ended, and the request id.
@readonly
@http(method: "GET", uri: "/v1/application/audit-events")
@requiredScopes(["applications:read"])
@paginated(inputToken: "page", outputToken: "nextPage", pageSize: "pageSize", items: "auditEvents")
@tags(["Audit events"])
@examples([
    {
        title: "Denied requests since a time"
        input: {
            result: "denied"
            occurredAfter: "2026-11-20T00:00:00Z"
        }
        output: {
            auditEvents: [
                {
                    auditEventId: "aud_9Kd3Pw7Zs1"
                    applicationId: "app_7Hq2Lm9Xw3"
                    operation: "CreateOrder"
                    method: "POST"
                    route: "/v1/orders"
                    scopes: ["commercial:write"]
                    result: "denied"
                    statusCode: 403
                    requestId: "req_01JD9ZB2C3D4E5"
                    occurredAt: "2026-11-20T15:12:04Z"
                }
            ]
            totalCount: 1
        }
    }
])
operation ListAuditEvents {
    input :=
        /// Which audit events to list, and which page.
        {
            /// The page to return, from the previous response's `nextPage`; the first page when
            /// absent.
            @httpQuery("page")
            page: PageToken

            /// How many audit events a page holds at most.
            @httpQuery("pageSize")
            pageSize: PageSize = 20

            /// Only requests that ended this way.
            @httpQuery("result")
            result: AuditResult

            /// Only requests received at or after this time.
            @httpQuery("occurredAfter")
            occurredAfter: DateTime

            /// Only requests received before this time.
            @httpQuery("occurredBefore")
            occurredBefore: DateTime
        }

    output :=
        /// One page of audit events.
        {
            /// The audit events of this page, newest first.
            @required
            auditEvents: AuditEventList

            /// The `page` to ask for next; absent on the last page.
            nextPage: PageToken

            /// How many audit events match the filters over all pages.
            @required
            totalCount: TotalCount
        }

    errors: [
        ValidationError
    ]
}
