/**
 * @module `NoninclusiveTerms`: a WARNING for each namespace, shape or member name and each string
 * (or untyped object key) in a trait value that contains a non-inclusive term (`master`, `slave`,
 * `blacklist`, `whitelist`, plus configured `terms`), naming the suggested replacements. Text is
 * gathered as Smithy's `TextIndex` gathers it.
 */
import { isMember, membersOf } from '../../../model/members.js';
import { asList, asObject } from '../../../model/node.js';
import type { NodeObject } from '../../../model/node.js';
import type { NodeValue, SemanticModel, Shape, ValidationEvent } from '../../../model/shapes.js';
import { shapeNamespace } from '../../../model/shape-ids.js';
import { TRAIT_IDS } from '../../../model/trait-ids.js';
import type { Subject } from '../../event.js';
import { eventFor } from '../../event.js';
import { tickedList } from '../../text.js';
import { ValidatorConfig, ValidatorConfigError } from '../config.js';
import type { ModelValidator } from '../config.js';
import { nameOf } from './words.js';

const BUILT_IN_TERMS: Readonly<Record<string, readonly string[]>> = {
  master: ['primary', 'parent', 'main'],
  slave: ['secondary', 'replica', 'clone', 'child'],
  blacklist: ['denyList'],
  whitelist: ['allowList'],
};
const ID = 'NoninclusiveTerms';

type Text =
  | { readonly kind: 'namespace'; readonly text: string }
  | { readonly kind: 'shape'; readonly text: string; readonly subject: Subject }
  | {
      readonly kind: 'trait';
      readonly text: string;
      readonly subject: Subject;
      readonly trait: string;
      readonly path: readonly string[];
    };

export function noninclusiveTerms(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, ['terms', 'excludeDefaults']);
  const configured = readTerms(configuration['terms']);
  if (config.boolean('excludeDefaults') === true && Object.keys(configured).length === 0) {
    throw new ValidatorConfigError(
      "Cannot set 'excludeDefaults' to true and leave 'terms' empty or unspecified.",
      'List the `terms` to look for, or drop `excludeDefaults`.',
    );
  }
  const terms = Object.entries(
    config.boolean('excludeDefaults') === true ? configured : { ...BUILT_IN_TERMS, ...configured },
  );
  return (model) =>
    textsOf(model).flatMap((text) =>
      terms.flatMap(([term, replacements]): ValidationEvent[] => {
        const at = text.text.toLowerCase().indexOf(term.toLowerCase());
        if (at === -1) return [];
        const matched = text.text.slice(at, at + term.length);
        return [eventOf(text, matched, suggestion(matched, replacements))];
      }),
    );
}

function readTerms(value: NodeValue | undefined): Record<string, readonly string[]> {
  if (value === undefined) return {};
  const object = asObject(value);
  const entries = Object.entries(object ?? {}).map(([k, v]) => [k, asList(v)] as const);
  if (!object || entries.some(([, v]) => !v?.every((s) => typeof s === 'string'))) {
    throw new ValidatorConfigError(
      '`terms` must be an object of term to list of replacements',
      'Write `terms: { master: ["primary", "main"] }`.',
    );
  }
  return Object.fromEntries(entries) as Record<string, readonly string[]>;
}

function suggestion(matched: string, replacements: readonly string[]): string {
  if (replacements.length === 0) return '';
  const upper = /\p{Lu}/u.test(matched.charAt(0));
  const cased = replacements.map(
    (r) => (upper ? r.charAt(0).toUpperCase() : r.charAt(0).toLowerCase()) + r.slice(1),
  );
  return ` Consider using one of the following terms instead: ${tickedList(cased)}`;
}

function eventOf(text: Text, matched: string, addendum: string): ValidationEvent {
  const lower = matched.toLowerCase();
  const hint = 'Rename it, or reword the text, using one of the suggested terms.';
  if (text.kind === 'namespace') {
    return {
      id: `${ID}.Namespace.${text.text}.${lower}`,
      severity: 'WARNING',
      message: `${text.text} namespace uses a non-inclusive term \`${matched}\`.${addendum}`,
      hint,
    };
  }
  if (text.kind === 'shape') {
    const type = isMember(text.subject) ? 'member' : text.subject.type;
    const kind = type.charAt(0).toUpperCase() + type.slice(1);
    return eventFor(
      text.subject,
      'WARNING',
      `${ID}.Shape.${lower}`,
      `${kind} shape uses a non-inclusive term \`${matched}\`.${addendum}`,
      hint,
    );
  }
  const trait = text.trait.startsWith('smithy.api#') ? text.trait.slice(11) : text.trait;
  const path = text.path.join('/');
  return text.path.length === 0
    ? eventFor(
        text.subject,
        'WARNING',
        `${ID}.Trait.${lower}.${trait}`,
        `'${trait}' trait has a value that contains a non-inclusive term \`${matched}\`.${addendum}`,
        hint,
      )
    : eventFor(
        text.subject,
        'WARNING',
        `${ID}.Trait.${lower}.${trait}.${path}`,
        `'${trait}' trait value at path {${path}} contains a non-inclusive term \`${matched}\`.${addendum}`,
        hint,
      );
}

/** Namespaces, shape and member names, and trait value text, outside the built-in shapes. */
function textsOf(model: SemanticModel): Text[] {
  const texts: Text[] = [];
  const namespaces = new Set<string>();
  for (const shape of model.shapes()) {
    if (model.isBuiltIn(shape.id)) continue;
    const ns = shapeNamespace(shape.id);
    if (!namespaces.has(ns)) {
      namespaces.add(ns);
      texts.push({ kind: 'namespace', text: ns });
    }
    for (const subject of [shape, ...membersOf(shape)]) {
      texts.push({ kind: 'shape', text: nameOf(subject), subject });
      for (const [trait, value] of Object.entries(subject.traits)) {
        const definition = model.getShape(trait);
        if (definition && trait !== TRAIT_IDS.references) {
          traitTexts(model, value, definition, [], (text, path) =>
            texts.push({ kind: 'trait', text, subject, trait, path }),
          );
        }
      }
    }
  }
  return texts;
}

/** Strings in `value`, and object keys where the schema has no member of that name. */
function traitTexts(
  model: SemanticModel,
  value: NodeValue,
  schema: Shape | undefined,
  path: readonly string[],
  found: (text: string, path: readonly string[]) => void,
): void {
  if (typeof value === 'string') {
    found(value, path);
    return;
  }
  const list = asList(value);
  if (list) {
    list.forEach((element, i) =>
      traitTexts(model, element, undefined, [...path, String(i)], found),
    );
    return;
  }
  for (const [key, member] of Object.entries(asObject(value) ?? {})) {
    const typed = schema ? membersOf(schema).find((m) => m.name === key) : undefined;
    const target = typed ? model.getShape(typed.target) : undefined;
    if (!target) found(key, [...path, key, 'key']);
    traitTexts(model, member, target, [...path, key], found);
  }
}
