/**
 * @module Turns a flattened shape into its immutable `Shape`: checks and coerces trait values
 * against their definitions (annotation traits become `{}` or `[]`), fills enum values, checks
 * the members that lists, maps and enums require, and defaults operation input and output.
 */
import { errorEvent } from '../events.js';
import { isIntegral, isNumeric, toNumber } from '../model/numbers.js';
import type {
  Member,
  NodeValue,
  Shape,
  ShapeType,
  SimpleShapeType,
  Traits,
  ValidationEvent,
} from '../model/shapes.js';
import type { FlatMember, FlatShape } from './flatten.js';
import type { ResolvedRef, ResolvedShape, ResolvedTrait } from './resolve.js';
import type { TraitMap } from './trait-map.js';
import { upgradeV1Shape } from './upgrade-v1.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

const UNIT = 'smithy.api#Unit';

export class ShapeBuilder {
  constructor(
    private readonly defs: ReadonlyMap<string, ResolvedShape>,
    private readonly events: ValidationEvent[],
  ) {}

  build(flat: FlatShape): Shape | undefined {
    const shape = this.buildShape(flat);
    return shape && upgradeV1Shape(shape, flat.def, this.defs);
  }

  private buildShape(flat: FlatShape): Shape | undefined {
    const { def } = flat;
    const base = {
      id: def.id,
      traits: this.traits(flat.traits, def.id),
      mixins: def.mixins.map((m) => m.id),
      location: def.location,
    };
    const members = [...flat.members.values()].map((m) => this.member(def.id, m));
    this.checkMixinProperties(def);
    const p = flat.properties;
    switch (def.type) {
      case 'list':
      case 'set': {
        const member = this.requireMembers(def, members, ['member'])[0];
        return member ? { ...base, type: def.type, member } : undefined;
      }
      case 'map': {
        const [key, value] = this.requireMembers(def, members, ['key', 'value']);
        return key && value ? { ...base, type: 'map', key, value } : undefined;
      }
      case 'structure':
      case 'union':
        return { ...base, type: def.type, members: byName(members) };
      case 'enum':
      case 'intEnum':
        return { ...base, type: def.type, members: byName(this.enumMembers(def, members)) };
      case 'service':
        return {
          ...base,
          type: 'service',
          ...(p.version !== undefined ? { version: p.version } : {}),
          operations: ids(p.operations),
          resources: ids(p.resources),
          errors: ids(p.errors),
          rename: Object.fromEntries((p.rename ?? []).map(([r, name]) => [r.id, name])),
        };
      case 'resource':
        return {
          ...base,
          type: 'resource',
          identifiers: Object.fromEntries((p.identifiers ?? []).map(([k, r]) => [k, r.id])),
          properties: Object.fromEntries((p.properties ?? []).map(([k, r]) => [k, r.id])),
          ...(p.create ? { create: p.create.id } : {}),
          ...(p.put ? { put: p.put.id } : {}),
          ...(p.read ? { read: p.read.id } : {}),
          ...(p.update ? { update: p.update.id } : {}),
          ...(p.delete ? { delete: p.delete.id } : {}),
          ...(p.list ? { list: p.list.id } : {}),
          operations: ids(p.operations),
          collectionOperations: ids(p.collectionOperations),
          resources: ids(p.resources),
        };
      case 'operation':
        return {
          ...base,
          type: 'operation',
          input: p.input?.id ?? UNIT,
          output: p.output?.id ?? UNIT,
          errors: ids(p.errors),
        };
      default:
        if (members.length > 0) {
          this.error(
            `${def.type} shapes cannot have members`,
            def,
            'Remove the members, or use a structure.',
          );
        }
        return { ...base, type: def.type as SimpleShapeType };
    }
  }

  /** Operation mixins may not have input or output, resource mixins no properties. */
  private checkMixinProperties(def: ResolvedShape): void {
    if (!def.traits.some((t) => t.id === TRAIT_IDS.mixin)) return;
    const p = def.properties;
    const io = [p.input, p.output].some((r) => r !== undefined && r.id !== UNIT);
    if (def.type === 'operation' && io) {
      this.error(
        'Operation shapes with the mixin trait MUST target `smithy.api#Unit` for their input and ' +
          `output. Operation mixin shape \`${def.id}\` defines one or both of these properties.`,
        def,
        'Remove `input` and `output` from the operation mixin; define them on the operations.',
      );
    }
    const resourceKeys = ['identifiers', 'properties', 'put', 'create', 'read', 'update', 'delete'];
    const hasAny = [...resourceKeys, 'list', 'operations', 'resources'].some((k) => {
      const value = p[k as keyof typeof p];
      return Array.isArray(value) ? value.length > 0 : value !== undefined;
    });
    if (def.type === 'resource' && hasAny) {
      this.error(
        'Resource shapes with the mixin trait may not define any properties. Resource mixin ' +
          `shape \`${def.id}\` defines one or more properties.`,
        def,
        'A resource mixin may carry only traits: move its identifiers, properties, lifecycle ' +
          'operations and bindings to the resources that use it.',
      );
    }
  }

