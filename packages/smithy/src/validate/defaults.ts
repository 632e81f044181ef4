/**
 * @module `DefaultTrait`: a `@default` value must be a valid value of its shape (type, enum
 * values, length/range/pattern), collections default to empty, `null` is only for members, and a
 * structure member targeting a shape with a default repeats that default (or sets `null`).
 */
import type { Member, NodeValue, SemanticModel, Shape, ValidationEvent } from '../model/shapes.js';
import type { Subject } from './event.js';
import { eventFor } from './event.js';
import { checkNode } from './node-validation.js';
import { asList, asObject } from '../model/node.js';
import { isMember, membersOf } from '../model/members.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

const ID = 'DefaultTrait';

export function validateDefaults(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const shape of model.shapes()) {
    if (model.isPrelude(shape.id)) continue;
    for (const subject of [shape, ...membersOf(shape)]) {
      const value = subject.traits[TRAIT_IDS.default];
      if (value !== undefined) checkDefault(model, subject, value, events);
      if (isMember(subject) && shape.type === 'structure')
        checkRepeatsTarget(model, subject, events);
    }
  }
  return events;
}

function checkDefault(
  model: SemanticModel,
  subject: Subject,
  value: NodeValue,
  events: ValidationEvent[],
): void {
  const error = (message: string, hint: string) =>
    events.push(eventFor(subject, 'ERROR', ID, message, hint));
  if (value === null) {
    if (!isMember(subject)) {
      error(
        'The @default trait can be set to null only on members',
        'Remove `@default(null)` from the shape; only members may opt out of a default with null.',
      );
    }
    return;
  }
  events.push(
    ...checkNode(
      {
        model,
        eventId: ID,
        reportOn: subject,
        context: 'Error validating @default trait',
        rangeZeroIsWarning: true,
      },
      subject,
      value,
    ),
  );
  const target: Shape | undefined = isMember(subject) ? model.getShape(subject.target) : subject;
  switch (target?.type) {
    case 'blob':
      if (typeof value === 'string' && !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) {
        events.push(
          eventFor(
            subject,
            'WARNING',
            ID,
            'The @default value of a blob should be a valid base64 string.',
            'Write blob defaults base64-encoded.',
          ),
        );
      }
      break;
    case 'map':
      if (Object.keys(asObject(value) ?? {}).length > 0) {
        error('The @default value of a map must be an empty map', 'Use `{}` as the default.');
      }
      break;
    case 'list':
    case 'set':
      if ((asList(value) ?? []).length > 0) {
        error('The @default value of a list must be an empty list', 'Use `[]` as the default.');
      }
      break;
    case 'document':
      if ((asList(value) ?? []).length > 0) {
        error(
          'The @default value of a document cannot be a non-empty array',
          'Use `[]`, `{}` or a scalar as the default.',
        );
      } else if (Object.keys(asObject(value) ?? {}).length > 0) {
        error(
          'The @default value of a document cannot be a non-empty object',
          'Use `[]`, `{}` or a scalar as the default.',
        );
      }
      break;
    default:
      break;
  }
}

function checkRepeatsTarget(model: SemanticModel, member: Member, events: ValidationEvent[]) {
  const target = model.getShape(member.target);
  const targetDefault = target?.traits[TRAIT_IDS.default];
  if (!target || targetDefault === undefined || targetDefault === null) return;
  const printed = printJson(targetDefault);
  const own = member.traits[TRAIT_IDS.default];
  if (own === undefined) {
    events.push(
      eventFor(
        member,
        'ERROR',
        ID,
        `Member targets ${target.id}, which requires that the member defines the same default of \`${printed}\` or \`null\``,
        `Add \`= ${printed}\` to the member, or \`@default(null)\` to make it optional.`,
      ),
    );
  } else if (own !== null && printJson(own) !== printed) {
    events.push(
      eventFor(
        member,
        'ERROR',
        ID,
        `Member defines a default value that differs from the default value of the target shape, ${target.id}. The member has a default of \`${printJson(own)}\`, but the target has a default of \`${printed}\`.`,
        `Use the target's default \`${printed}\`, or target a shape without a default.`,
      ),
    );
  }
}

/** Compact JSON with sorted keys, so equal values print (and compare) equal. */
function printJson(value: NodeValue): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      if ('text' in v && typeof (v as { text: unknown }).text === 'string') {
        return Number((v as { text: string }).text);
      }
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return v;
  });
}
