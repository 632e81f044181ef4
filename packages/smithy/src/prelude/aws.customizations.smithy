// AWS service customizations, written for this front end from the Smithy AWS documentation
// (https://smithy.io/2.0/aws/customizations/) with the ids Smithy's smithy-aws-traits package
// gives them. A model file that defines one of these shapes replaces ours (ARCHITECTURE.md §2.1).
$version: "2.0"

namespace aws.customizations

/// Amazon S3: the operation's XML output is not wrapped in an element named after it.
@trait(selector: "operation")
structure s3UnwrappedXmlOutput {}
