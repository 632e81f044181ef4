$version: "2"

// Simple types shared by every API version: identifiers, scopes, time, paging, money.
namespace example.platform

// ---------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------

/// A point in time, written as an RFC 3339 date-time in UTC with a `Z` suffix, for example
/// `2026-11-20T14:03:12Z` (fractional seconds may appear).
@timestampFormat("date-time")
timestamp DateTime

// ---------------------------------------------------------------------------------------------
// Identifiers. Every resource id starts with a fixed prefix that names its type, so a pasted
// id is recognisable. Treat ids as opaque otherwise: their length may vary within the range.
// ---------------------------------------------------------------------------------------------

/// Identifier of a partner organisation, for example `ptn_4f8a2c1d9e7b`.
@pattern("^ptn_[0-9A-Za-z]{8,32}$")
string PartnerId

/// Identifier of an application (an API client of a partner), for example `app_7Hq2Lm9Xw3`.
@pattern("^app_[0-9A-Za-z]{8,32}$")
string ApplicationId

/// The OAuth 2.0 client id an application authenticates with at the token endpoint.
@pattern("^[A-Za-z0-9._-]+$")
@length(min: 1, max: 128)
string ClientId

/// Identifier of an order, for example `ord_8f3kq2m9x7w1`.
@pattern("^ord_[0-9A-Za-z]{8,32}$")
string OrderId

/// Identifier of a client secret (not the secret itself), for example `cs_2Vn8Rt5Yq1`.
@pattern("^cs_[0-9A-Za-z]{8,32}$")
string ClientSecretId

/// Identifier of a webhook endpoint, for example `whe_5Tq9Lm2Xr8`.
@pattern("^whe_[0-9A-Za-z]{8,32}$")
string WebhookEndpointId

/// Identifier of a user account, for example `usr_3m8Qz1Lk5v`.
@pattern("^usr_[0-9A-Za-z]{8,32}$")
string UserId

/// Identifier of an audit event, for example `aud_9Kd3Pw7Zs1`.
@pattern("^aud_[0-9A-Za-z]{8,32}$")
string AuditEventId

/// Identifier of a webhook event, for example `evt_6Yh2Nc8Vb4`. Every delivery attempt of an
/// event carries the same id (also in the `X-Webhook-Id` header), so receivers can drop
/// duplicates.
@pattern("^evt_[0-9A-Za-z]{8,32}$")
string EventId

/// Identifier the API gives each request; the same value as the `x-request-id` response header.
/// Quote it when you contact support.
@length(min: 1, max: 128)
string RequestId

// ---------------------------------------------------------------------------------------------
// Scopes
// ---------------------------------------------------------------------------------------------

/// An OAuth 2.0 scope, `<area>:<access>`, for example `commercial:read`.
@pattern("^[a-z][a-z0-9_]*:[a-z][a-z0-9_]*$")
@length(min: 3, max: 64)
string Scope

/// A set of OAuth 2.0 scopes.
@uniqueItems
list ScopeList {
    member: Scope
}

// ---------------------------------------------------------------------------------------------
// Requests and paging
// ---------------------------------------------------------------------------------------------

/// Key that makes a retried request safe: the API performs the first request with a given key
/// and answers every later request with the same key, from the same application, with the
/// stored result, for 24 hours. Reusing a key with a different request is a `ConflictError`.
/// SDKs fill it with a random UUID and reuse it on their own retries. Visible ASCII only.
@pattern("^[!-~]+$")
@length(min: 1, max: 255)
string IdempotencyKey

/// How many items a list operation returns at most per page.
@range(min: 1, max: 100)
integer PageSize

// ---------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------

/// ISO 4217 currency code. More currencies may be added: treat an unknown value as a currency
/// you do not support rather than as an error.
enum CurrencyCode {
    /// United States dollar (2 decimal places).
    USD

    /// Euro (2 decimal places).
    EUR

    /// Pound sterling (2 decimal places).
    GBP

    /// Canadian dollar (2 decimal places).
    CAD

    /// Australian dollar (2 decimal places).
    AUD

    /// Japanese yen (no decimal places).
    JPY
}

/// An amount of money. Used from API version 2 on; version 1 writes amounts as integer minor
/// units next to a currency.
structure Money {
    /// The amount in the currency's major unit as a decimal string, so that no floating-point
    /// rounding can change it: `"25.98"` is 25 dollars and 98 cents, `"1500"` is 1,500 yen.
    /// The API always writes exactly as many fraction digits as the currency has.
    @required
    amount: DecimalAmount

    /// The currency of `amount`.
    @required
    currency: CurrencyCode
}

/// A non-negative decimal number as a string: digits, optionally a `.` and 1 to 4 fraction
/// digits, no exponent, no sign, no leading zeros.
@pattern("^(0|[1-9][0-9]{0,14})([.][0-9]{1,4})?$")
string DecimalAmount

// ---------------------------------------------------------------------------------------------
// HTTP, for audit records
// ---------------------------------------------------------------------------------------------

/// An HTTP request method.
enum HttpMethod {
    /// `GET`
    GET

    /// `POST`
    POST

    /// `PUT`
    PUT

    /// `PATCH`
    PATCH

    /// `DELETE`
    DELETE
}

/// An HTTP response status code.
@range(min: 100, max: 599)
integer HttpStatusCode

/// A route template as written in the API reference, for example `/v1/orders/{orderId}`.
/// Templates, not concrete paths, so audit records hold no identifiers from the URL.
@pattern("^/[A-Za-z0-9._~/{}-]*$")
@length(min: 1, max: 256)
string RouteTemplate

/// Name of an API operation as written in the API reference, for example `GetOrder`.
@pattern("^[A-Z][A-Za-z0-9]*$")
@length(min: 1, max: 64)
string OperationName
