/**
 * @module `ShouldHaveUsedTimestamp`: a DANGER for string and number shapes, and structure or
 * union members, named like a timestamp (`createdAt`, `StartTime`, `ExpiryDate`, ...) that are not
 * timestamps; `additionalPatterns` adds regular expressions.
 */
import { membersOf } from '../../../model/members.js';
import type { NodeObject } from '../../../model/node.js';
import { isNumberShapeType } from '../../../model/shape-types.js';
import type { Member, SemanticModel, Shape, ValidationEvent } from '../../../model/shapes.js';
import { eventFor } from '../../event.js';
import { ValidatorConfig, ValidatorConfigError } from '../config.js';
import type { ModelValidator } from '../config.js';
import { nameOf } from './words.js';

const DEFAULT_PATTERNS = [
  /^.*[Tt]imestamp.*$/,
  /^[Tt]ime([_A-Z].*)?$/,
  /^[Dd]ate([_A-Z].*)?$/,
  /^.*([a-z]T|_[Tt])ime$/,
  /^.*([a-z]D|_[Dd])ate$/,
  /^.*([a-z]A|_[Aa])t$/,
  /^.*([a-z]O|_[Oo])n$/,
  /^.*([a-z]S|_[Ss])ince$/,
];
const HINT = 'Use a `timestamp` shape (with `@timestampFormat` if needed), or rename it.';

export function shouldHaveUsedTimestamp(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, ['additionalPatterns']);
  const patterns = [
    ...DEFAULT_PATTERNS,
    ...(config.stringList('additionalPatterns') ?? []).map((p) => {
      try {
        return new RegExp(`^(?:${p})$`);
      } catch (error) {
        throw new ValidatorConfigError(
          `Invalid regular expression in \`additionalPatterns\`: ${p} (${String(error)})`,
          'Write each pattern as a regular expression matching whole names.',
        );
      }
    }),
  ];
  const named = (name: string) => patterns.some((p) => p.test(name));
  return (model) =>
    model.shapes().flatMap((shape): ValidationEvent[] => {
      if (shape.type === 'structure' || shape.type === 'union') {
        return membersOf(shape).flatMap((m) => checkMember(model, m, named));
      }
      if ((shape.type === 'string' || isNumberShapeType(shape.type)) && named(nameOf(shape))) {
        return [
          eventFor(
            shape,
            'DANGER',
            'ShouldHaveUsedTimestamp',
            `Shape \`${nameOf(shape)}\` is named like a timestamp but is a \`${shape.type}\` shape.`,
            HINT,
          ),
        ];
      }
      return [];
    });
}

function checkMember(
  model: SemanticModel,
  member: Member,
  named: (name: string) => boolean,
): ValidationEvent[] {
  const target = model.getShape(member.target);
  if (!target || target.type === 'timestamp' || target.type === 'enum') return [];
  if ((target.type === 'structure' || target.type === 'list') && onlyTimestamps(model, target)) {
    return [];
  }
  if (!named(member.name)) return [];
  return [
    eventFor(
      member,
      'DANGER',
      'ShouldHaveUsedTimestamp',
      `Member \`${member.name}\` is named like a timestamp but references a \`${target.type}\` shape`,
      HINT,
    ),
  ];
}

function onlyTimestamps(model: SemanticModel, shape: Shape): boolean {
  return membersOf(shape).every((m) => {
    const target = model.getShape(m.target);
    return !target || target.type === 'timestamp';
  });
}
