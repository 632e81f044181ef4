// Minimal definitions of the AWS traits models commonly use, written for this front end from the
// Smithy AWS trait documentation (https://smithy.io/2.0/aws/). The Java toolchain ships the full
// definitions in its jars; a model that defines any of these shapes itself replaces ours.
$version: "2.0"

namespace aws.protocols

/// The AWS restJson1 protocol: HTTP bindings with JSON documents in payloads.
@trait(selector: "service")
@protocolDefinition(
    traits: [
        smithy.api#cors
        smithy.api#endpoint
        smithy.api#hostLabel
        smithy.api#http
        smithy.api#httpError
        smithy.api#httpHeader
        smithy.api#httpLabel
        smithy.api#httpPayload
        smithy.api#httpPrefixHeaders
        smithy.api#httpQuery
        smithy.api#httpQueryParams
        smithy.api#httpResponseCode
        smithy.api#httpChecksumRequired
        smithy.api#jsonName
        smithy.api#timestampFormat
    ]
)
structure restJson1 with [HttpConfiguration] {}

/// HTTP versions a protocol supports.
@mixin
structure HttpConfiguration {
    /// HTTP protocol versions, in priority order.
    http: StringList

    /// HTTP protocol versions for event streams, in priority order.
    eventStreamHttp: StringList
}

list StringList {
    member: String
}
