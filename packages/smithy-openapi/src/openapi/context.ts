/**
 * @module What every step of one conversion shares: the (rewritten) model, the service, the
 * settings after protocol defaults, the schema converter, schemas synthesized for message bodies,
 * and the warnings upstream would only log.
 */
import type { ServiceShape, ShapeId } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import type { OpenApiWarning } from '../errors.js';
import type { ConversionModel, TraitHolder } from '../model/conversion-model.js';
import type { SchemaConverter } from '../schema/schema-converter.js';
import type { Schema } from '../schema/schema.js';
import type { ResolvedSettings } from '../settings.js';

/** Where OpenAPI keeps schema definitions. */
export const SCHEMAS_POINTER = '#/components/schemas';

export class ConversionContext {
  /** Schemas made for request/response bodies, by component name. */
  readonly synthesized = new Map<string, { schema: Schema; owner: ShapeId }>();
  readonly warnings: OpenApiWarning[] = [];

  constructor(
    readonly model: ConversionModel,
    readonly service: ServiceShape,
    readonly settings: ResolvedSettings,
    readonly schemas: SchemaConverter,
  ) {}

  /** Registers a body schema under `name`; returns its `$ref` pointer. */
  putSynthesizedSchema(name: string, schema: Schema, owner: ShapeId): string {
    const existing = this.synthesized.get(name);
    if (existing && existing.owner !== owner) {
      throw new OpenApiConversionError(
        'ConflictingName',
        `The body schema name \`${name}\` is produced by both \`${existing.owner}\` and \`${owner}\``,
        {
          shapeId: owner,
          hint: 'Rename one of the operations or errors (or use the service `rename` map).',
        },
      );
    }
    this.synthesized.set(name, { schema, owner });
    return `${SCHEMAS_POINTER}/${name}`;
  }

  /** The name the service gives a shape. */
  name(id: ShapeId): string {
    return this.model.contextualName(this.service, id);
  }

  /** The name with non-alphanumerics removed when `alphanumericOnlyRefs` is set. */
  refSafeName(id: ShapeId): string {
    const name = this.name(id);
    return this.settings.alphanumericOnlyRefs ? name.replace(/[^A-Za-z0-9]/g, '') : name;
  }

  warn(code: string, message: string, shapeId?: ShapeId): void {
    this.warnings.push({ code, message, ...(shapeId ? { shapeId } : {}) });
  }

  /** Source location details for errors about a shape or member. */
  static where(holder: TraitHolder): {
    shapeId: ShapeId;
    location?: NonNullable<TraitHolder['location']>;
  } {
    return { shapeId: holder.id, ...(holder.location ? { location: holder.location } : {}) };
  }
}
