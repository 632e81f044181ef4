/**
 * @module Post-processing steps applied to every schema a shape or member produces, in upstream's
 * order: timestamps (by `@timestampFormat` or the default format), then OpenAPI's adjustments
 * (formats, extensions, keywords the OpenAPI version lacks), then `disableFeatures`.
 */
import { isMember, TRAIT_IDS } from '@platform/smithy';
import { isJsonObject } from '../json/json-value.js';
import { copySchema, disableKeyword, putExtension } from './schema.js';
import type { JsonValue } from '../json/json-value.js';
import type { ConversionModel, TraitHolder } from '../model/conversion-model.js';
import type { OpenApiVersion, ResolvedSettings } from '../settings.js';
import type { Schema } from './schema.js';
import type { SchemaSettings } from './schema-settings.js';

export interface SchemaMapper {
  /** Changes `schema` (a private copy) for `holder`. */
  update(holder: TraitHolder, schema: Schema): void;
}

/** The timestamp format a shape or member uses in a JSON document, if it is a timestamp. */
export function jsonTimestampFormat(
  holder: TraitHolder,
  settings: Pick<SchemaSettings, 'defaultTimestampFormat'>,
): string | undefined {
  const own = holder.traits[TRAIT_IDS.timestampFormat];
  if (!isMember(holder) && holder.type === 'timestamp') {
    return typeof own === 'string' ? own : settings.defaultTimestampFormat;
  }
  return typeof own === 'string' ? own : undefined;
}

export function timestampMapper(settings: SchemaSettings): SchemaMapper {
  return {
    update(holder, schema) {
      const format = jsonTimestampFormat(holder, settings);
      if (format === undefined) return;
      if (format === 'date-time') {
        schema.type = 'string';
        schema.format = format;
      } else if (format === 'epoch-seconds') {
        delete schema.format;
        schema.type = 'number';
      } else {
        schema.type = format.startsWith('epoch-') ? 'number' : 'string';
      }
    },
  };
}

export function disableMapper(settings: SchemaSettings): SchemaMapper {
  return {
    update(_holder, schema) {
      for (const feature of settings.disableFeatures) disableKeyword(schema, feature);
    },
  };
}

const UNSUPPORTED_KEYWORDS: Readonly<Record<OpenApiVersion, readonly string[]>> = {
  '3.0.2': ['propertyNames', 'contentMediaType'],
  '3.1.0': ['contentMediaType'],
};

type OpenApiMapperSettings = SchemaSettings &
  Pick<
    ResolvedSettings,
    | 'version'
    | 'disableIntegerFormat'
    | 'useStringsForArbitraryPrecision'
    | 'defaultBlobFormat'
    | 'externalDocs'
  >;

/** smithy-openapi's `OpenApiJsonSchemaMapper`. */
export function openApiMapper(
  model: ConversionModel,
  settings: OpenApiMapperSettings,
): SchemaMapper {
  return {
    update(holder, schema) {
      for (const [name, value] of specificationExtensions(model, holder))
        putExtension(schema, name, value);
      const docs = resolvedExternalDocs(holder, settings.externalDocs);
      if (docs) putExtension(schema, 'externalDocs', docs);
      if (holder.traits[TRAIT_IDS.deprecated] !== undefined)
        putExtension(schema, 'deprecated', true);
      const type = isMember(holder) ? 'member' : holder.type;
      const integerFormats = settings.useIntegerType && !settings.disableIntegerFormat;
      if (
        (type === 'bigDecimal' || type === 'bigInteger') &&
        settings.useStringsForArbitraryPrecision
      ) {
        schema.type = 'string';
        schema.format = type === 'bigDecimal' ? 'decimal' : 'bigint';
      }
      if (schema.format === undefined) {
        if (integerFormats && (type === 'integer' || type === 'intEnum')) {
          schema.format = 'int32';
        } else if (integerFormats && type === 'long') {
          schema.format = 'int64';
        } else if (type === 'float' || type === 'double') {
          setFloatFormat(schema, settings.supportNonNumericFloats, type);
        } else if (type === 'blob') {
          if (settings.version === '3.0.2') schema.format = settings.defaultBlobFormat;
          else schema.contentEncoding = settings.defaultBlobFormat;
          return;
        } else if (type === 'timestamp') {
          if (jsonTimestampFormat(holder, settings) === 'epoch-seconds') schema.format = 'double';
        } else if (holder.traits[TRAIT_IDS.sensitive] !== undefined) {
          schema.format = 'password';
        }
      }
      for (const keyword of UNSUPPORTED_KEYWORDS[settings.version]) disableKeyword(schema, keyword);
    },
  };
}

function setFloatFormat(schema: Schema, nonNumeric: boolean, format: string): void {
  if (!nonNumeric) {
    schema.format = format;
    return;
  }
  schema.oneOf = (schema.oneOf ?? []).map((s) =>
    s.type === 'number' ? { ...copySchema(s), format } : s,
  );
}

/**
 * Traits whose definitions carry `@smithy.openapi#specificationExtension` become `x-` keywords:
 * its `as` name, else `x-` plus the trait id with `.` and `#` turned into `-`.
 */
export function specificationExtensions(
  model: ConversionModel,
  holder: TraitHolder,
): Array<[string, JsonValue]> {
  const out: Array<[string, JsonValue]> = [];
  for (const [traitId, value] of Object.entries(holder.traits)) {
    const marker = model.shape(traitId)?.traits[TRAIT_IDS.specificationExtension];
    if (marker === undefined) continue;
    const as = isJsonObject(marker) && typeof marker.as === 'string' ? marker.as : undefined;
    out.push([as ?? `x-${traitId.replace(/[.#]/g, '-')}`, value]);
  }
  return out;
}

/**
 * The first `@externalDocumentation` link whose name is in the `externalDocs` setting (matched
 * case-insensitively, in the setting's order), as an OpenAPI External Documentation object.
 */
export function resolvedExternalDocs(
  holder: TraitHolder,
  names: readonly string[],
): JsonValue | undefined {
  const trait = holder.traits[TRAIT_IDS.externalDocumentation];
  if (!isJsonObject(trait)) return undefined;
  const byLowerName = new Map(Object.keys(trait).map((k) => [k.toLowerCase(), k]));
  for (const name of names) {
    const key = byLowerName.get(name.toLowerCase());
    if (key !== undefined) return { description: key, url: trait[key] as JsonValue };
  }
  return undefined;
}
