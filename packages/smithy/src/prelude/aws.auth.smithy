// The AWS authentication traits, written for this front end from the Smithy AWS documentation
// (https://smithy.io/2.0/aws/aws-auth.html) with the ids, members and selectors Smithy's
// smithy-aws-traits package gives them, so AWS models validate without extra files. A model
// file that defines one of these shapes replaces ours (ARCHITECTURE.md §2.1).
$version: "2.0"

namespace aws.auth

/// Amazon Cognito user pools authentication (used by Amazon API Gateway).
@authDefinition
@internal
@tags(["internal"])
@trait(selector: "service")
structure cognitoUserPools {
    /// ARNs of the Cognito user pools that may authenticate callers.
    @required
    providerArns: StringList
}

/// OAuth scopes an operation of a `cognitoUserPools` service requires.
@internal
@tags(["internal"])
@length(min: 1)
@trait(selector: "service[trait|aws.auth#cognitoUserPools] ~> operation")
list cognitoUserPoolsScopes {
    member: String
}

/// AWS Signature Version 4: requests are signed with the service's signing name.
@authDefinition(traits: [unsignedPayload])
@trait(selector: "service")
structure sigv4 {
    /// The signing name of the service (its credential scope), e.g. `s3`.
    @required
    @length(min: 1)
    name: String
}

/// AWS Signature Version 4a (asymmetric, multi-region); a service with it also has `sigv4`.
@authDefinition(traits: [unsignedPayload])
@trait(selector: "service[trait|aws.auth#sigv4]")
structure sigv4a {
    /// The signing name of the service.
    @required
    @length(min: 1)
    name: String
}

/// The operation's request payload is not part of the signature.
@trait(selector: "operation")
structure unsignedPayload {}

@private
list StringList {
    member: String
}
