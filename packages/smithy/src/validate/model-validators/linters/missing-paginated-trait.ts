/**
 * @module `MissingPaginatedTrait`: a DANGER for an operation without `@paginated` whose verb
 * (`List`, `Search`) or whose input/output members (`nextToken`, `maxResults`, ...) say it pages,
 * and a WARNING when a `Describe`/`Get` operation returns a top-level list.
 */
import type { NodeObject } from '../../../model/node.js';
import type {
  OperationShape,
  SemanticModel,
  ShapeId,
  ValidationEvent,
} from '../../../model/shapes.js';
import { membersOf } from '../../../model/members.js';
import { TRAIT_IDS } from '../../../model/trait-ids.js';
import { eventFor } from '../../event.js';
import { ValidatorConfig } from '../config.js';
import type { ModelValidator } from '../config.js';
import { nameOf, splitCamelCase } from './words.js';

const DISCLAIMER =
  'Paginating operations that can return potentially unbounded lists of data helps to maintain ' +
  'a predictable SLA and helps to prevent operational issues in the future.';
const HINT = 'Add `@paginated` with the operation`s token, page size and items members.';

export function missingPaginatedTrait(configuration: NodeObject): ModelValidator {
  const config = new ValidatorConfig(configuration, [
    'verbsRequirePagination',
    'verbsSuggestPagination',
    'inputMembersRequirePagination',
    'outputMembersRequirePagination',
  ]);
  const set = (key: string, defaults: readonly string[]) =>
    new Set((config.stringList(key) ?? defaults).map((s) => s.toLowerCase()));
  const require = set('verbsRequirePagination', ['list', 'search']);
  const suggest = set('verbsSuggestPagination', ['describe', 'get']);
  const inputs = set('inputMembersRequirePagination', [
    'maxresults',
    'maxitems',
    'pagesize',
    'limit',
    'nexttoken',
    'pagetoken',
    'token',
    'marker',
  ]);
  const outputs = set('outputMembersRequirePagination', [
    'nexttoken',
    'pagetoken',
    'token',
    'marker',
    'nextpage',
    'nextpagetoken',
    'position',
    'nextmarker',
    'paginationtoken',
    'nextpagemarker',
  ]);
  return (model) =>
    model
      .shapesOfType('operation')
      .filter((op) => op.traits[TRAIT_IDS.paginated] === undefined)
      .flatMap((op): ValidationEvent[] => {
        const event = (severity: 'DANGER' | 'WARNING', message: string) => [
          eventFor(op, severity, 'MissingPaginatedTrait', `${message} ${DISCLAIMER}`, HINT),
        ];
        const verb = (splitCamelCase(nameOf(op))[0] ?? '').toLowerCase();
        if (require.has(verb)) {
          return event(
            'DANGER',
            `The verb of this operation, \`${verb}\`, requires that the operation is marked with the \`paginated\` trait.`,
          );
        }
        const input = memberNamed(model, op.input, inputs);
        if (input) {
          return event(
            'DANGER',
            `This operation contains an input member, \`${input}\`, that requires that the operation is marked with the \`paginated\` trait.`,
          );
        }
        const output = memberNamed(model, op.output, outputs);
        if (output) {
          return event(
            'DANGER',
            `This operation contains an output member, \`${output}\`, that requires that the operation is marked with the \`paginated\` trait.`,
          );
        }
        if (suggest.has(verb) && returnsList(model, op)) {
          return event(
            'WARNING',
            `The verb of this operation, \`${verb}\`, and the presence of a top-level list member in its output, suggests that the operation should have the \`paginated\` trait.`,
          );
        }
        return [];
      });
}

function memberNamed(model: SemanticModel, id: ShapeId, names: ReadonlySet<string>) {
  const shape = model.getShape(id);
  return shape ? membersOf(shape).find((m) => names.has(m.name.toLowerCase()))?.name : undefined;
}

function returnsList(model: SemanticModel, op: OperationShape): boolean {
  const output = model.getShape(op.output);
  return (
    output !== undefined && membersOf(output).some((m) => model.getShape(m.target)?.type === 'list')
  );
}
