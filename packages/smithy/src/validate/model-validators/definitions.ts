/**
 * @module Reads `metadata validators = [{ name, id?, message?, severity?, namespaces?, selector?,
 * configuration? }]` into validator definitions, and applies a definition to the events of the
 * validator it names (Smithy's `ValidationLoader` and `ValidatorDefinition`): the `id`,
 * `severity` and `message` overrides, and the `namespaces` and `selector` filters.
 */
import { errorEvent } from '../../events.js';
import { asList, asObject, asString } from '../../model/node.js';
import type { NodeObject } from '../../model/node.js';
import type {
  NodeValue,
  SemanticModel,
  Severity,
  ShapeId,
  SourceLocation,
  ValidationEvent,
} from '../../model/shapes.js';
import { selectorContextFor } from '../selector/evaluate.js';
import type { Selector } from '../selector/parse.js';
import { parseConfiguredSelector, ValidatorConfigError } from './config.js';

export interface ValidatorDefinition {
  /** The validator to create, e.g. `EmitEachSelector`. */
  readonly name: string;
  /** The event id the validator's events get (defaults to `name`). */
  readonly id: string;
  /** Replaces each event's message; `{super}` stands for the original message. */
  readonly message?: string;
  readonly severity?: OverrideSeverity;
  /** Only events about shapes in these namespaces are kept (all when empty). */
  readonly namespaces: readonly string[];
  /** Only events about shapes this selector matches are kept. */
  readonly selector?: Selector;
  readonly configuration: NodeObject;
  readonly location?: SourceLocation;
}

/** A definition may lower or raise a severity, but never to ERROR (as in Smithy). */
const SEVERITIES = ['DANGER', 'WARNING', 'NOTE'] as const;
type OverrideSeverity = (typeof SEVERITIES)[number];

/** Reads `metadata.validators`; a bad entry is skipped with a located `Model` event. */
export function readDefinitions(model: SemanticModel): {
  definitions: ValidatorDefinition[];
  events: ValidationEvent[];
} {
  const value = model.metadata['validators'];
  const definitions: ValidatorDefinition[] = [];
  const events: ValidationEvent[] = [];
  if (value === undefined) return { definitions, events };
  const list = asList(value);
  if (!list) {
    events.push(
      errorEvent(
        'Model',
        `validators must be an array. Found ${kindOf(value)}.`,
        model.metadataLocation?.('validators'),
        'Write `metadata validators = [{ name: "EmitEachSelector", ... }]`.',
      ),
    );
    return { definitions, events };
  }
  list.forEach((element, index) => {
    const location = model.metadataLocation?.('validators', index);
    try {
      definitions.push(readDefinition(element, location));
    } catch (error) {
      if (!(error instanceof ValidatorConfigError)) throw error;
      events.push(errorEvent('Model', error.message, location, error.hint));
    }
  });
  return { definitions, events };
}

function readDefinition(
  element: NodeValue,
  location: SourceLocation | undefined,
): ValidatorDefinition {
  const node = asObject(element);
  if (!node) {
    throw new ValidatorConfigError(
      `Each element of \`validators\` must be an object. Found ${kindOf(element)}.`,
      'Write each validator as `{ name: "...", configuration: { ... } }`.',
    );
  }
  const name = stringMember(node, 'name', true);
  const severity = stringMember(node, 'severity');
  if (severity !== undefined && !(SEVERITIES as readonly string[]).includes(severity)) {
    throw new ValidatorConfigError(
      `Expected \`severity\` of validator \`${name}\` to be one of \`DANGER\`, \`WARNING\`, ` +
        `\`NOTE\`; found \`${severity}\``,
      'Validators defined in metadata cannot emit ERROR events; use DANGER for the strongest.',
    );
  }
  const namespaces = node['namespaces'];
  const namespaceList = asList(namespaces);
  if (namespaces !== undefined && !namespaceList?.every((n) => typeof n === 'string')) {
    throw new ValidatorConfigError(
      `Expected \`namespaces\` of validator \`${name}\` to be a list of strings`,
      'Write `namespaces: ["com.example"]`.',
    );
  }
  const configuration = node['configuration'] ?? {};
  const configObject = asObject(configuration);
  if (!configObject) {
    throw new ValidatorConfigError(
      `Expected \`configuration\` of validator \`${name}\` to be an object; found ${kindOf(configuration)}`,
      'Write `configuration: { ... }`.',
    );
  }
  const selector = stringMember(node, 'selector');
  const message = stringMember(node, 'message');
  return {
    name,
    id: stringMember(node, 'id') ?? name,
    ...(message !== undefined ? { message } : {}),
    ...(severity !== undefined ? { severity: severity as OverrideSeverity } : {}),
    namespaces: (namespaceList ?? []) as readonly string[],
    ...(selector !== undefined ? { selector: parseConfiguredSelector('selector', selector) } : {}),
    configuration: configObject,
    ...(location ? { location } : {}),
  };
}

function stringMember(node: NodeObject, key: string, required: true): string;
function stringMember(node: NodeObject, key: string): string | undefined;
function stringMember(node: NodeObject, key: string, required = false): string | undefined {
  const value = node[key];
  if (value === undefined) {
    if (!required) return undefined;
    throw new ValidatorConfigError(
      `Missing required member \`${key}\` in validator definition`,
      'Name the validator to run, e.g. `name: "EmitEachSelector"`.',
    );
  }
  const text = asString(value);
  if (text === undefined) {
    throw new ValidatorConfigError(
      `Expected \`${key}\` to be a string; found ${kindOf(value)}`,
      `Write \`${key}\` as a string.`,
    );
  }
  return text;
}

/** Applies `definition` to the events its validator emitted (Smithy's `ValidatorDefinition.map`). */
export function applyDefinition(
  model: SemanticModel,
  definition: ValidatorDefinition,
  events: readonly ValidationEvent[],
): ValidationEvent[] {
  const candidates = definition.selector
    ? selectorContextFor(model).select(definition.selector)
    : undefined;
  const keep = (shapeId: ShapeId | undefined): boolean =>
    shapeId === undefined ||
    ((definition.namespaces.length === 0 ||
      definition.namespaces.includes(shapeId.slice(0, shapeId.indexOf('#')))) &&
      (candidates === undefined || candidates.has(shapeId)));
  const unchanged =
    definition.id === definition.name &&
    definition.severity === undefined &&
    definition.message === undefined;
  return events
    .filter((e) => keep(e.shapeId))
    .map((e) =>
      unchanged
        ? e
        : {
            ...e,
            id: replaceId(e.id, definition.id),
            severity: (definition.severity ?? e.severity) as Severity,
            message:
              definition.message === undefined
                ? e.message
                : definition.message.replaceAll('{super}', e.message),
          },
    );
}

/** `Name.Detail` with id `Custom` becomes `Custom.Detail`. */
function replaceId(eventId: string, id: string): string {
  const dot = eventId.indexOf('.');
  return dot === -1 ? id : id + eventId.slice(dot);
}

function kindOf(value: NodeValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}
