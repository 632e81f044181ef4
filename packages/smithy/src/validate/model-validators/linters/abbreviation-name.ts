/**
 * @module `AbbreviationName`: a DANGER for each shape or member name with an all-caps
 * abbreviation (`XMLHttpRequest` should be `XmlHttpRequest`), except `allowedAbbreviations`.
 * Enum members are exempt: they are meant to be CAPS_SNAKE.
 */
import { membersOf } from '../../../model/members.js';
import type { NodeObject } from '../../../model/node.js';
import type { ValidationEvent } from '../../../model/shapes.js';
import { shapeName } from '../../../model/shape-ids.js';
import type { Subject } from '../../event.js';
import { eventFor } from '../../event.js';
import { ValidatorConfig } from '../config.js';
import type { ModelValidator } from '../config.js';
import { splitCamelCase } from './words.js';

export function abbreviationName(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, ['allowedAbbreviations']);
  const allowed = new Set(config.stringList('allowedAbbreviations') ?? []);
  const recommend = (name: string): string =>
    splitCamelCase(name)
      .map((word) =>
        allowed.has(word) || (word.match(/[A-Z]/g) ?? []).length <= 1
          ? word
          : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(),
      )
      .join('');
  const check = (subject: Subject, name: string, kind: 'shape' | 'member') => {
    const recommended = recommend(name);
    return recommended === name
      ? []
      : [
          eventFor(
            subject,
            'DANGER',
            'AbbreviationName',
            `${kind} name, \`${name}\`, contains invalid abbreviations. Change this ${kind} name to \`${recommended}\``,
            `Rename it to \`${recommended}\`, or list the abbreviation in \`allowedAbbreviations\`.`,
          ),
        ];
  };
  return (model) =>
    model
      .shapes()
      .flatMap((shape): ValidationEvent[] => [
        ...check(shape, shapeName(shape.id), 'shape'),
        ...(shape.type === 'enum' || shape.type === 'intEnum'
          ? []
          : membersOf(shape).flatMap((m) => check(m, m.name, 'member'))),
      ]);
}
