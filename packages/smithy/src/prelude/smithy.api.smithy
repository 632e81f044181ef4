// The Smithy prelude (namespace smithy.api), written for this front end from the Smithy 2.0
// specification (https://smithy.io/2.0/spec/). Every model implicitly includes these shapes.
$version: "2.0"

namespace smithy.api

// ---- Simple types ------------------------------------------------------------------------

string String

blob Blob

bigInteger BigInteger

bigDecimal BigDecimal

timestamp Timestamp

document Document

boolean Boolean

byte Byte

short Short

integer Integer

long Long

float Float

double Double

@default(false)
boolean PrimitiveBoolean

@default(0)
byte PrimitiveByte

@default(0)
short PrimitiveShort

@default(0)
integer PrimitiveInteger

@default(0)
long PrimitiveLong

@default(0)
float PrimitiveFloat

@default(0)
double PrimitiveDouble

/// The absence of a value: the input or output of an operation without one, or a union
/// member that carries no data.
@unitType
structure Unit {}

// ---- Trait definition traits -------------------------------------------------------------

/// Marks a shape as a trait definition.
@trait(selector: ":is(simpleType, list, map, structure, union)")
@tags(["diff.error.remove"])
structure trait {
    /// Shapes the trait may be applied to.
    selector: String

    /// Traits that may not be applied together with this one.
    conflicts: NonEmptyStringList

    /// How a member of the trait's structure may be applied.
    structurallyExclusive: StructurallyExclusive

    /// Rules for detecting breaking changes to the trait.
    breakingChanges: TraitDiffRules
}

list TraitDiffRules {
    member: TraitDiffRule
}

structure TraitDiffRule {
    /// JSON pointer into the trait value.
    path: String

    @required
    change: TraitChangeType

    severity: Severity = "ERROR"

    message: String
}

enum TraitChangeType {
    UPDATE = "update"
    ADD = "add"
    REMOVE = "remove"
    PRESENCE = "presence"
    ANY = "any"
}

enum Severity {
    NOTE
    WARNING
    DANGER
    ERROR
}

enum StructurallyExclusive {
    MEMBER = "member"
    TARGET = "target"
}

// ---- Documentation traits ----------------------------------------------------------------

/// Marks a shape or member as deprecated.
@trait
structure deprecated {
    /// What to use instead.
    message: String

    /// When the shape was deprecated.
    since: String
}

/// Smithy 1.0 boxing; not allowed in IDL 2.0 models.
@trait(selector: ":test(boolean, byte, short, integer, long, float, double, member > :test(boolean, byte, short, integer, long, float, double))")
@tags(["diff.error.const"])
structure box {}

/// Documentation in CommonMark.
@trait
string documentation

/// Links to external documentation, by name.
@trait
@length(min: 1)
map externalDocumentation {
    key: NonEmptyString
    value: NonEmptyString
}

/// Example inputs, outputs and errors of an operation.
@trait(selector: "operation")
list examples {
    member: Example
}

structure Example {
    @required
    title: String

    documentation: String

    input: Document

    output: Document

    error: ExampleError

    allowConstraintErrors: Boolean
}

structure ExampleError {
    @idRef(selector: "structure[trait|error]", failWhenMissing: true, errorMessage: "The shape must be an error structure")
    shapeId: String

    content: Document
}

/// Marks a shape as internal to the service.
@trait
structure internal {}

/// Marks a shape or member as private to its namespace.
@trait
structure private {}

/// Data that must be handled with care (logs, errors).
@trait(selector: ":not(:test(service, operation, resource, member))")
structure sensitive {}

/// The version in which a shape was added.
@trait
string since

/// Tags for grouping shapes.
@trait
list tags {
    member: String
}

/// A human readable title.
@trait
string title

/// Shapes that may change in incompatible ways.
@trait
structure unstable {}

/// Suggests a member be set.
@trait(selector: "structure > member", conflicts: [required])
structure recommended {
    reason: String
}

/// Validators to suppress on a shape.
@trait
list suppress {
    member: String
}

/// Validators defined by the model itself.
@trait(selector: "[trait|trait]")
map traitValidators {
    key: String
    value: TraitValidator
}

structure TraitValidator {
    @required
    selector: String

    message: String

    severity: Severity = "ERROR"
}

// ---- Type refinement traits --------------------------------------------------------------

/// The default value of a shape or member.
@trait(selector: ":is(simpleType, list, map, structure > member :test(> :is(simpleType, list, map)))")
document default

/// A default added after the member was first released.
@trait(selector: "structure > member [trait|default]")
structure addedDefault {}

