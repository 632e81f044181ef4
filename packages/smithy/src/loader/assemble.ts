/**
 * @module Assembles parsed fragments (prelude, bundled trait definitions, user files) into one
 * `Model`: resolves references across files, detects conflicting definitions, merges metadata,
 * checks version rules, collects `apply` statements, then flattens and builds every shape.
 */
import { errorEvent, warningEvent } from '../events.js';
import { Model } from '../model/model.js';
import type { NodeValue, Shape, SourceLocation, ValidationEvent } from '../model/shapes.js';
import { ShapeBuilder } from './build-shape.js';
import { Flattener } from './flatten.js';
import type { FlatShape } from './flatten.js';
import type { Fragment } from './fragment.js';
import { FragmentResolver } from './resolve.js';
import type { Origin, ResolvedShape, ResolvedTrait } from './resolve.js';
import { nodeEquals } from './trait-map.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

export interface SourcedFragment {
  readonly fragment: Fragment;
  readonly origin: Origin;
}

export interface Assembled {
  readonly model: Model;
  readonly events: ValidationEvent[];
}

/** The built-in shapes, assembled once and reused while user files leave them untouched. */
interface Base {
  readonly defs: ReadonlyMap<string, ResolvedShape>;
  readonly flats: ReadonlyMap<string, FlatShape | undefined>;
  readonly shapes: readonly Shape[];
  readonly namespaces: ReadonlySet<string>;
}

const bases = new WeakMap<readonly SourcedFragment[], Base | null>();
const preludes = new WeakMap<readonly SourcedFragment[], readonly SourcedFragment[]>();

/**
 * Assembles `builtIns` (prelude, bundled traits) and the user's fragments into one model. The
 * built-ins are assembled once and reused; when the user's files define shapes in a bundled
 * namespace (e.g. they bring their own `aws.protocols` definitions), only the prelude is reused
 * and the bundled fragments are assembled with the user's, so a user definition replaces the
 * bundled one of the same id.
 */
export function assemble(
  builtIns: readonly SourcedFragment[],
  users: readonly SourcedFragment[],
): Assembled {
  const all = baseOf(builtIns);
  const withAll = all && run(users, all);
  if (withAll) return withAll;
  let prelude = preludes.get(builtIns);
  if (!prelude) {
    prelude = builtIns.filter((b) => b.origin === 'prelude');
    preludes.set(builtIns, prelude);
  }
  const bundled = builtIns.filter((b) => b.origin !== 'prelude');
  const base = baseOf(prelude);
  return (base && run([...bundled, ...users], base)) ?? run([...builtIns, ...users]);
}

/** The assembled `builtIns`, cached; null when they do not assemble cleanly on their own. */
function baseOf(builtIns: readonly SourcedFragment[]): Base | null {
  let base = bases.get(builtIns);
  if (base === undefined) {
    const state = run(builtIns);
    base =
      state.events.length > 0
        ? null
        : {
            defs: state.defs,
            flats: state.flats,
            shapes: state.model.shapes(),
            namespaces: new Set([...state.defs.keys()].map(namespaceOf)),
          };
    bases.set(builtIns, base);
  }
  return base;
}

function namespaceOf(id: string): string {
  return id.slice(0, id.indexOf('#'));
}

interface RunState extends Assembled {
  readonly defs: ReadonlyMap<string, ResolvedShape>;
  readonly flats: ReadonlyMap<string, FlatShape | undefined>;
}

/**
 * Assembles `inputs` on top of `base`. Returns undefined when the inputs define or apply traits to
 * shapes in a built-in namespace, so the caller assembles everything from scratch instead.
 */
