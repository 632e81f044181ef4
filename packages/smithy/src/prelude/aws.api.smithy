// The AWS core traits, written for this front end from the Smithy AWS documentation
// (https://smithy.io/2.0/aws/aws-core.html) with the ids, members and selectors Smithy's
// smithy-aws-traits package gives them, so AWS models validate without extra files. A model
// file that defines one of these shapes replaces ours (ARCHITECTURE.md §2.1).
$version: "2.0"

namespace aws.api

/// The ARN template of a resource, relative to the service's ARN namespace unless absolute.
@trait(selector: "resource")
structure arn {
    /// The template, with `{identifier}` labels, e.g. `bucket/{BucketName}`.
    @required
    template: String

    /// The template is a whole ARN, not a path under the service's namespace.
    absolute: Boolean

    /// The ARN has no region.
    noRegion: Boolean

    /// The ARN has no account id.
    noAccount: Boolean

    /// The character between resource type and resource id.
    resourceDelimiter: ResourceDelimiter

    /// The ARN may be reused by a new resource after this one is deleted.
    reusable: Boolean
}

/// The string holds an ARN, of the named resource type when given.
@trait(selector: "string")
structure arnReference {
    /// The AWS CloudFormation type of the resource, e.g. `AWS::IAM::Role`.
    type: String

    /// The Smithy resource shape the ARN refers to.
    resource: String

    /// The Smithy service shape that owns that resource.
    service: String
}

/// The streaming blob is sent with `aws-chunked` content encoding.
@trait(selector: "blob[trait|streaming]")
structure awsChunked {}

/// The operation is sent to an endpoint found with endpoint discovery.
@trait(selector: "operation")
structure clientDiscoveredEndpoint {
    /// Clients must discover an endpoint before calling the operation.
    @required
    required: Boolean
}

/// The service supports endpoint discovery through the named operation.
@trait(selector: "service")
structure clientEndpointDiscovery {
    /// The operation that returns endpoints.
    @required
    @idRef(failWhenMissing: true, selector: "operation")
    operation: String

    /// The error returned when a discovered endpoint is no longer valid.
    @recommended
    @idRef(failWhenMissing: true, selector: "structure[trait|error]")
    error: String
}

/// An input member whose value is part of the endpoint discovery cache key.
@trait(
    selector: """
        operation[trait|aws.api#clientDiscoveredEndpoint] -[input]->
        structure > :test(member[trait|required] > string)"""
)
structure clientEndpointDiscoveryId {}

/// The shape belongs to the control plane (resource management).
@trait(selector: ":test(service, resource, operation)", conflicts: ["aws.api#dataPlane"])
structure controlPlane {}

/// What kind of data the shape holds, for data classification.
@trait(selector: ":test(simpleType, list, structure, union, member)")
enum data {
    CUSTOMER_CONTENT = "content"
    CUSTOMER_ACCOUNT_INFORMATION = "account"
    SERVICE_ATTRIBUTES = "usage"
    TAG_DATA = "tagging"
    PERMISSIONS_DATA = "permissions"
}

/// The shape belongs to the data plane (using resources).
@trait(selector: ":test(service, resource, operation)", conflicts: ["aws.api#controlPlane"])
structure dataPlane {}

/// Service metadata used by AWS SDKs and tooling.
@trait(selector: "service")
structure service {
    /// The service's name in SDKs, e.g. `S3`.
    @required
    sdkId: String

    /// The namespace of the service's ARNs.
    arnNamespace: ArnNamespace

    /// The AWS CloudFormation service name.
    cloudFormationName: CloudFormationName

    /// The AWS CloudTrail event source.
    cloudTrailEventSource: String

    /// The documentation id of the service.
    docId: String

    /// The endpoint prefix of the service.
    endpointPrefix: String

    /// The Amazon CloudWatch namespace of the service's metrics.
    cloudWatchNamespace: CloudWatchMetricNamespace
}

/// The service has tagging operations.
@trait(selector: "service")
@unstable
structure tagEnabled {
    /// The service does not have the default tagging operations.
    disableDefaultOperations: Boolean

    /// The service-wide tagging operations, when not the default names.
    apiConfig: TaggableServiceApiConfig
}

@idRef(failWhenMissing: true, selector: "service > operation")
string ServiceTagOperationReference

structure TaggableServiceApiConfig {
    tagApi: ServiceTagOperationReference
    untagApi: ServiceTagOperationReference
    listTagsApi: ServiceTagOperationReference
}

@idRef(failWhenMissing: true, selector: "resource > operation")
string TagOperationReference

structure TaggableApiConfig {
    @required
    tagApi: TagOperationReference

    @required
    untagApi: TagOperationReference

    @required
    listTagsApi: TagOperationReference
}

/// The resource can be tagged.
@trait(selector: "resource")
@unstable
structure taggable {
    /// The resource property that holds the tags.
    property: String

    /// The resource's tagging operations.
    apiConfig: TaggableApiConfig

    /// The resource does not take system tags.
    disableSystemTags: Boolean
}

@private
enum ResourceDelimiter {
    FORWARD_SLASH = "/"
    COLON = ":"
}

@private
@pattern("^[a-z0-9.\\-]{1,63}$")
string ArnNamespace

@private
@pattern("^[A-Z][A-Za-z0-9]+$")
string CloudFormationName

@private
@pattern("^[^:].*$")
@length(min: 1, max: 255)
string CloudWatchMetricNamespace
