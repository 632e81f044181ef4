/**
 * @module Shapes to JSON Schema, following smithy-jsonschema's `JsonSchemaShapeVisitor` and
 * `JsonSchemaConverter`: one schema per shape or member (traits become keywords: documentation,
 * title, constraints, enum values, defaults, deprecation), references between named shapes, and
 * the definitions of every named shape reachable from the root.
 */
import {
  BigNumberValue,
  isMember,
  membersOf,
  TRAIT_IDS,
  translateJavaPattern,
  UNIT_SHAPE_ID,
} from '@platform/smithy';
import type { EnumShape, MapShape, Member, NodeValue, Shape, ShapeId } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { isJsonObject } from '../json/json-value.js';
import { RefStrategy, hasEnumTrait, propertyName } from './ref-strategy.js';
import { copySchema } from './schema.js';
import type { ConversionModel, TraitHolder } from '../model/conversion-model.js';
import type { Schema, SchemaNumber } from './schema.js';
import type { SchemaMapper } from './schema-mappers.js';
import type { SchemaSettings } from './schema-settings.js';

const NON_NUMERIC_FLOATS = ['NaN', 'Infinity', '-Infinity'];

export class SchemaConverter {
  readonly refs: RefStrategy;
  private readonly scope: Set<ShapeId>;
  private readonly unitTargetedByUnion: boolean;

  constructor(
    readonly model: ConversionModel,
    readonly settings: SchemaSettings,
    private readonly mappers: readonly SchemaMapper[],
  ) {
    const scoped = settings.service !== undefined && !settings.enableOutOfServiceReferences;
    this.scope = scoped
      ? model.closure([settings.service as ShapeId])
      : new Set(model.shapes().map((s) => s.id));
    const scopeShapes = [...this.scope].map((id) => model.expect(id));
    this.unitTargetedByUnion = scopeShapes.some(
      (s) => s.type === 'union' && membersOf(s).some((m) => m.target === UNIT_SHAPE_ID),
    );
    this.refs = new RefStrategy(model, settings, scopeShapes, this.unitTargetedByUnion);
  }

  propertyName(member: Member): string {
    return propertyName(member, this.settings);
  }

  toPointer(id: ShapeId): string {
    return this.refs.toPointer(id);
  }

  isInlined(holder: TraitHolder): boolean {
    return this.refs.isInlined(holder);
  }

  /** `{ $ref }` to the schema of a shape (or of the shape a member targets). */
  createRef(id: ShapeId): Schema {
    return { ref: this.toPointer(id) };
  }

  /** The member's own schema when its target is inlined, else a reference to the target. */
  inlineOrReference(member: Member): Schema {
    return this.isInlined(member) ? this.convert(member) : this.createRef(member.target);
  }

  /**
   * Definitions (pointer → schema) of the named shapes reachable from `roots` (the whole model
   * when absent), except `exclude`, built-in shapes (the prelude, bundled trait definitions),
   * trait definitions and inlined shapes. Two shapes that would share a definition name are an
   * error.
   */
  definitions(roots?: readonly ShapeId[], exclude?: ShapeId): Map<string, Schema> {
    const reachable = roots
      ? this.model.closure(roots)
      : new Set(this.model.shapes().map((s) => s.id));
    const prefix = this.settings.definitionPointer.replace(/\/$/, '');
    const result = new Map<string, Schema>();
    const owners = new Map<string, Shape>();
    for (const shape of this.model.shapes()) {
      if (!reachable.has(shape.id) || shape.id === exclude) continue;
      if (shape.traits[TRAIT_IDS.trait] !== undefined) continue;
      if (shape.type === 'service' || shape.type === 'resource' || shape.type === 'operation')
        continue;
      if (
        this.model.isBuiltIn(shape.id) &&
        !(shape.id === UNIT_SHAPE_ID && this.unitTargetedByUnion)
      )
        continue;
      if (this.isInlined(shape)) continue;
      const pointer = this.toPointer(shape.id);
      if (!pointer.startsWith(`${prefix}/`) || pointer.slice(prefix.length + 1).includes('/'))
        continue;
      const owner = owners.get(pointer);
      if (owner) {
        throw new OpenApiConversionError(
          'ConflictingName',
          `Shape ${shape.id} conflicts with ${owner.id} using a JSON schema pointer of ${pointer}`,
          {
            shapeId: shape.id,
            ...(shape.location ? { location: shape.location } : {}),
            hint: 'Rename one of them, or give one a new name in the service `rename` map.',
          },
        );
      }
      owners.set(pointer, shape);
      result.set(pointer, this.convert(shape));
    }
    return result;
  }

  /** The schema of a shape or member, after the mappers. */
  convert(holder: TraitHolder): Schema {
    if (isMember(holder)) {
      const schema = copySchema(this.convert(this.model.target(holder)));
      return this.finish(holder, this.describe(holder, schema));
    }
    return this.finish(holder, this.shapeSchema(holder));
  }

