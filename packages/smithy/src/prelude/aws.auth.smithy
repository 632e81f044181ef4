// Minimal definitions of the AWS traits models commonly use, written for this front end from the
// Smithy AWS trait documentation (https://smithy.io/2.0/aws/). The Java toolchain ships the full
// definitions in its jars; a model that defines any of these shapes itself replaces ours.
$version: "2.0"

namespace aws.auth

/// AWS Signature Version 4 authentication.
@trait(selector: "service")
@smithy.api#authDefinition(traits: [unsignedPayload])
structure sigv4 {
    /// The signing name.
    @required
    @length(min: 1)
    name: String
}

/// The payload is not signed.
@trait(selector: "operation")
structure unsignedPayload {}