/// Clients must treat the member as optional even if it is required.
@trait(selector: "structure > member")
structure clientOptional {}

/// The value of an enum or intEnum member.
@trait(selector: ":is(enum, intEnum) > member")
document enumValue

/// Marks a structure as an error.
@trait(selector: "structure", conflicts: [trait])
enum error {
    CLIENT = "client"
    SERVER = "server"
}

/// Marks a structure as the input of a single operation.
@trait(selector: "structure", conflicts: [output, error])
structure input {}

/// Marks a structure as the output of a single operation.
@trait(selector: "structure", conflicts: [input, error])
structure output {}

/// Marks a shape as a mixin.
@trait(selector: ":not(member)")
structure mixin {
    localTraits: LocalMixinTraitList
}

list LocalMixinTraitList {
    member: LocalMixinTrait
}

@idRef(selector: "[trait|trait]", failWhenMissing: true, errorMessage: "Local mixin traits must be trait definitions")
string LocalMixinTrait

/// Lists may contain nulls, maps may contain null values.
@trait(selector: ":is(list, map)")
structure sparse {}

/// Marks `smithy.api#Unit`.
@trait(selector: "[id=smithy.api#Unit]")
structure unitType {}

/// The enum trait of Smithy 1.0 (deprecated: use enum shapes).
@trait(selector: "string :not(enum)")
@length(min: 1)
list enum {
    member: EnumDefinition
}

structure EnumDefinition {
    @required
    value: NonEmptyString

    name: EnumConstantBodyName

    documentation: String

    tags: NonEmptyStringList

    deprecated: Boolean
}

@pattern("^[a-zA-Z_]+[a-zA-Z_0-9]*$")
string EnumConstantBodyName

/// The value is a shape id that must match a selector.
@trait(selector: ":test(string, member > string)")
structure idRef {
    selector: String = "*"

    failWhenMissing: Boolean

    errorMessage: String
}

// ---- Constraint traits -------------------------------------------------------------------

/// Length limits of strings, blobs, lists and maps.
@trait(selector: ":test(list, map, string, blob, member > :is(list, map, string, blob))")
structure length {
    min: Long

    max: Long
}

/// Numeric limits.
@trait(selector: ":test(number, member > number)")
structure range {
    min: BigDecimal

    max: BigDecimal
}

/// An ECMA 262 regular expression a string must match.
@trait(selector: ":test(string, member > string)")
string pattern

/// The member must be set.
@trait(selector: "structure > member")
structure required {}

/// List items must be unique.
@trait(selector: "list :not(> member ~> :is(float, double, document))", conflicts: [sparse])
structure uniqueItems {}

// ---- Behaviour traits --------------------------------------------------------------------

/// A value the service generates when the client does not provide one.
@trait(selector: "structure > :test(member > string)", structurallyExclusive: "member")
@notProperty
structure idempotencyToken {}

/// The operation is idempotent.
@trait(selector: "operation", conflicts: [readonly])
structure idempotent {
    /// Errors meaning the resource already exists, which a retry may treat as success.
    exists: IdempotentErrors

    /// Errors meaning the resource is already gone, which a retry may treat as success.
    notFound: IdempotentErrors
}

/// The operation has no side effects.
@trait(selector: "operation", conflicts: [idempotent])
structure readonly {}

/// The error may be retried.
@trait(selector: "structure[trait|error]")
structure retryable {
    throttling: Boolean
}

/// The operation returns results in pages.
@trait(selector: ":is(operation, service)")
structure paginated {
    inputToken: NonEmptyString

    outputToken: NonEmptyString

    items: NonEmptyString

    pageSize: NonEmptyString
}

/// The request payload may be compressed.
@trait(selector: "operation")
structure requestCompression {
    encodings: RequestCompressionEncodingsList
}

list RequestCompressionEncodingsList {
    member: String
}

// ---- Resource traits ---------------------------------------------------------------------

/// Cannot replace an existing resource with `put`.
@trait(selector: "resource:test(-[put]->)")
structure noReplace {}

/// References from a structure or string to resources.
@trait(selector: ":is(structure, string)")
list references {
    member: Reference
}

structure Reference {
    /// May name a resource outside the model; ReferencesTrait checks the ones inside it.
    @required
    resource: NonEmptyString

    ids: NonEmptyStringMap

    service: NonEmptyString

    rel: NonEmptyString
}

/// Which resource identifier a member binds to.
@trait(selector: "structure > :test(member[trait|required] > string)")
string resourceIdentifier