  private shapeSchema(shape: Shape): Schema {
    switch (shape.type) {
      case 'document':
        return this.base(shape, undefined);
      case 'blob':
      case 'string':
      case 'timestamp':
        return this.base(shape, 'string');
      case 'enum':
        return this.settings.enumStrategy === 'oneOf'
          ? this.enumOneOf(shape)
          : this.base(shape, 'string');
      case 'boolean':
        return this.base(shape, 'boolean');
      case 'byte':
      case 'short':
      case 'integer':
      case 'long':
      case 'intEnum':
        return this.base(shape, this.settings.useIntegerType ? 'integer' : 'number');
      case 'float':
      case 'double':
        return this.floatSchema(shape);
      case 'bigInteger':
      case 'bigDecimal':
        return this.base(shape, 'number');
      case 'list':
      case 'set': {
        const schema = this.base(shape, 'array');
        schema.items = this.memberRef(shape.member);
        if (shape.traits[TRAIT_IDS.uniqueItems] !== undefined) schema.uniqueItems = true;
        return schema;
      }
      case 'map':
        return this.mapSchema(shape);
      case 'structure':
        return this.structured(shape);
      case 'union':
        return this.unionSchema(shape);
      default:
        throw new OpenApiConversionError(
          'InvalidModel',
          `Unable to convert ${shape.type} \`${shape.id}\` to JSON Schema`,
          {
            shapeId: shape.id,
          },
        );
    }
  }

  /** How a member appears inside its container: inline, or a `$ref` (with default/docs). */
  private memberRef(member: Member): Schema {
    if (this.isInlined(member)) return this.convert(member);
    const ref: Schema = this.createRef(member.target);
    if (
      member.traits[TRAIT_IDS.deprecated] !== undefined &&
      this.settings.jsonSchemaVersion !== 'draft07'
    ) {
      ref.deprecated = true;
    }
    if (this.settings.addReferenceDescriptions) {
      const description = this.descriptionMessage(member);
      if (description !== undefined) ref.description = description;
    }
    const defaultValue = member.traits[TRAIT_IDS.default];
    if (defaultValue !== undefined && !this.settings.disableDefaultValues) {
      return { allOf: [ref, { default: defaultValue }] };
    }
    return ref;
  }

  private structured(shape: Shape): Schema {
    const schema = this.base(shape, 'object');
    const required: string[] = [];
    schema.properties = new Map();
    for (const member of membersOf(shape)) {
      const name = this.propertyName(member);
      if (member.traits[TRAIT_IDS.required] !== undefined) required.push(name);
      schema.properties.set(name, this.memberRef(member));
    }
    schema.required = required;
    return schema;
  }

  private unionSchema(shape: Shape): Schema {
    switch (this.settings.unionStrategy) {
      case 'object':
        return this.base(shape, 'object');
      case 'structure':
        return this.structured(shape);
      default: {
        const schema = this.base(shape, undefined);
        schema.oneOf = membersOf(shape).map((member) => {
          const name = this.propertyName(member);
          return {
            type: 'object',
            title: name,
            required: [name],
            properties: new Map([[name, this.memberRef(member)]]),
          };
        });
        return schema;
      }
    }
  }

  private mapSchema(shape: MapShape): Schema {
    const schema = this.base(shape, 'object');
    if (this.settings.mapStrategy === 'patternProperties') {
      const pattern = this.model.memberTrait(shape.key, TRAIT_IDS.pattern);
      schema.patternProperties = new Map([
        [
          typeof pattern === 'string' ? ecmaPattern(shape.key, pattern) : '.+',
          this.memberRef(shape.value),
        ],
      ]);
    } else {
      schema.propertyNames = this.memberRef(shape.key);
      schema.additionalProperties = this.memberRef(shape.value);
    }
    return schema;
  }

  private floatSchema(shape: Shape): Schema {
    const number = this.base(shape, 'number');
    if (!this.settings.supportNonNumericFloats) return number;
    const outer = this.base(shape, undefined);
    outer.oneOf = [number, { type: 'string', enumValues: [...NON_NUMERIC_FLOATS] }];
    return outer;
  }

  private enumOneOf(shape: EnumShape): Schema {
    const schema: Schema = { type: 'string' };
    const docs = shape.traits[TRAIT_IDS.documentation];
    if (typeof docs === 'string') schema.description = docs;
    schema.oneOf = membersOf(shape).map((member) => {
      const entry: Schema = { const: enumValueOf(member) };
      const title = member.traits[TRAIT_IDS.title];
      if (typeof title === 'string') entry.title = title;
      const memberDocs = member.traits[TRAIT_IDS.documentation];
      if (typeof memberDocs === 'string') entry.description = memberDocs;
      return entry;
    });
    return schema;
  }

  /** A schema of `type` with the keywords every shape's traits give it. */
  private base(shape: Shape, type: string | undefined): Schema {
    const schema: Schema = {};
    if (type !== undefined) schema.type = type;
    return this.describe(shape, schema);
  }

