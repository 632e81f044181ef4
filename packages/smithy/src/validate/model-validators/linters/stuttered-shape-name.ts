/**
 * @module `StutteredShapeName` and `RepeatedShapeName`: a WARNING for each structure or union
 * member whose name starts with (or, with `exactMatch`, equals) its container's name, as in
 * `Table { tableName }`.
 */
import type { NodeObject } from '../../../model/node.js';
import type { ValidationEvent } from '../../../model/shapes.js';
import { shapeName } from '../../../model/shape-ids.js';
import { eventFor } from '../../event.js';
import { checkProperties, ValidatorConfig } from '../config.js';
import type { ModelValidator } from '../config.js';

export function stutteredShapeName(configuration: NodeObject): ModelValidator {
  checkProperties(configuration, []);
  return repeatedNames('StutteredShapeName', 'stutters', false);
}

export function repeatedShapeName(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, ['exactMatch']);
  return repeatedNames('RepeatedShapeName', 'repeats', config.boolean('exactMatch') ?? false);
}

function repeatedNames(id: string, verb: string, exact: boolean): ModelValidator {
  return (model) =>
    model.shapes().flatMap((shape): ValidationEvent[] => {
      if (shape.type !== 'structure' && shape.type !== 'union') return [];
      const name = shapeName(shape.id);
      const lower = name.toLowerCase();
      return [...shape.members.values()]
        .filter((m) =>
          exact ? m.name.toLowerCase() === lower : m.name.toLowerCase().startsWith(lower),
        )
        .map((m) =>
          eventFor(
            m,
            'WARNING',
            id,
            `The \`${name}\` ${shape.type} shape ${verb} its name in the member \`${m.name}\`; ` +
              `${shape.type} member names should not be ${exact ? 'equal to' : 'prefixed with'} ` +
              `the ${shape.type} name.`,
            `Rename the member without the \`${name}\` prefix.`,
          ),
        );
    });
}
