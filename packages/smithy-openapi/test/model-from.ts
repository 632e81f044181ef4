/**
 * @module Test models from IDL text, loaded by the real front end. Validation is off: these tests
 * measure what the converter does with a model, including models the validators would reject.
 */
import { loadModel } from '@platform/smithy';
import type { SemanticModel } from '@platform/smithy';

/** Platform trait definitions used by the extension tests (a subset of `model/common/traits.smithy`). */
export const PLATFORM_TRAITS = `
$version: "2"
namespace example.platform

@trait(selector: "operation")
list requiredScopes { member: String }

@trait(selector: "service")
@authDefinition
structure oauth2ClientCredentials {
    @required tokenPath: String
    @required scopes: ScopeMap
}
map ScopeMap { key: String, value: String }

@trait(selector: "service")
list environments { member: Environment }
structure Environment {
    @required name: String
    @required baseUrl: String
    @required tokenUrl: String
    @required description: String
}

@trait(selector: "service")
structure lifecycle {
    @required major: Integer
    @required releasedAt: String
    deprecatedAt: String
    sunsetAt: String
    successor: String
    policyUrl: String
}

@trait(selector: "structure")
string webhookEvent

@trait(selector: "service")
list webhooks { @idRef(failWhenMissing: true) member: String }
`;

export function modelFrom(...idl: string[]): SemanticModel {
  const sources = idl.map((text, i) => ({ filename: `test-${i}.smithy`, text }));
  return loadModel({ sources, validate: false }).model;
}
