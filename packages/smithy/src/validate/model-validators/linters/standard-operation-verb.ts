/**
 * @module `StandardOperationVerb`: a DANGER for each operation whose first word (after an
 * optional configured prefix) is not one of `verbs`, naming `suggestAlternatives` when the verb
 * has some.
 */
import { asList, asObject } from '../../../model/node.js';
import type { NodeObject } from '../../../model/node.js';
import type { ValidationEvent } from '../../../model/shapes.js';
import { eventFor } from '../../event.js';
import { tickedList } from '../../text.js';
import { ValidatorConfig, ValidatorConfigError } from '../config.js';
import type { ModelValidator } from '../config.js';
import { nameOf, splitCamelCase } from './words.js';

export function standardOperationVerb(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, ['verbs', 'prefixes', 'suggestAlternatives']);
  const verbs = config.stringList('verbs') ?? [];
  const prefixes = config.stringList('prefixes') ?? [];
  const alternatives = readAlternatives(configuration['suggestAlternatives']);
  if (verbs.length === 0 && alternatives.size === 0) {
    throw new ValidatorConfigError(
      'Either verbs or suggestAlternatives must be set when configuring StandardOperationVerb',
      'Add `verbs: ["Get", "List", ...]` and/or `suggestAlternatives: { Make: ["Create"] }`.',
    );
  }
  return (model) =>
    model.shapesOfType('operation').flatMap((op): ValidationEvent[] => {
      const name = nameOf(op);
      const words = splitCamelCase(name);
      const prefix = prefixes.includes(words[0] ?? '') ? words[0] : undefined;
      if (prefix !== undefined && words.length === 1) {
        return [danger(op, `Operation name consists of only a verb prefix: ${name}`)];
      }
      const verb = (prefix === undefined ? words[0] : words[1]) ?? '';
      const head =
        `Operation shape \`${name}\` uses a non-standard verb, \`${verb}\`` +
        `${prefix === undefined ? '' : `, with a detected prefix of \`${prefix}\``}.`;
      const suggested = alternatives.get(verb);
      if (suggested) {
        return [
          danger(
            op,
            `${head} Consider using one of the following verbs instead: ${tickedList(suggested)}`,
          ),
        ];
      }
      if (!verbs.includes(verb)) {
        return [danger(op, `${head} Expected one of the following verbs: ${tickedList(verbs)}`)];
      }
      return [];
    });
}

function danger(op: Parameters<typeof eventFor>[0], message: string): ValidationEvent {
  return eventFor(
    op,
    'DANGER',
    'StandardOperationVerb',
    message,
    'Rename the operation to start with a standard verb.',
  );
}

function readAlternatives(value: NodeObject[string] | undefined): Map<string, string[]> {
  if (value === undefined) return new Map();
  const object = asObject(value);
  const entries = Object.entries(object ?? {}).map(([k, v]) => [k, asList(v)] as const);
  if (!object || entries.some(([, v]) => !v?.every((s) => typeof s === 'string'))) {
    throw new ValidatorConfigError(
      '`suggestAlternatives` must be an object of verb to list of verbs',
      'Write `suggestAlternatives: { Make: ["Create", "Put"] }`.',
    );
  }
  return new Map(entries.map(([k, v]) => [k, [...(v as string[])]]));
}
