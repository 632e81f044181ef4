/**
 * @module Conversion settings. The names and defaults are smithy-openapi's `openapi` plugin
 * settings (smithy-build.json), so a model converts here exactly as it does upstream with the same
 * settings. Our additions live under `platform` and are all off unless set, which keeps parity
 * runs untouched.
 */
import type { ShapeId } from '@platform/smithy';
import { OpenApiConversionError } from './errors.js';
import { isJsonObject } from './json/json-value.js';
import type { JsonValue } from './json/json-value.js';
import { SCHEMA_DEFAULTS } from './schema/schema-settings.js';

export type OpenApiVersion = '3.0.2' | '3.1.0';
export type TimestampFormat = 'date-time' | 'epoch-seconds' | 'http-date';

/** A code sample for one operation, in Redocly's `x-codeSamples` form. */
export interface CodeSample {
  readonly lang: string;
  readonly label?: string;
  readonly source: string;
}

/** What a code-sample provider is told about the operation it fills. */
export interface CodeSampleContext {
  readonly shapeId: ShapeId;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
}

export type CodeSampleProvider = (operation: CodeSampleContext) => readonly CodeSample[];

/** Additions beyond smithy-openapi, driven by the `example.platform` traits. All opt-in. */
export interface PlatformSettings {
  /** `oauth2` client-credentials scheme from `@oauth2ClientCredentials`, scopes from `@requiredScopes`. */
  readonly oauth2ClientCredentials?: boolean;
  /** Environment whose `tokenUrl` becomes the flow's token URL (default: the first listed). */
  readonly tokenUrlEnvironment?: string;
  /** `servers` from `@environments`. */
  readonly servers?: boolean;
  /** The OpenAPI 3.1 `webhooks` section from `@webhooks` / `@webhookEvent`. */
  readonly webhooks?: boolean;
  /** `x-paginated` on operations with (service-inherited) `@paginated`. */
  readonly pagination?: boolean;
  /** `x-lifecycle` in `info`; `deprecated` and `x-sunset` on operations of a deprecated version. */
  readonly lifecycle?: boolean;
  /** `summary` on operations and webhooks: the shape's `@title`, else its name in words. */
  readonly summaries?: boolean;
  /** `x-codeSamples` on every operation: an empty slot (`true`) or filled by a provider. */
  readonly codeSamples?: boolean | CodeSampleProvider;
}

