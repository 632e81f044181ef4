/**
 * @module `PaginatedTrait`: `@paginated` names real members — `inputToken` and `pageSize` on the
 * input (no paths), `outputToken` and `items` on the output (dotted paths allowed) — of the right
 * types (tokens are strings, page sizes integers, items a list or map), tokens not `@required`.
 * Each operation is checked again with its service's `@paginated` defaults merged in.
 */
import type {
  Member,
  OperationShape,
  SemanticModel,
  ServiceShape,
  ShapeId,
  ValidationEvent,
} from '../model/shapes.js';
import { eventFor } from './event.js';
import { paginatedTraitOf } from '../model/paginated.js';
import type { Paginated } from '../model/paginated.js';
import { containedOperations } from './service-operations.js';
import { tickedList } from './text.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

const ID = 'PaginatedTrait';

type Property = keyof Paginated;

interface PropertyRule {
  readonly name: Property;
  readonly side: 'input' | 'output';
  /** `must`: required is an ERROR; `should`: a lesser event; `may`: allowed. */
  readonly required: 'must' | 'should' | 'may';
  /** Must be configured once the service defaults are merged in. */
  readonly mandatory: boolean;
  readonly valid: readonly string[];
  readonly discouraged: readonly string[];
}

const PROPERTIES: readonly PropertyRule[] = [
  {
    name: 'inputToken',
    side: 'input',
    required: 'must',
    mandatory: true,
    valid: ['string', 'map'],
    discouraged: ['map'],
  },
  {
    name: 'pageSize',
    side: 'input',
    required: 'should',
    mandatory: false,
    valid: ['byte', 'integer', 'long', 'short'],
    discouraged: ['byte', 'long', 'short'],
  },
  {
    name: 'outputToken',
    side: 'output',
    required: 'should',
    mandatory: true,
    valid: ['string', 'map'],
    discouraged: ['map'],
  },
  {
    name: 'items',
    side: 'output',
    required: 'may',
    mandatory: false,
    valid: ['list', 'map'],
    discouraged: [],
  },
];

export function validatePaginated(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  const services = model.shapesOfType('service');
  for (const operation of model.shapesOfType('operation')) {
    const own = paginatedTraitOf(operation);
    if (!own) continue;
    const found = PROPERTIES.flatMap((p) => checkProperty(model, operation, own, p, undefined));
    events.push(...found);
    if (found.length > 0) continue;
    for (const service of services) {
      if (!containedOperations(model, service).some((o) => o.id === operation.id)) continue;
      const merged = paginatedTraitOf(operation, service) ?? own;
      events.push(
        ...PROPERTIES.flatMap((p) => checkProperty(model, operation, merged, p, service)),
      );
    }
  }
  return events;
}

function checkProperty(
  model: SemanticModel,
  operation: OperationShape,
  trait: Paginated,
  rule: PropertyRule,
  service: ServiceShape | undefined,
): ValidationEvent[] {
  const prefix = service ? `When bound within the \`${service.id}\` service, ` : '';
  const fixSide = rule.side === 'input' ? operation.input : operation.output;
  const event = (
    severity: 'ERROR' | 'DANGER' | 'WARNING',
    message: string,
    hint: string,
    id = ID,
  ) =>
    eventFor(operation, severity, id, `${prefix}paginated trait \`${rule.name}\` ${message}`, hint);
  const path = trait[rule.name];
  if (path === undefined) {
    return service && rule.mandatory
      ? [
          event(
            'ERROR',
            'is not configured',
            `Set \`${rule.name}\` in \`@paginated\` on the operation or on \`${service.id}\`.`,
          ),
        ]
      : [];
  }
  if (rule.side === 'input' && path.includes('.')) {
    return [
      event(
        'ERROR',
        'does not allow path values',
        `Name a top-level member of \`${operation.input}\` in \`${rule.name}\`.`,
      ),
    ];
  }
  const member = resolvePath(model, fixSide, path);
  if (!member) {
    return [
      event(
        'ERROR',
        `targets a member \`${path}\` that does not exist`,
        `Add a \`${path}\` member to \`${fixSide}\`, or correct the name in \`@paginated\`.`,
      ),
    ];
  }
  const events: ValidationEvent[] = [];
  if (member.traits[TRAIT_IDS.required] !== undefined && rule.required !== 'may') {
    if (rule.required === 'must') {
      events.push(
        event(
          'ERROR',
          `member \`${member.name}\` must not be required`,
          `Remove \`@required\` from \`${member.id}\`: the first page is requested without a token.`,
        ),
      );
    } else {
      events.push(
        event(
          rule.name === 'pageSize' ? 'WARNING' : 'DANGER',
          `member \`${member.name}\` should not be required`,
          `Remove \`@required\` from \`${member.id}\`.`,
          `${ID}.ShouldNotBeRequired.${rule.name}`,
        ),
      );
    }
  }
  const target = model.getShape(member.target);
  if (target) {
    if (!rule.valid.includes(target.type)) {
      events.push(
        event(
          'ERROR',
          `member \`${member.name}\` targets a ${target.type} shape, but must target one of the following: [${tickedList(rule.valid)}]`,
          `Make \`${member.id}\` target a ${rule.valid.join(' or ')} shape.`,
        ),
      );
    }
    if (rule.discouraged.includes(target.type)) {
      const preferred = rule.valid.filter((t) => !rule.discouraged.includes(t));
      events.push(
        event(
          'DANGER',
          `member \`${member.name}\` targets a ${target.type} shape, but this is not recommended. One of [${tickedList(preferred)}] SHOULD be targeted.`,
          `Make \`${member.id}\` target ${preferred.join(' or ')}.`,
          `${ID}.WrongShapeType.${rule.name}`,
        ),
      );
    }
  }
  if (rule.side === 'output' && path.indexOf('.') !== path.lastIndexOf('.')) {
    events.push(
      event(
        'WARNING',
        'contains a path with more than two parts, which can make your API cumbersome to use',
        'Flatten the output so the value is at most one structure deep.',
        `${ID}.DeeplyNested.${rule.name}`,
      ),
    );
  }
  return events;
}

/** Follows a dotted member path from structure `start`; the last member, or `undefined`. */
function resolvePath(model: SemanticModel, start: ShapeId, path: string): Member | undefined {
  let container: ShapeId = start;
  let member: Member | undefined;
  for (const name of path.split('.')) {
    const shape = model.getShape(container);
    if (shape?.type !== 'structure' && shape?.type !== 'union') return undefined;
    member = shape.members.get(name);
    if (!member) return undefined;
    container = member.target;
  }
  return member;
}