  /** Smithy's `updateBuilder`: trait-derived keywords of a shape or member. */
  private describe(holder: TraitHolder, schema: Schema): Schema {
    const { model, settings } = this;
    const description = this.descriptionMessage(holder);
    if (description !== undefined) schema.description = description;
    const title = holder.traits[TRAIT_IDS.title];
    if (typeof title === 'string') schema.title = title;
    const mediaType = holder.traits[TRAIT_IDS.mediaType];
    if (typeof mediaType === 'string') schema.contentMediaType = mediaType;
    const pattern = model.memberTrait(holder, TRAIT_IDS.pattern);
    if (typeof pattern === 'string') schema.pattern = ecmaPattern(holder, pattern);
    const range = model.memberTrait(holder, TRAIT_IDS.range);
    if (isJsonObject(range)) {
      if (isNumber(range.min)) schema.minimum = range.min;
      if (isNumber(range.max)) schema.maximum = range.max;
    }
    const length = model.memberTrait(holder, TRAIT_IDS.length);
    if (isJsonObject(length)) {
      const kind = (isMember(holder) ? model.target(holder) : holder).type;
      const [min, max] =
        kind === 'list' || kind === 'set'
          ? (['minItems', 'maxItems'] as const)
          : kind === 'map'
            ? (['minProperties', 'maxProperties'] as const)
            : (['minLength', 'maxLength'] as const);
      if (isNumber(length.min)) schema[min] = length.min;
      if (isNumber(length.max)) schema[max] = length.max;
    }
    if (holder.traits[TRAIT_IDS.uniqueItems] !== undefined) schema.uniqueItems = true;
    const enumValues =
      !isMember(holder) && hasEnumTrait(holder) ? stringEnumValues(holder) : undefined;
    if (enumValues) schema.enumValues = enumValues;
    if (!isMember(holder) && holder.type === 'intEnum' && !settings.disableIntEnums) {
      schema.intEnumValues = membersOf(holder)
        .map((m) => m.traits[TRAIT_IDS.enumValue])
        .filter((v): v is SchemaNumber => isNumber(v));
    }
    const defaultValue = holder.traits[TRAIT_IDS.default];
    if (defaultValue !== undefined && !settings.disableDefaultValues) schema.default = defaultValue;
    if (
      holder.traits[TRAIT_IDS.deprecated] !== undefined &&
      settings.jsonSchemaVersion !== 'draft07'
    ) {
      schema.deprecated = true;
    }
    return schema;
  }

  /** Documentation, plus the deprecation notice of `@deprecated` ("This shape is deprecated..."). */
  descriptionMessage(holder: TraitHolder): string | undefined {
    let text = '';
    const docs = holder.traits[TRAIT_IDS.documentation];
    if (typeof docs === 'string') text += docs;
    const deprecated = holder.traits[TRAIT_IDS.deprecated];
    if (deprecated !== undefined) {
      const info = isJsonObject(deprecated) ? deprecated : {};
      const message = typeof info.message === 'string' ? info.message : undefined;
      const since = typeof info.since === 'string' ? info.since : undefined;
      if (
        !this.settings.disableDefaultDeprecatedMessage ||
        message !== undefined ||
        since !== undefined
      ) {
        const kind = !isMember(holder) && holder.type === 'operation' ? 'operation' : 'shape';
        text += `\nThis ${kind} is deprecated${since !== undefined ? ` since ${since}` : ''}${message !== undefined ? `: ${message}` : '.'}`;
      }
    }
    const trimmed = text.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  private finish(holder: TraitHolder, schema: Schema): Schema {
    for (const mapper of this.mappers) mapper.update(holder, schema);
    return schema;
  }
}

function isNumber(value: NodeValue | undefined): value is SchemaNumber {
  return typeof value === 'number' || value instanceof BigNumberValue;
}

/** Values of an enum shape (its members' `@enumValue`), or of a Smithy 1.0 `@enum` trait. */
function stringEnumValues(shape: Shape): string[] {
  if (shape.type === 'enum') return membersOf(shape).map(enumValueOf);
  const trait = shape.traits[TRAIT_IDS.enum];
  if (!Array.isArray(trait)) return [];
  return (trait as readonly NodeValue[])
    .map((d) => (isJsonObject(d) && typeof d.value === 'string' ? d.value : undefined))
    .filter((v): v is string => v !== undefined);
}

function enumValueOf(member: Member): string {
  const value = member.traits[TRAIT_IDS.enumValue];
  return typeof value === 'string' ? value : member.name;
}

/**
 * A `@pattern` (Java's dialect) as the ECMA-262 `pattern` JSON Schema requires, read with the `u`
 * flag as validators such as Ajv read it.
 */
function ecmaPattern(holder: TraitHolder, pattern: string): string {
  const translation = translateJavaPattern(pattern);
  if (translation.ok) return translation.pattern.source;
  const { offset, construct, message, hint } = translation.problem;
  throw new OpenApiConversionError(
    'InvalidTrait',
    `The pattern \`${pattern}\` of ${holder.id} has no ECMA-262 equivalent: at character ${offset + 1}, \`${construct}\`: ${message}`,
    { shapeId: holder.id, ...(holder.location ? { location: holder.location } : {}), hint },
  );
}