  private member(container: string, flat: FlatMember): Member {
    const id = `${container}$${flat.name}`;
    return {
      id,
      name: flat.name,
      container,
      target: flat.target,
      traits: this.traits(flat.traits, id),
      location: flat.location,
    };
  }

  /** Trait values checked against their definitions, keyed by trait id. */
  private traits(map: TraitMap, shapeId: string): Traits {
    const out: Record<string, NodeValue> = {};
    for (const trait of map.values()) {
      const value = this.coerce(trait, shapeId);
      if (value !== undefined) out[trait.id] = value;
    }
    return out;
  }

  private coerce(trait: ResolvedTrait, shapeId: string): NodeValue | undefined {
    const def = this.defs.get(trait.id);
    if (!def) {
      this.events.push(
        errorEvent(
          'Model',
          `Unable to resolve trait \`${trait.id}\`. If this is a custom trait, then it must be ` +
            'defined before it can be used in a model.',
          trait.location,
          'Define the trait (a shape with @trait), fix its name, or add a `use` statement for it.',
          shapeId,
        ),
      );
      return trait.annotation && trait.value === null ? {} : trait.value;
    }
    if (!def.traits.some((t) => t.id === TRAIT_IDS.trait)) {
      this.events.push(
        errorEvent(
          'Model',
          `Shape \`${trait.id}\` cannot be applied as a trait. If this is a custom trait, ` +
            'please add `@trait` to this shape.',
          trait.location,
          `Mark \`${trait.id}\` with @trait, or remove the application from \`${shapeId}\`.`,
          trait.id,
        ),
      );
      return trait.value;
    }
    if (trait.annotation && trait.value === null) return annotationValue(def.type);
    return trait.value;
  }

  /** The named members (the flattener has checked they exist); any other member is an error. */
  private requireMembers(def: ResolvedShape, members: Member[], names: string[]): Member[] {
    const found = names.map((n) => members.find((m) => m.name === n));
    return found.filter((m): m is Member => m !== undefined);
  }

  /** Enum members get their value (name by default for `enum`); bad values are reported. */
  private enumMembers(def: ResolvedShape, members: Member[]): Member[] {
    if (members.length === 0 && !def.traits.some((t) => t.id === TRAIT_IDS.mixin)) {
      this.error(
        def.type === 'enum'
          ? `enum must have at least one entry`
          : `intEnum shapes must have at least one member`,
        def,
        'Add a member to the enum.',
      );
    }
    return members.map((m) => {
      const value = m.traits[TRAIT_IDS.enumValue];
      if (m.target !== UNIT) {
        this.memberError(m, `Enum members must target smithy.api#Unit, not \`${m.target}\``);
      }
      if (def.type === 'enum') {
        if (value === undefined) {
          return { ...m, traits: { ...m.traits, [TRAIT_IDS.enumValue]: m.name } };
        }
        if (typeof value !== 'string') {
          this.memberError(
            m,
            `enum members can only be assigned string values, but found: ${nodeText(value)}`,
          );
        } else if (value === '') {
          this.memberError(m, 'enum values may not be empty');
        }
        return m;
      }
      if (value === undefined) {
        this.memberError(m, 'intEnum members require integer values, but found no value');
      } else if (!isNumeric(value)) {
        this.memberError(
          m,
          `intEnum members require integer values, but found: ${nodeText(value)}`,
        );
      } else if (!isIntegral(value)) {
        this.memberError(m, 'intEnum members do not support floating point values');
      } else if (toNumber(value) > 2147483647 || toNumber(value) < -2147483648) {
        this.memberError(
          m,
          `intEnum members must fit within an integer, but found: ${nodeText(value)}`,
        );
      }
      return m;
    });
  }

  private memberError(member: Member, message: string): void {
    this.events.push(
      errorEvent(
        'EnumShape',
        message,
        member.location,
        'Give enum members string values and intEnum members 32-bit integer values.',
        member.id,
      ),
    );
  }

  private error(message: string, def: ResolvedShape, hint: string): void {
    this.events.push(errorEvent('Model', message, def.location, hint, def.id));
  }
}

function annotationValue(type: ShapeType): NodeValue {
  return type === 'list' || type === 'set'
    ? []
    : type === 'structure' || type === 'map'
      ? {}
      : null;
}

function byName(members: Member[]): ReadonlyMap<string, Member> {
  return new Map(members.map((m) => [m.name, m]));
}

function ids(refs: readonly ResolvedRef[] | undefined): string[] {
  return [...new Set((refs ?? []).map((r) => r.id))];
}

function nodeText(value: NodeValue): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
