/**
 * @module `CamelCase`: shape names in UpperCamelCase, trait definitions in lowerCamelCase, and
 * structure/union member names all one way (`memberNames`: `upper`, `lower`, or `auto` = the
 * majority) within each service closure, and within each namespace for the remaining members.
 */
import { membersOf, shapeClosure } from '../../../model/members.js';
import type { NodeObject } from '../../../model/node.js';
import type { Member, SemanticModel, ValidationEvent } from '../../../model/shapes.js';
import { TRAIT_IDS } from '../../../model/trait-ids.js';
import { shapeName, shapeNamespace } from '../../../model/shape-ids.js';
import { eventFor } from '../../event.js';
import { ValidatorConfig } from '../config.js';
import type { ModelValidator } from '../config.js';

const UPPER = /^[A-Z]+[A-Za-z0-9]*$/;
const LOWER = /^[a-z]+[A-Za-z0-9]*$/;
type Handling = 'upper' | 'lower' | 'auto';

export function camelCase(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, ['memberNames']);
  const handling: Handling = config.oneOf('memberNames', ['upper', 'lower', 'auto']) ?? 'auto';
  return (model) => {
    const events: ValidationEvent[] = [];
    for (const shape of model.shapes()) {
      const name = shapeName(shape.id);
      const traits = shape.traits;
      if (traits[TRAIT_IDS.trait] === undefined) {
        if (!UPPER.test(name)) {
          events.push(
            eventFor(
              shape,
              'DANGER',
              'CamelCase',
              `${shape.type} shape name, \`${name}\`, is not upper camel case`,
              'Rename the shape in UpperCamelCase.',
            ),
          );
        }
      } else if (
        traits[TRAIT_IDS.authDefinition] === undefined &&
        traits[TRAIT_IDS.protocolDefinition] === undefined &&
        !LOWER.test(name)
      ) {
        events.push(
          eventFor(
            shape,
            'DANGER',
            'CamelCase',
            `${shape.type} trait definition, \`${name}\`, is not lower camel case`,
            'Rename the trait in lowerCamelCase.',
          ),
        );
      }
    }
    const seen = new Set<string>();
    for (const service of model.shapesOfType('service')) {
      const closure = shapeClosure([service.id], (id) => model.getShape(id));
      const members = [...closure]
        .map((id) => model.getShape(id))
        .flatMap((s) => (s ? membersOf(s) : []));
      for (const m of members) seen.add(m.id);
      const scope = shapeName(service.id);
      events.push(...memberCasing(model, members, scope, handling));
    }
    const byNamespace = new Map<string, Member[]>();
    for (const shape of model.shapes()) {
      for (const m of membersOf(shape)) {
        if (seen.has(m.id)) continue;
        const ns = shapeNamespace(m.container);
        byNamespace.set(ns, [...(byNamespace.get(ns) ?? []), m]);
      }
    }
    for (const [ns, members] of byNamespace) {
      events.push(...memberCasing(model, members, `${ns} namespace`, handling));
    }
    return events;
  };
}

function memberCasing(
  model: SemanticModel,
  members: readonly Member[],
  scope: string,
  handling: Handling,
): ValidationEvent[] {
  // Enum members are CAPS_SNAKE, and list and map member names are fixed.
  const named = members.filter((m) => {
    const type = model.getShape(m.container)?.type;
    return type === 'structure' || type === 'union';
  });
  const upper = named.filter((m) => UPPER.test(m.name)).length;
  const lower = named.filter((m) => LOWER.test(m.name)).length;
  const wanted = handling === 'auto' ? (upper > lower ? 'upper' : 'lower') : handling;
  const pattern = wanted === 'upper' ? UPPER : LOWER;
  return named
    .filter((m) => !pattern.test(m.name))
    .map((m) =>
      eventFor(
        m,
        'DANGER',
        'CamelCase',
        `Member shape member name, \`${m.name}\`, is not ${wanted} camel case; members in the ` +
          `${scope} must all use ${wanted} camel case.`,
        `Rename the member in ${wanted} camel case.`,
      ),
    );
}
