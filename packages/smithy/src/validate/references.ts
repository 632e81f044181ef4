/**
 * @module `ReferencesTrait`, as Smithy's `ReferencesTraitValidator`: a `@references` entry may
 * name a resource outside the model (another service's, resolved late), so only a resource the
 * model holds is checked — it must be a resource, its identifiers must be bound by `ids` (or,
 * implicitly, by members of the same names) to members that exist and target strings, and a
 * string shape may reference only a resource with exactly one identifier, without `ids`.
 */
import type {
  NodeValue,
  SemanticModel,
  Shape,
  StructureShape,
  ValidationEvent,
} from '../model/shapes.js';
import { asList, asObject, asString } from '../model/node.js';
import { TRAIT_IDS } from '../model/trait-ids.js';
import { errorFor } from './event.js';
import { tickedList } from './text.js';

interface Reference {
  readonly resource: string;
  readonly ids: ReadonlyMap<string, string>;
  /** Java Smithy's `Reference.toString()`, which its messages quote. */
  readonly text: string;
}

export function validateReferences(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const shape of model.shapes()) {
    if (model.isPrelude(shape.id)) continue;
    const entries = asList(shape.traits[TRAIT_IDS.references]) ?? [];
    for (const entry of entries) {
      const reference = readReference(entry);
      if (reference) events.push(...checkReference(model, shape, reference));
    }
  }
  return events;
}

function readReference(entry: NodeValue): Reference | undefined {
  const body = asObject(entry);
  const resource = asString(body?.['resource']);
  if (!body || resource === undefined) return undefined;
  const ids = new Map<string, string>();
  for (const [key, value] of Object.entries(asObject(body['ids']) ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    if (typeof value === 'string') ids.set(key, value);
  }
  const service = asString(body['service']);
  const rel = asString(body['rel']);
  const node = {
    resource,
    ...(ids.size > 0 ? { ids: Object.fromEntries(ids) } : {}),
    ...(service === undefined ? {} : { service }),
    ...(rel === undefined ? {} : { rel }),
  };
  return { resource, ids, text: `Reference${JSON.stringify(node)}` };
}

const isStringShape = (shape: Shape | undefined) =>
  shape?.type === 'string' || shape?.type === 'enum';

function checkReference(
  model: SemanticModel,
  shape: Shape,
  reference: Reference,
): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  const error = (message: string, hint: string) =>
    events.push(errorFor(shape, 'ReferencesTrait', message, hint));
  if (isStringShape(shape) && reference.ids.size > 0) {
    error(
      `References applied to string shapes cannot contain 'ids': ${reference.text}`,
      'Remove `ids`: a string shape is itself the value of the single identifier.',
    );
  }
  const target = model.getShape(reference.resource);
  if (!target) return events;
  if (target.type !== 'resource') {
    error(
      `\`references\` trait reference targets a ${target.type} shape not a resource: ${reference.text}`,
      'Point `resource` at a resource shape.',
    );
    return events;
  }
  const identifiers = Object.keys(target.identifiers);
  if (isStringShape(shape)) {
    if (identifiers.length !== 1) {
      error(
        `This string shape contains an invalid reference to ${target.id}: ${reference.text}. References on a string shape can only refer to resource shapes with exactly one entry in its identifiers property, but this shape has the following identifiers: [${tickedList(identifiers)}]`,
        'Apply the reference to a structure whose members bind each identifier.',
      );
    }
  } else if (shape.type === 'structure') {
    checkStructureReference(model, shape, reference, identifiers, error);
  }
  return events;
}

function checkStructureReference(
  model: SemanticModel,
  shape: StructureShape,
  reference: Reference,
  identifiers: readonly string[],
  error: (message: string, hint: string) => void,
): void {
  const implicit = reference.ids.size === 0 && identifiers.length > 0;
  const resolved: ReadonlyMap<string, string> = implicit
    ? new Map(identifiers.map((id) => [id, id]))
    : reference.ids;
  if (!implicit) {
    if (resolved.size !== identifiers.length) {
      error(
        `${identifiers.length < reference.ids.size ? 'Too many identifiers' : 'Not enough identifiers'} were provided in the \`ids\` properties of ${reference.text}. Expected ${identifiers.length} identifiers(s), but found ${reference.ids.size}. This resource requires bindings for the following identifiers: [${tickedList(identifiers)}].`,
        'Bind every identifier of the resource in `ids`, and nothing else.',
      );
    }
    const extraneous = [...resolved.keys()].filter((key) => !identifiers.includes(key));
    if (extraneous.length > 0) {
      error(
        `\`references\` trait ${reference.text} contains extraneous resource identifier bindings, [${tickedList(extraneous)}], that are not actually identifier names of the resource, \`${reference.resource}\`. This resource has the following identifier names: [${tickedList(identifiers)}]`,
        'Use the resource identifier names as the keys of `ids`.',
      );
    }
  }
  const reasons = new Set<string>();
  for (const name of resolved.values()) {
    const member = shape.members.get(name);
    if (!member) {
      reasons.add(
        implicit
          ? `implicit binding of \`${name}\` is not part of the structure (set "rel" to "collection" to create a collection binding)`
          : `\`${name}\` refers to a member that is not part of the structure`,
      );
    } else if (!isStringShape(model.getShape(member.target))) {
      reasons.add(`\`${name}\` refers to a member that does not target a string shape`);
    }
  }
  if (reasons.size > 0) {
    error(
      `\`references\` trait ${reference.text} is invalid for the following reasons: ${[...reasons].sort().join('; ')}`,
      'Bind each identifier to a member of the structure that targets a string.',
    );
  }
}
