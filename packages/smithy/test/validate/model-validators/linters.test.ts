import { describe, expect, it } from 'vitest';
import { summarize, validateIdl, expectValidatorConfigurationError } from '../idl.js';

/** Runs linter `name` with `configuration` over `shapes` (namespace `ns`). */
function lint(name: string, configuration: string, shapes: string): string[] {
  return summarize(
    validateIdl(`
metadata validators = [{ name: "${name}", configuration: ${configuration} }]
namespace ns
${shapes}
`),
  );
}

describe('smithy-linters rules (given a model, want these events)', () => {
  it.each<[string, string, string, string[]]>([
    [
      'AbbreviationName',
      '{ allowedAbbreviations: ["AWS"] }',
      'structure XMLData { AWSRegion: String, IPAddr: String }\nenum Color { RED_DARK }',
      [
        'DANGER AbbreviationName ns#XMLData: shape name, `XMLData`, contains invalid abbreviations. Change this shape name to `XmlData`',
        'DANGER AbbreviationName ns#XMLData$IPAddr: member name, `IPAddr`, contains invalid abbreviations. Change this member name to `IpAddr`',
      ],
    ],
    [
      'CamelCase',
      '{}',
      '@trait structure MyTrait {}\nstructure lowerShape { a: String, b: String, C: String }',
      [
        'DANGER CamelCase ns#MyTrait: structure trait definition, `MyTrait`, is not lower camel case',
        'DANGER CamelCase ns#lowerShape: structure shape name, `lowerShape`, is not upper camel case',
        'DANGER CamelCase ns#lowerShape$C: Member shape member name, `C`, is not lower camel case; members in the ns namespace must all use lower camel case.',
      ],
    ],
    [
      'InputOutputStructureReuse',
      '{}',
      'operation Op { input: Shared, output: Shared }\nstructure Shared {}',
      [
        'WARNING InputOutputStructureReuse.Input.Op ns#Shared: This structure is the input of `ns#Op`, but it is not marked with the @input trait. The @input trait gives operations more flexibility to evolve their top-level input members in ways that would otherwise be backward incompatible.',
        'WARNING InputOutputStructureReuse.Output.Op ns#Shared: This structure is the output of `ns#Op`, but it is not marked with the @output trait.',
      ],
    ],
    [
      'MissingClientOptionalTrait',
      '{ onRequiredStructureOrUnion: true }',
      'structure S { @required nested: Nested, @required name: String, @required @clientOptional ok: Nested }\nstructure Nested {}',
      [
        'DANGER MissingClientOptionalTrait ns#S$nested: @required members that target a structure or union must be marked with the @clientOptional trait. Not using the @clientOptional trait here is risky because there is no backward compatible way to replace the @required trait with the @default trait if the member ever needs to be made optional.',
      ],
    ],
    [
      'MissingPaginatedTrait',
      '{}',
      'operation ListThings {}\noperation GetThings { output := { items: Items } }\noperation Fetch { input := { nextToken: String } }\nlist Items { member: String }',
      [
        'DANGER MissingPaginatedTrait ns#ListThings: The verb of this operation, `list`, requires that the operation is marked with the `paginated` trait. Paginating operations that can return potentially unbounded lists of data helps to maintain a predictable SLA and helps to prevent operational issues in the future.',
        'WARNING MissingPaginatedTrait ns#GetThings: The verb of this operation, `get`, and the presence of a top-level list member in its output, suggests that the operation should have the `paginated` trait. Paginating operations that can return potentially unbounded lists of data helps to maintain a predictable SLA and helps to prevent operational issues in the future.',
        'DANGER MissingPaginatedTrait ns#Fetch: This operation contains an input member, `nextToken`, that requires that the operation is marked with the `paginated` trait. Paginating operations that can return potentially unbounded lists of data helps to maintain a predictable SLA and helps to prevent operational issues in the future.',
      ],
    ],
    [
      'MissingSensitiveTrait',
      '{ terms: ["favorite color"] }',
      'structure User { emailAddress: String, FavoriteColor: String, @sensitive_ok ok: String }\n@sensitive string Password\nstructure Login { password: Password }\n@trait structure sensitive_ok {}',
      [
        "WARNING MissingSensitiveTrait ns#User$emailAddress: This member possibly contains sensitive data but neither the enclosing nor target shape are marked with the sensitive trait (based on the presence of 'email')",
        "WARNING MissingSensitiveTrait ns#User$FavoriteColor: This member possibly contains sensitive data but neither the enclosing nor target shape are marked with the sensitive trait (based on the presence of 'favorite color')",
      ],
    ],
    [
      'NoninclusiveTerms',
      '{ terms: { foo: ["bar"] } }',
      '/// The master copy.\nstructure FooList { whitelist: String }',
      [
        'WARNING NoninclusiveTerms.Shape.foo ns#FooList: Structure shape uses a non-inclusive term `Foo`. Consider using one of the following terms instead: `Bar`',
        "WARNING NoninclusiveTerms.Trait.master.documentation ns#FooList: 'documentation' trait has a value that contains a non-inclusive term `master`. Consider using one of the following terms instead: `main`, `parent`, `primary`",
        'WARNING NoninclusiveTerms.Shape.whitelist ns#FooList$whitelist: Member shape uses a non-inclusive term `whitelist`. Consider using one of the following terms instead: `allowList`',
      ],
    ],
    [
      'RepeatedShapeName',
      '{ exactMatch: true }',
      'structure Table { table: String, tableName: String }',
      [
        'WARNING RepeatedShapeName ns#Table$table: The `Table` structure shape repeats its name in the member `table`; structure member names should not be equal to the structure name.',
      ],
    ],
    [
      'ReservedWords',
      '{ reserved: [{ words: ["*Secret*"], terms: ["user id"], selector: "member", reason: "Ask security." }] }',
      'structure Secret { mySecretKey: String, userId: String, users: String }',
      [
        'DANGER ReservedWords ns#Secret$mySecretKey: The word `mySecretKey` is reserved. Ask security.',
        'DANGER ReservedWords ns#Secret$userId: The word `userId` is reserved. Ask security.',
      ],
    ],
    [
      'ShouldHaveUsedTimestamp',
      '{ additionalPatterns: ["^expir.*$"] }',
      'structure Event { createdAt: String, expiry: Long, when: Timestamp, updatedOn: Integer }\nstring StartTime',
      [
        'DANGER ShouldHaveUsedTimestamp ns#Event$createdAt: Member `createdAt` is named like a timestamp but references a `string` shape',
        'DANGER ShouldHaveUsedTimestamp ns#Event$expiry: Member `expiry` is named like a timestamp but references a `long` shape',
        'DANGER ShouldHaveUsedTimestamp ns#Event$updatedOn: Member `updatedOn` is named like a timestamp but references a `integer` shape',
        'DANGER ShouldHaveUsedTimestamp ns#StartTime: Shape `StartTime` is named like a timestamp but is a `string` shape.',
      ],
    ],
    [
      'StandardOperationVerb',
      '{ verbs: ["Get", "List"], prefixes: ["Batch"], suggestAlternatives: { Make: ["Create"] } }',
      'operation GetThing {}\noperation BatchFetchThings {}\noperation MakeThing {}\noperation Batch {}',
      [
        'DANGER StandardOperationVerb ns#BatchFetchThings: Operation shape `BatchFetchThings` uses a non-standard verb, `Fetch`, with a detected prefix of `Batch`. Expected one of the following verbs: `Get`, `List`',
        'DANGER StandardOperationVerb ns#MakeThing: Operation shape `MakeThing` uses a non-standard verb, `Make`. Consider using one of the following verbs instead: `Create`',
        'DANGER StandardOperationVerb ns#Batch: Operation name consists of only a verb prefix: Batch',
      ],
    ],
    [
      'StutteredShapeName',
      '{}',
      'union Payment { paymentCard: String, cash: String }',
      [
        'WARNING StutteredShapeName ns#Payment$paymentCard: The `Payment` union shape stutters its name in the member `paymentCard`; union member names should not be prefixed with the union name.',
      ],
    ],
  ])('%s with %s', (name, configuration, shapes, want) => {
    expect(lint(name, configuration, shapes)).toEqual(want);
  });
});

