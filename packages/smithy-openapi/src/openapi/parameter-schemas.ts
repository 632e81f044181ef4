/**
 * @module Schemas of values that travel outside the JSON body — path labels, query strings and
 * headers — where Smithy's serialisation differs from JSON: timestamps without an explicit
 * `@timestampFormat` are `date-time` strings in paths and queries and HTTP-dates in headers, lists
 * repeat their items, and `@mediaType` strings in headers are base64.
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { Member } from '@platform/smithy';
import { copySchema } from '../schema/schema.js';
import type { Schema } from '../schema/schema.js';
import type { ConversionContext } from './context.js';

type Location = 'query' | 'header';

/** The schema of a path label. */
export function pathParameterSchema(ctx: ConversionContext, member: Member): Schema {
  const target = ctx.model.target(member);
  if (
    target.type === 'timestamp' &&
    ctx.model.memberTrait(member, TRAIT_IDS.timestampFormat) === undefined
  ) {
    const schema = asStringSchema(ctx.schemas.convert(member));
    schema.format = 'date-time';
    return schema;
  }
  return ctx.schemas.inlineOrReference(member);
}

/** The schema of a query parameter (`@httpQuery`, `@httpQueryParams`). */
export function querySchema(ctx: ConversionContext, member: Member): Schema {
  return locationSchema(ctx, member, 'query');
}

/** The schema of a request or response header. */
export function headerSchema(ctx: ConversionContext, member: Member): Schema {
  return locationSchema(ctx, member, 'header');
}

function locationSchema(ctx: ConversionContext, member: Member, location: Location): Schema {
  const schema = ctx.schemas.inlineOrReference(member);
  const target = ctx.model.target(member);
  switch (target.type) {
    case 'list':
    case 'set': {
      const items = locationSchema(ctx, target.member, location);
      const copy = copySchema(schema);
      delete copy.ref;
      copy.type = 'array';
      copy.items = items;
      return copy;
    }
    case 'timestamp': {
      if (member.traits[TRAIT_IDS.timestampFormat] !== undefined) return schema;
      const converted = asStringSchema(ctx.schemas.convert(member));
      if (location === 'query') converted.format = 'date-time';
      else delete converted.format;
      return converted;
    }
    case 'string':
      if (location === 'header' && target.traits[TRAIT_IDS.mediaType] !== undefined) {
        const copy = copySchema(schema);
        delete copy.ref;
        copy.type = 'string';
        copy.format = 'byte';
        return copy;
      }
      return schema;
    default:
      return schema;
  }
}

/** A copy turned into a string schema, without keywords that only fit numbers, arrays or objects. */
function asStringSchema(schema: Schema): Schema {
  const copy = copySchema(schema);
  copy.type = 'string';
  for (const key of [
    'maximum',
    'minimum',
    'exclusiveMaximum',
    'exclusiveMinimum',
    'multipleOf',
    'items',
    'properties',
    'required',
    'propertyNames',
    'oneOf',
    'anyOf',
    'not',
    'ref',
    'minProperties',
    'maxProperties',
    'minItems',
    'maxItems',
  ] as const) {
    delete copy[key];
  }
  return copy;
}
