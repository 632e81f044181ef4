// Minimal definitions of the AWS traits models commonly use, written for this front end from the
// Smithy AWS trait documentation (https://smithy.io/2.0/aws/). The Java toolchain ships the full
// definitions in its jars; a model that defines any of these shapes itself replaces ours.
$version: "2.0"

namespace aws.api

/// Service metadata used by AWS SDKs.
@trait(selector: "service")
structure service {
    @required
    sdkId: String

    arnNamespace: String

    cloudFormationName: String

    cloudTrailEventSource: String

    docId: String

    endpointPrefix: String
}