/// Binds a member to a resource property of another name.
@trait(selector: "structure > member", conflicts: [resourceIdentifier])
structure property {
    name: String
}

/// The member is not a resource property.
@trait(selector: ":is(operation -[input, output]-> structure > member, [trait|trait])")
structure notProperty {}

/// The target structure's members are resource properties.
@trait(selector: "operation -[input, output]-> structure > member :test(> structure)", structurallyExclusive: "member")
structure nestedProperties {}

// ---- Streaming traits --------------------------------------------------------------------

/// The data is streamed.
@trait(selector: ":is(blob, union)", structurallyExclusive: "target")
structure streaming {}

/// The streamed data must have a known length.
@trait(selector: "blob[trait|streaming]")
structure requiresLength {}

/// Binds a member of an event to the event payload.
@trait(selector: "structure > :test(member > :test(blob, string, structure, union))", conflicts: [eventHeader], structurallyExclusive: "member")
structure eventPayload {}

/// Binds a member of an event to an event header.
@trait(selector: "structure > :test(member > :test(boolean, byte, short, integer, long, blob, string, timestamp))", conflicts: [eventPayload])
structure eventHeader {}

// ---- Serialization traits ----------------------------------------------------------------

/// The JSON property name of a member.
@trait(selector: ":is(structure, union) > member")
string jsonName

/// The media type of a blob or string.
@trait(selector: ":is(blob, string)")
string mediaType

/// How a timestamp is serialized.
@trait(selector: ":test(timestamp, member > timestamp)")
enum timestampFormat {
    DATE_TIME = "date-time"
    EPOCH_SECONDS = "epoch-seconds"
    HTTP_DATE = "http-date"
}

/// Serializes a member as an XML attribute.
@trait(selector: "structure > :test(member > :test(boolean, number, string, timestamp))", conflicts: [xmlNamespace])
structure xmlAttribute {}

/// Unwraps a list or map in XML.
@trait(selector: ":is(structure, union) > :test(member > :test(list, map))")
structure xmlFlattened {}

/// The XML element name.
@trait(selector: ":is(structure, union, member)")
@pattern("^[a-zA-Z_][a-zA-Z_0-9-]*(:[a-zA-Z_][a-zA-Z_0-9-]*)?$")
string xmlName

/// The XML namespace.
@trait(selector: ":is(service, member, simpleType, list, map, structure, union)", conflicts: [xmlAttribute])
structure xmlNamespace {
    @required
    uri: NonEmptyString

    prefix: NonEmptyString
}

// ---- HTTP binding traits -----------------------------------------------------------------

/// Binds an operation to an HTTP method and URI pattern.
@trait(selector: "operation")
structure http {
    @required
    method: NonEmptyString

    @required
    uri: NonEmptyString

    @range(min: 100, max: 999)
    code: Integer = 200
}

/// Binds a member to a URI label.
@trait(selector: "structure > member[trait|required] :test(> :test(string, number, boolean, timestamp))", conflicts: [httpHeader, httpQuery, httpPrefixHeaders, httpPayload, httpResponseCode, httpQueryParams])
structure httpLabel {}

/// Binds a member to a query string parameter.
@trait(selector: "structure > member :test(> :test(string, number, boolean, timestamp), > list > member > :test(string, number, boolean, timestamp))", conflicts: [httpLabel, httpHeader, httpPrefixHeaders, httpPayload, httpResponseCode, httpQueryParams])
@length(min: 1)
string httpQuery

/// Binds a map member to all query string parameters.
@trait(selector: "structure > member :test(> map > member[id|member=value] > :test(string, list > member > string))", conflicts: [httpLabel, httpQuery, httpHeader, httpPayload, httpResponseCode, httpPrefixHeaders], structurallyExclusive: "member")
structure httpQueryParams {}

/// Binds a member to an HTTP header.
@trait(selector: "structure > :test(member > :test(boolean, number, string, timestamp, list > member > :test(boolean, number, string, timestamp)))", conflicts: [httpLabel, httpQuery, httpPrefixHeaders, httpPayload, httpResponseCode, httpQueryParams])
@length(min: 1)
string httpHeader

/// Binds a map member to headers with a common prefix.
@trait(selector: "structure > member :test(> map :not([trait|sparse]) > member[id|member=value] > string)", conflicts: [httpLabel, httpQuery, httpHeader, httpPayload, httpResponseCode, httpQueryParams], structurallyExclusive: "member")
string httpPrefixHeaders