function run(inputs: readonly SourcedFragment[]): RunState;
function run(inputs: readonly SourcedFragment[], base: Base): RunState | undefined;
function run(inputs: readonly SourcedFragment[], base?: Base): RunState | undefined {
  const events: ValidationEvent[] = inputs.flatMap((i) => i.fragment.events);
  const defined = new Set([
    ...(base?.defs.keys() ?? []),
    ...inputs.flatMap((i) => i.fragment.shapes.map((s) => s.id)),
  ]);
  const defs = new Map<string, ResolvedShape>(base?.defs ?? []);
  const applied = new Map<string, ResolvedTrait[]>();
  const applyTargets = new Map<string, { location: SourceLocation; trait?: string }>();
  const metadata = new Map<string, MetadataEntry>();
  const touchesBase = (id: string): boolean => base?.namespaces.has(namespaceOf(id)) ?? false;

  for (const { fragment, origin } of inputs) {
    const resolver = new FragmentResolver(fragment, defined, origin, events);
    for (const decl of fragment.shapes) {
      if (touchesBase(decl.id)) return undefined;
      const shape = resolver.shape(decl);
      if (shape.type === 'set' && shape.version === '1.0') {
        events.push(
          warningEvent(
            'ModelDeprecation',
            'Set shapes are deprecated and have been removed in Smithy IDL v2. Use a list shape ' +
              'with the @uniqueItems trait instead.',
            shape.location,
            'Replace the set with `@uniqueItems list`.',
            shape.id,
          ),
        );
      }
      checkVersionTraits(shape.id, shape.traits, shape.version, events);
      for (const m of shape.members) {
        checkVersionTraits(`${shape.id}$${m.name}`, m.traits, shape.version, events);
      }
      define(defs, shape, events);
    }
    for (const apply of fragment.applies) {
      const target = resolver.ref(apply.target);
      if (touchesBase(target.id)) return undefined;
      const traits = apply.traits.map((t) => resolver.trait(t));
      if (target.id.startsWith('smithy.api#')) {
        for (const trait of traits) {
          events.push(
            errorEvent(
              'Model',
              `Cannot apply \`${trait.id}\` to an immutable prelude shape defined in \`smithy.api\`.`,
              trait.location,
              'Define your own shape (e.g. `string MyString`) and apply the trait to it.',
              target.id,
            ),
          );
        }
        continue;
      }
      checkVersionTraits(target.id, traits, fragment.version, events);
      const list = applied.get(target.id) ?? [];
      list.push(...traits);
      applied.set(target.id, list);
      if (!applyTargets.has(target.id)) {
        applyTargets.set(target.id, { location: target.location, trait: traits[0]?.id });
      }
    }
    for (const [id, location] of fragment.useLocations ?? []) {
      if (!defined.has(id)) {
        events.push(
          warningEvent(
            'Model',
            `Use statement refers to undefined shape: ${id}`,
            location,
            'Fix the shape id, or load the model file that defines it.',
          ),
        );
      }
    }
    for (const entry of fragment.metadata) {
      mergeMetadata(metadata, entry.key, resolver.node(entry.value), entry.location, events);
    }
  }

  for (const [target, { location, trait }] of applyTargets) {
    const root = target.split('$')[0]!;
    if (!defs.has(root)) {
      const name = trait === undefined ? undefined : trait.slice(trait.indexOf('#') + 1);
      events.push(
        errorEvent(
          'Model',
          name === undefined
            ? `An apply statement targets the unknown shape \`${target}\``
            : `Trait \`${name}\` applied to unknown shape \`${target}\``,
          location,
          'Fix the target of the `apply` statement, or define the shape.',
        ),
      );
    }
  }

  const flattener = new Flattener(defs, applied, events, base?.flats);
  const builder = new ShapeBuilder(defs, events);
  const shapes: Shape[] = [...(base?.shapes ?? [])];
  for (const id of defs.keys()) {
    if (base?.defs.has(id)) continue;
    const flat = flattener.flat(id);
    if (!flat) continue;
    for (const [key, { location }] of applyTargets) {
      if (key.startsWith(`${id}$`) && !flat.members.has(key.slice(id.length + 1))) {
        events.push(
          errorEvent(
            'Model',
            `An apply statement targets the unknown member \`${key}\``,
            location,
            'Fix the member name in the `apply` statement.',
            key,
          ),
        );
      }
    }
    const shape = builder.build(flat);
    if (shape) shapes.push(shape);
  }
  const meta = Object.fromEntries([...metadata].map(([k, v]) => [k, v.value]));
  const metaLocations = new Map([...metadata].map(([k, v]) => [k, v.locations]));
  const builtIns = new Set([...defs.values()].filter((d) => d.origin !== 'user').map((d) => d.id));
  const model = new Model(shapes, meta, builtIns, metaLocations);
  return { model, events, defs, flats: flattener.results() };
}

