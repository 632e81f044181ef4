/**
 * @module `ReservedWords`: a DANGER for each shape or member name (among those `selector` picks)
 * that is a reserved word: `words` are `*`-wildcard patterns matched against the whole name,
 * `terms` are matched on word boundaries.
 */
import type { NodeObject } from '../../../model/node.js';
import type { ValidationEvent } from '../../../model/shapes.js';
import { eventFor } from '../../event.js';
import { resolveSubject } from '../../relationships.js';
import { selectorContextFor } from '../../selector/evaluate.js';
import { parseSelector } from '../../selector/parse.js';
import { ValidatorConfig } from '../config.js';
import type { ModelValidator } from '../config.js';
import { nameOf, WildcardMatcher, WordBoundaryMatcher } from './words.js';

export function reservedWords(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, ['reserved']);
  const groups = (config.objectList('reserved') ?? []).map((node) => {
    const group = new ValidatorConfig(node, ['words', 'terms', 'selector', 'reason']);
    const words = new WildcardMatcher();
    for (const w of group.stringList('words') ?? []) words.add(w);
    const terms = new WordBoundaryMatcher();
    for (const t of group.stringList('terms') ?? []) terms.add(t);
    return {
      words,
      terms,
      selector: group.selector('selector')?.selector ?? parseSelector('*'),
      reason: group.string('reason') ?? '',
    };
  });
  return (model) =>
    groups.flatMap(({ words, terms, selector, reason }): ValidationEvent[] =>
      [...selectorContextFor(model).select(selector)].flatMap((id) => {
        const subject = resolveSubject(model, id);
        const name = subject ? nameOf(subject) : '';
        if (!subject || !(words.test(name) || terms.firstMatch(name) !== undefined)) return [];
        return [
          eventFor(
            subject,
            'DANGER',
            'ReservedWords',
            `The word \`${name}\` is reserved. ${reason}`,
            'Choose another name.',
          ),
        ];
      }),
    );
}