/// Binds a member to the whole HTTP payload.
@trait(selector: "structure > member", conflicts: [httpLabel, httpQuery, httpHeader, httpPrefixHeaders, httpResponseCode, httpQueryParams], structurallyExclusive: "member")
structure httpPayload {}

/// The HTTP status code of an error.
@trait(selector: "structure[trait|error]")
@range(min: 200, max: 599)
integer httpError

/// Binds an output member to the HTTP status code.
@trait(selector: "structure :not([trait|input]) > member :test(> integer)", structurallyExclusive: "member", conflicts: [httpLabel, httpQuery, httpHeader, httpPrefixHeaders, httpPayload, httpQueryParams])
structure httpResponseCode {}

/// CORS configuration of a service.
@trait(selector: "service")
structure cors {
    origin: NonEmptyString = "*"

    /// Allowed origins, when more than one.
    origins: NonEmptyStringMap

    maxAge: Integer = 600

    additionalAllowedHeaders: NonEmptyStringList

    additionalExposedHeaders: NonEmptyStringList
}

/// The request checksum is required.
@trait(selector: "operation")
structure httpChecksumRequired {}

// ---- Endpoint traits ---------------------------------------------------------------------

/// A host prefix for the operation's endpoint.
@trait(selector: "operation")
structure endpoint {
    @required
    hostPrefix: NonEmptyString
}

/// Binds a member to a label of the host prefix.
@trait(selector: "structure > :test(member[trait|required] > string)")
structure hostLabel {}

// ---- Protocol and authentication traits --------------------------------------------------

/// Marks a trait as a protocol definition.
@trait(selector: "structure[trait|trait]")
structure protocolDefinition {
    traits: TraitShapeIdList

    noInlineDocumentSupport: Boolean
}

list TraitShapeIdList {
    member: TraitShapeId
}

@idRef(failWhenMissing: true, selector: "[trait|trait]")
string TraitShapeId

/// Marks a trait as an authentication scheme definition.
@trait(selector: "structure[trait|trait]")
structure authDefinition {
    traits: TraitShapeIdList
}

/// HTTP Basic authentication.
@trait(selector: "service")
@authDefinition
structure httpBasicAuth {}

/// HTTP Digest authentication.
@trait(selector: "service")
@authDefinition
structure httpDigestAuth {}

/// HTTP Bearer authentication.
@trait(selector: "service")
@authDefinition
structure httpBearerAuth {}

/// An API key in a header or query parameter.
@trait(selector: "service")
@authDefinition
structure httpApiKeyAuth {
    @required
    name: NonEmptyString

    @required
    in: HttpApiKeyLocations

    scheme: NonEmptyString
}

enum HttpApiKeyLocations {
    HEADER = "header"
    QUERY = "query"
}

/// The operation may be called without authentication.
@trait(selector: "operation")
structure optionalAuth {}

/// The authentication schemes a service or operation supports, in priority order.
@trait(selector: ":is(service, operation)")
@uniqueItems
list auth {
    member: AuthTraitReference
}

@idRef(selector: "[trait|authDefinition]", failWhenMissing: true)
string AuthTraitReference

// ---- Miscellaneous -----------------------------------------------------------------------

/// The server may hold the request open (long polling).
@trait(selector: "operation")
structure longPoll {
    /// How long the server may hold the request, in milliseconds.
    timeoutMillis: Integer
}

/// Errors the operation may return on retry-safe calls.
list IdempotentErrors {
    member: String
}

/// Marks a structure as the schema of a metadata key, so the key's value can be validated.
@trait(selector: "dataType :not([trait|input]) :not([trait|output])")
structure metadata {
    /// The metadata key.
    @required
    @length(min: 1)
    key: String
}

list ShapeClosures {
    member: ShapeClosure
}

structure ShapeClosure {
    /// Identifies the closure.
    @required
    id: ClosureId

    /// Namespaces whose shapes are in the closure.
    includeNamespaces: Namespaces = []

    /// A selector whose matched shapes are in the closure.
    @length(min: 1)
    includeBySelector: String

    /// Names to use for shapes whose names conflict in the closure.
    rename: Renames

    /// Documentation of the closure.
    documentation: CommonMark
}

string ClosureId

list Namespaces {
    member: String
}

map Renames {
    key: String
    value: Identifier
}

string CommonMark

@pattern("^[A-Za-z_][A-Za-z0-9_]*$")
string Identifier

@length(min: 1)
string NonEmptyString

list NonEmptyStringList {
    member: NonEmptyString
}

map NonEmptyStringMap {
    key: NonEmptyString
    value: NonEmptyString
}