function define(defs: Map<string, ResolvedShape>, shape: ResolvedShape, events: ValidationEvent[]) {
  const previous = defs.get(shape.id);
  if (!previous || (previous.origin === 'bundled' && shape.origin === 'user')) {
    defs.set(shape.id, shape);
    return;
  }
  if (previous.origin === 'user' && shape.origin === 'bundled') return;
  const at = previous.location;
  if (previous.origin !== 'prelude' && sameDefinition(previous, shape)) {
    events.push({
      id: 'Model.IgnoredDuplicateDefinition',
      severity: 'NOTE',
      message:
        `Ignoring duplicate but equivalent shape definition: ${shape.id} defined at ` +
        `${at.filename} [${at.line}, ${at.column}] and ${shape.location.filename} ` +
        `[${shape.location.line}, ${shape.location.column}]`,
      shapeId: shape.id,
      sourceLocation: shape.location,
      hint: 'Nothing to fix unless the file is loaded twice by mistake.',
    });
    return;
  }
  events.push(
    errorEvent(
      'Model',
      previous.origin === 'prelude'
        ? `Cannot redefine prelude shape \`${shape.id}\``
        : `Conflicting shape definition for \`${shape.id}\` found at ` +
            `\`${at.filename} [${at.line}, ${at.column}]\` and ` +
            `\`${shape.location.filename} [${shape.location.line}, ${shape.location.column}]\``,
      shape.location,
      previous.origin === 'prelude'
        ? 'Choose another name: the smithy.api namespace is reserved for the prelude.'
        : 'Define each shape once; rename one of them or delete the duplicate.',
      shape.id,
    ),
  );
}

/** Two definitions are the same when they differ only in where they were written. */
function sameDefinition(a: ResolvedShape, b: ResolvedShape): boolean {
  const strip = (s: ResolvedShape): string =>
    JSON.stringify({ ...s, version: undefined, origin: undefined }, (key, value: unknown) =>
      key === 'location' ? undefined : value,
    );
  return strip(a) === strip(b);
}

/** A metadata value and where it was written: one location per list element, else one. */
interface MetadataEntry {
  readonly value: NodeValue;
  readonly filename: string;
  readonly locations: readonly SourceLocation[];
}

function mergeMetadata(
  metadata: Map<string, MetadataEntry>,
  key: string,
  value: NodeValue,
  location: ValidationEvent['sourceLocation'] & object,
  events: ValidationEvent[],
): void {
  const previous = metadata.get(key);
  const locations = Array.isArray(value) ? value.map(() => location) : [location];
  if (!previous) {
    metadata.set(key, { value, filename: location.filename, locations });
  } else if (Array.isArray(previous.value) && Array.isArray(value)) {
    const merged: NodeValue[] = [...(previous.value as NodeValue[]), ...(value as NodeValue[])];
    metadata.set(key, {
      value: merged,
      filename: location.filename,
      locations: [...previous.locations, ...locations],
    });
  } else if (!nodeEquals(previous.value, value)) {
    events.push(
      errorEvent(
        'Model',
        `Metadata conflict for key \`${key}\`. Defined in both \`${previous.filename}\` and ` +
          `\`${location.filename}\``,
        location,
        'Only list values may be defined in several files (they are concatenated); keep one definition.',
      ),
    );
  }
}

function checkVersionTraits(
  shapeId: string,
  traits: readonly ResolvedTrait[],
  version: string,
  events: ValidationEvent[],
): void {
  for (const trait of traits) {
    if (version === '1.0' && trait.id === TRAIT_IDS.mixin) {
      events.push(
        errorEvent(
          'Model',
          `Mixins can only be used in Smithy 2.0 or later. Attempted to apply a @mixin trait to ` +
            `\`${shapeId}\` in a model file using version \`1.0\`.`,
          trait.location,
          'Set `$version: "2.0"` at the top of the file.',
          shapeId,
        ),
      );
    } else if (version === '1.0' && trait.id === TRAIT_IDS.default) {
      events.push(
        errorEvent(
          'Model',
          'The @default trait can only be used in Smithy 2.0 or later',
          trait.location,
          'Set `$version: "2.0"` at the top of the file.',
          shapeId,
        ),
      );
    } else if (version === '2.0' && trait.id === TRAIT_IDS.box) {
      events.push(
        errorEvent(
          'Model',
          '@box is not supported in Smithy IDL 2.0',
          trait.location,
          'Remove @box: in IDL 2.0 members are optional unless @required or given a default.',
          shapeId,
        ),
      );
    } else if (version === '2.0' && trait.id === TRAIT_IDS.enum) {
      events.push(
        warningEvent(
          'ModelDeprecation',
          'The enum trait is deprecated. Smithy 2.0 models should use the enum shape.',
          trait.location,
          'Replace the string with @enum by an `enum` shape.',
          shapeId,
        ),
      );
    }
  }
}