describe('smithy-linters configuration errors', () => {
  it.each<[string, string, string, string]>([
    [
      'StandardOperationVerb',
      '{ prefixes: ["Batch"] }',
      'Either verbs or suggestAlternatives must be set when configuring StandardOperationVerb',
      'verbs: [',
    ],
    [
      'MissingSensitiveTrait',
      '{ excludeDefaults: true }',
      "Cannot set 'excludeDefaults' to true and leave 'terms' unspecified.",
      '`terms`',
    ],
    [
      'MissingSensitiveTrait',
      '{ terms: ["ip  address"] }',
      'Invalid word boundary search terms: ip  address',
      'single spaces',
    ],
    [
      'ReservedWords',
      '{ reserved: [{ words: ["a*b"] }] }',
      'Invalid wildcard pattern: a*b',
      'leading and/or trailing `*`',
    ],
    [
      'ReservedWords',
      '{ reserved: [{ words: ["x"], selector: "[" }] }',
      'Error parsing `selector`:',
      'selector',
    ],
    [
      'CamelCase',
      '{ memberNames: "snake" }',
      '`memberNames` must be one of `upper`, `lower`, `auto`; found `snake`',
      'one of the listed values',
    ],
    [
      'ShouldHaveUsedTimestamp',
      '{ additionalPatterns: ["("] }',
      'Invalid regular expression in `additionalPatterns`: (',
      'regular expression',
    ],
    [
      'NoninclusiveTerms',
      '{ terms: ["master"] }',
      '`terms` must be an object of term to list of replacements',
      'terms: {',
    ],
    [
      'RepeatedShapeName',
      '{ exactMatch: "yes" }',
      '`exactMatch` must be a boolean; found string',
      'boolean',
    ],
    [
      'StutteredShapeName',
      '{ exactMatch: true }',
      'unknown configuration property `exactMatch`',
      'takes no configuration',
    ],
  ])('%s rejects %s', (name, configuration, message, hint) => {
    const events = validateIdl(`
metadata validators = [{ name: "${name}", configuration: ${configuration} }]
namespace ns
`);
    expectValidatorConfigurationError(events, name, message, hint);
  });
});
