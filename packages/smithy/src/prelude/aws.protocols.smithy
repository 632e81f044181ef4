// The AWS protocol traits, written for this front end from the Smithy AWS documentation
// (https://smithy.io/2.0/aws/protocols/) with the ids, members and selectors Smithy's
// smithy-aws-traits package gives them, so AWS models validate without extra files. A model
// file that defines one of these shapes replaces ours (ARCHITECTURE.md §2.1).
$version: "2.0"

namespace aws.protocols

/// AWS JSON 1.0: RPC over HTTP POST, JSON bodies, `X-Amz-Target` names the operation.
@protocolDefinition(traits: [timestampFormat, cors, endpoint, hostLabel])
@trait(selector: "service")
structure awsJson1_0 with [HttpConfiguration] {}

/// AWS JSON 1.1: as AWS JSON 1.0, with the 1.1 content type.
@protocolDefinition(traits: [timestampFormat, cors, endpoint, hostLabel])
@trait(selector: "service")
structure awsJson1_1 with [HttpConfiguration] {}

/// The HTTP versions a protocol may use, in order of preference.
@private
@mixin(localTraits: [private])
structure HttpConfiguration {
    /// HTTP versions (ALPN ids such as `h2`, `http/1.1`) for ordinary requests.
    http: StringList

    /// HTTP versions for event streams.
    eventStreamHttp: StringList
}

/// AWS Query: form-encoded requests, XML responses (legacy).
@deprecated
@protocolDefinition(
    traits: [
        timestampFormat
        cors
        endpoint
        hostLabel
        awsQueryError
        xmlAttribute
        xmlFlattened
        xmlName
        xmlNamespace
    ]
)
@trait(selector: "service [trait|xmlNamespace]")
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "Document types are not supported with awsQuery"
    }
)
structure awsQuery {}

/// The error code and HTTP status an AWS Query error is sent with.
@trait(selector: "structure [trait|error]")
structure awsQueryError {
    /// The `Code` of the error in the response.
    @required
    code: String

    /// The HTTP status code of the response.
    @required
    httpResponseCode: Integer
}

/// A service that moved from AWS Query also answers with its AWS Query error codes.
@trait(
    selector: """
        service :test([trait|aws.protocols#awsJson1_0],
                      [trait|smithy.protocols#rpcv2Cbor],
                      [trait|smithy.protocols#rpcv2Json])"""
)
structure awsQueryCompatible {}

/// Amazon EC2 Query: the EC2 variant of AWS Query (legacy).
@deprecated
@protocolDefinition(
    traits: [
        timestampFormat
        cors
        endpoint
        hostLabel
        ec2QueryName
        xmlAttribute
        xmlFlattened
        xmlName
        xmlNamespace
    ]
)
@trait(selector: "service [trait|xmlNamespace]")
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "Document types are not supported with ec2Query"
    }
)
structure ec2Query {}

/// The name of a member in an EC2 Query request.
@pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$")
@trait(selector: "structure > member")
string ec2QueryName

/// Request and response checksums of an operation.
@trait(selector: "operation")
@unstable
structure httpChecksum {
    /// The input member that names the request checksum algorithm.
    requestAlgorithmMember: String

    /// The request must carry a checksum.
    requestChecksumRequired: Boolean

    /// The input member that asks for the response checksum to be validated.
    requestValidationModeMember: String

    /// The algorithms a response checksum may use.
    responseAlgorithms: ChecksumAlgorithmSet
}

/// AWS restJson1: HTTP bindings with JSON documents in payloads.
@protocolDefinition(
    traits: [
        timestampFormat
        cors
        endpoint
        hostLabel
        http
        httpError
        httpHeader
        httpLabel
        httpPayload
        httpPrefixHeaders
        httpQuery
        httpQueryParams
        httpResponseCode
        httpChecksum
        httpChecksumRequired
        jsonName
    ]
)
@trait(selector: "service")
structure restJson1 with [HttpConfiguration] {}

/// AWS restXml: HTTP bindings with XML documents in payloads (legacy).
@deprecated
@protocolDefinition(
    traits: [
        timestampFormat
        cors
        endpoint
        hostLabel
        http
        httpError
        httpHeader
        httpLabel
        httpPayload
        httpPrefixHeaders
        httpQuery
        httpQueryParams
        httpResponseCode
        httpChecksum
        httpChecksumRequired
        xmlAttribute
        xmlFlattened
        xmlName
        xmlNamespace
    ]
)
@traitValidators(
    UnsupportedProtocolDocument: {
        selector: "~> member :test(> document)"
        message: "Document types are not supported with restXml"
    }
)
@trait(selector: "service")
structure restXml with [HttpConfiguration] {
    /// Errors are sent without the `ErrorResponse` wrapper element.
    @deprecated
    noErrorWrapping: Boolean
}

@private
list StringList {
    member: String
}

@private
@uniqueItems
@length(min: 1)
list ChecksumAlgorithmSet {
    member: ChecksumAlgorithm
}

/// Checksum algorithms of `httpChecksum`.
@private
enum ChecksumAlgorithm {
    CRC32
    CRC32C
    CRC64NVME
    MD5
    SHA1
    SHA256
    SHA512
    XXHASH64
    XXHASH3
    XXHASH128
}