/** Input settings: smithy-openapi's names, plus `platform`. */
export interface OpenApiSettings {
  readonly service: ShapeId;
  readonly protocol?: ShapeId;
  readonly version?: OpenApiVersion;
  readonly tags?: boolean;
  readonly supportedTags?: readonly string[];
  readonly defaultBlobFormat?: string;
  readonly keepUnusedComponents?: boolean;
  readonly jsonContentType?: string;
  readonly forbidGreedyLabels?: boolean;
  readonly removeGreedyParameterSuffix?: boolean;
  readonly onHttpPrefixHeaders?: 'FAIL' | 'WARN';
  readonly ignoreUnsupportedTraits?: boolean;
  readonly substitutions?: Readonly<Record<string, JsonValue>>;
  readonly jsonAdd?: Readonly<Record<string, JsonValue>>;
  readonly externalDocs?: readonly string[];
  readonly disableIntegerFormat?: boolean;
  readonly onErrorStatusConflict?: 'oneOf';
  readonly useStringsForArbitraryPrecision?: boolean;
  readonly alphanumericOnlyRefs?: boolean;
  readonly useJsonName?: boolean;
  readonly defaultTimestampFormat?: TimestampFormat;
  readonly unionStrategy?: 'oneOf' | 'object' | 'structure';
  readonly mapStrategy?: 'propertyNames' | 'patternProperties';
  readonly enumStrategy?: 'enum' | 'oneOf';
  readonly schemaDocumentExtensions?: Readonly<Record<string, JsonValue>>;
  readonly disableFeatures?: readonly string[];
  readonly supportNonNumericFloats?: boolean;
  readonly enableOutOfServiceReferences?: boolean;
  readonly useIntegerType?: boolean;
  readonly disableDefaultValues?: boolean;
  readonly disableIntEnums?: boolean;
  readonly addReferenceDescriptions?: boolean;
  readonly useInlineMaps?: boolean;
  readonly disableDefaultDeprecatedMessage?: boolean;
  readonly platform?: PlatformSettings;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Settings with every default filled in; protocols may still adjust their own defaults. */
export type ResolvedSettings = Mutable<
  Required<Omit<OpenApiSettings, 'protocol' | 'supportedTags' | 'onErrorStatusConflict'>>
> &
  Pick<OpenApiSettings, 'protocol' | 'supportedTags' | 'onErrorStatusConflict'>;

const DEFAULTS: Omit<ResolvedSettings, 'service'> = {
  version: '3.0.2',
  tags: false,
  defaultBlobFormat: 'byte',
  keepUnusedComponents: false,
  jsonContentType: 'application/json',
  forbidGreedyLabels: false,
  removeGreedyParameterSuffix: false,
  onHttpPrefixHeaders: 'FAIL',
  ignoreUnsupportedTraits: false,
  substitutions: {},
  jsonAdd: {},
  externalDocs: [
    'Homepage',
    'API Reference',
    'User Guide',
    'Developer Guide',
    'Reference',
    'Guide',
  ],
  disableIntegerFormat: false,
  useStringsForArbitraryPrecision: false,
  ...SCHEMA_DEFAULTS,
  schemaDocumentExtensions: {},
  platform: {},
};

/** Old smithy-build names upstream still accepts. */
const RENAMED: Readonly<Record<string, string>> = {
  'openapi.tags': 'tags',
  'openapi.supportedTags': 'supportedTags',
  'openapi.defaultBlobFormat': 'defaultBlobFormat',
  'openapi.keepUnusedComponents': 'keepUnusedComponents',
  'openapi.aws.jsonContentType': 'jsonContentType',
  'openapi.forbidGreedyLabels': 'forbidGreedyLabels',
  'openapi.onHttpPrefixHeaders': 'onHttpPrefixHeaders',
  'openapi.ignoreUnsupportedTrait': 'ignoreUnsupportedTraits',
  'openapi.ignoreUnsupportedTraits': 'ignoreUnsupportedTraits',
  'openapi.substitutions': 'substitutions',
};

const BOOLEAN_KEYS = Object.entries(DEFAULTS)
  .filter(([, v]) => typeof v === 'boolean')
  .map(([k]) => k);
const STRING_LIST_KEYS = ['supportedTags', 'externalDocs', 'disableFeatures'];
const OBJECT_KEYS = ['substitutions', 'jsonAdd', 'schemaDocumentExtensions'];
const ENUM_KEYS: Readonly<Record<string, readonly string[]>> = {
  version: ['3.0.2', '3.1.0'],
  onHttpPrefixHeaders: ['FAIL', 'WARN'],
  onErrorStatusConflict: ['oneOf'],
  defaultTimestampFormat: ['date-time', 'epoch-seconds', 'http-date'],
  unionStrategy: ['oneOf', 'object', 'structure'],
  mapStrategy: ['propertyNames', 'patternProperties'],
  enumStrategy: ['enum', 'oneOf'],
};
const STRING_KEYS = ['service', 'protocol', 'defaultBlobFormat', 'jsonContentType'];

/**
 * Checks settings given as data (e.g. a smithy-build `openapi` plugin object) or as typed
 * `OpenApiSettings`, and fills in defaults. Unknown keys are ignored, as upstream does.
 */
export function resolveSettings(
  input: OpenApiSettings | Readonly<Record<string, unknown>>,
): ResolvedSettings {
  const raw: Record<string, unknown> = { ...input };
  for (const [old, name] of Object.entries(RENAMED)) {
    if (old in raw) {
      raw[name] = raw[old];
      delete raw[old];
    }
  }
  for (const key of Object.keys(raw)) {
    if (key.startsWith('disable.') || key.startsWith('openapi.use.')) {
      invalid(key, 'is no longer supported', 'List the feature in `disableFeatures` instead.');
    }
  }
  if (typeof raw.service !== 'string' || raw.service === '') {
    invalid(
      'service',
      'is required: openapi is missing required property, `service`',
      'Set `service` to the absolute shape id of the service, e.g. `example.platform.v1#Commercial`.',
    );
  }
  for (const key of STRING_KEYS) check(raw, key, (v) => typeof v === 'string', 'a string');
  for (const key of BOOLEAN_KEYS) check(raw, key, (v) => typeof v === 'boolean', 'true or false');
  for (const key of STRING_LIST_KEYS) {
    check(
      raw,
      key,
      (v) => Array.isArray(v) && v.every((s) => typeof s === 'string'),
      'a list of strings',
    );
  }
  for (const key of OBJECT_KEYS) {
    check(raw, key, (v) => isJsonObject(v as JsonValue), 'an object');
  }
  for (const [key, allowed] of Object.entries(ENUM_KEYS)) {
    check(
      raw,
      key,
      (v) => typeof v === 'string' && allowed.includes(v),
      `one of ${allowed.map((a) => `"${a}"`).join(', ')}`,
    );
  }
  check(
    raw,
    'platform',
    (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
    'an object',
  );
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  return { ...DEFAULTS, ...defined } as ResolvedSettings;
}

function check(
  raw: Record<string, unknown>,
  key: string,
  ok: (value: unknown) => boolean,
  expected: string,
): void {
  const value = raw[key];
  if (value !== undefined && !ok(value))
    invalid(key, `must be ${expected}, not ${JSON.stringify(value)}`);
}

function invalid(key: string, problem: string, hint?: string): never {
  throw new OpenApiConversionError(
    'InvalidSettings',
    `OpenAPI setting \`${key}\` ${problem}`,
    hint ? { hint } : {},
  );
}
