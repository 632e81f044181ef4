/**
 * @module How shapes are named and referenced in the definitions (smithy-jsonschema's
 * `DefaultRefStrategy` + `DeconflictingStrategy`): a shape's pointer is the definitions pointer
 * plus its service-contextual name; simple shapes (except enums and int enums) and lists are
 * inlined rather than referenced; two collections or maps with the same name in different
 * namespaces get the namespace appended, any other name clash is an error.
 */
import {
  isMember,
  isServiceShapeType,
  isSimpleShapeType,
  shapeName,
  shapeNamespace,
  TRAIT_IDS,
  UNIT_SHAPE_ID,
} from '@platform/smithy';
import type { Member, ServiceShape, Shape, ShapeId } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { escapePointerSegment } from '../json/json-pointer.js';
import type { ConversionModel, TraitHolder } from '../model/conversion-model.js';
import type { SchemaSettings } from './schema-settings.js';

export class RefStrategy {
  private readonly pointers = new Map<ShapeId, string>();
  private readonly root: string;
  private readonly service: ServiceShape | undefined;

  /**
   * @param scope Shapes whose names are reserved up front, in id order (the service closure, or
   *   the whole model when there is no service); later lookups outside it get their plain name.
   */
  constructor(
    private readonly model: ConversionModel,
    private readonly settings: SchemaSettings,
    scope: Iterable<Shape>,
    includeUnit: boolean,
  ) {
    this.root = settings.definitionPointer.endsWith('/')
      ? settings.definitionPointer
      : `${settings.definitionPointer}/`;
    this.service = settings.service ? model.expect(settings.service, 'service') : undefined;
    this.reserve(
      [...scope].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      includeUnit,
    );
  }

  isInlined(holder: TraitHolder): boolean {
    const shape = isMember(holder) ? this.model.target(holder) : holder;
    if (shape.type === 'list' || shape.type === 'set') return true;
    if (shape.type === 'map') return this.settings.useInlineMaps;
    if (hasEnumTrait(shape)) return false;
    if (shape.type === 'intEnum' && !this.settings.disableIntEnums) return false;
    return isSimpleShapeType(shape.type);
  }

  toPointer(id: ShapeId): string {
    if (id.includes('$')) return this.memberPointer(this.model.holder(id) as Member);
    return this.pointers.get(id) ?? this.plainPointer(id);
  }

  private memberPointer(member: Member): string {
    if (!this.isInlined(member)) return this.toPointer(member.target);
    const container = this.model.expect(member.container);
    const parent = this.toPointer(container.id);
    switch (container.type) {
      case 'list':
      case 'set':
        return `${parent}/items`;
      case 'map':
        return member.name === 'key' ? `${parent}/propertyNames` : `${parent}/additionalProperties`;
      default:
        return `${parent}/properties/${escapePointerSegment(propertyName(member, this.settings))}`;
    }
  }

  private plainPointer(id: ShapeId): string {
    const name = this.service ? this.model.contextualName(this.service, id) : shapeName(id);
    return (
      this.root + (this.settings.alphanumericOnlyRefs ? name.replace(/[^A-Za-z0-9]/g, '') : name)
    );
  }

  private reserve(shapes: readonly Shape[], includeUnit: boolean): void {
    const owners = new Map<string, Shape>();
    for (const shape of shapes) {
      if (shape.id === UNIT_SHAPE_ID && !includeUnit) continue;
      if (this.isIgnored(shape)) continue;
      const pointer = this.plainPointer(shape.id);
      const owner = owners.get(pointer);
      if (!owner) {
        owners.set(pointer, shape);
        this.pointers.set(shape.id, pointer);
        continue;
      }
      if (owner.traits[TRAIT_IDS.trait] !== undefined) continue;
      if (!['list', 'set', 'map'].includes(shape.type)) {
        throw new OpenApiConversionError(
          'ConflictingName',
          `Shape ${shape.id} conflicts with ${owner.id} using a JSON schema pointer of ${pointer}`,
          {
            shapeId: shape.id,
            ...(shape.location ? { location: shape.location } : {}),
            hint: `Rename one of them, or give one a new name in the service's \`rename\` map.`,
          },
        );
      }
      const deconflicted =
        pointer +
        shapeNamespace(shape.id)
          .split('.')
          .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
          .join('');
      if (owners.has(deconflicted)) {
        throw new OpenApiConversionError(
          'ConflictingName',
          `Unable to de-conflict shape ${shape.id} because the de-conflicted name resolves to another generated name: ${deconflicted}`,
          { shapeId: shape.id },
        );
      }
      owners.set(deconflicted, shape);
      this.pointers.set(shape.id, deconflicted);
    }
  }

  /** Shapes that never become definitions, so their names cannot clash. */
  private isIgnored(shape: Shape): boolean {
    if (isSimpleShapeType(shape.type) && !hasEnumTrait(shape)) return true;
    return isServiceShapeType(shape.type);
  }
}

/** Enum shapes, and strings with the (Smithy 1.0) `@enum` trait. */
export function hasEnumTrait(shape: Shape): boolean {
  return shape.type === 'enum' || shape.traits[TRAIT_IDS.enum] !== undefined;
}

/** A member's property name: its `@jsonName` when `useJsonName` is set, else its name. */
export function propertyName(
  member: Member,
  settings: Pick<SchemaSettings, 'useJsonName'>,
): string {
  const jsonName = member.traits[TRAIT_IDS.jsonName];
  return settings.useJsonName && typeof jsonName === 'string' ? jsonName : member.name;
}
