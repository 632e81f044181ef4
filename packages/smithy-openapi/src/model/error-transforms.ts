/**
 * @module The two model rewrites smithy-openapi makes before converting: service errors copied
 * onto every operation of the service, and (with `onErrorStatusConflict: "oneOf"`) errors of one
 * operation that share a status code merged into a synthetic error `<Operation><status>Error`
 * whose `errorUnion` member targets a union of them, with their headers hoisted.
 */
import { memberIdOf, membersOf, shapeName, shapeNamespace, TRAIT_IDS } from '@platform/smithy';
import type {
  Member,
  OperationShape,
  ServiceShape,
  Shape,
  ShapeId,
  StructureShape,
} from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { errorStatus } from './http-bindings.js';
import type { ConversionModel } from './conversion-model.js';

export function copyServiceErrorsToOperations(
  model: ConversionModel,
  service: ServiceShape,
  operations: readonly ShapeId[],
): ConversionModel {
  if (service.errors.length === 0) return model;
  const replaced = operations.map((id) => {
    const operation = model.expect(id, 'operation');
    return { ...operation, errors: unique([...operation.errors, ...service.errors]) };
  });
  return model.withShapes(replaced);
}

/** Name of the member of a synthetic error that targets the union of the merged errors. */
export const ERROR_UNION_MEMBER = 'errorUnion';

export function deconflictErrorsWithSharedStatusCode(
  model: ConversionModel,
  service: ServiceShape,
  operations: readonly ShapeId[],
): ConversionModel {
  const replacements: Shape[] = [];
  for (const id of operations) {
    const operation = model.expect(id, 'operation');
    const byStatus = new Map<number, StructureShape[]>();
    for (const errorId of operation.errors) {
      const error = model.expect(errorId, 'structure');
      const status = errorStatus(error);
      byStatus.set(status, [...(byStatus.get(status) ?? []), error]);
    }
    let errors = [...operation.errors];
    for (const [status, shared] of byStatus) {
      if (shared.length < 2) continue;
      const synthetic = synthesizeErrorUnion(service, operation, status, shared);
      errors = errors.filter((e) => !shared.some((s) => s.id === e));
      errors.push(synthetic.error.id);
      replacements.push(synthetic.error, synthetic.union, ...synthetic.rewritten);
    }
    if (
      errors.length !== operation.errors.length ||
      errors.some((e, i) => e !== operation.errors[i])
    ) {
      replacements.push({ ...operation, errors } satisfies OperationShape);
    }
  }
  return replacements.length === 0 ? model : model.withShapes(replacements);
}

function synthesizeErrorUnion(
  service: ServiceShape,
  operation: OperationShape,
  status: number,
  errors: readonly StructureShape[],
): { error: StructureShape; union: StructureShape; rewritten: StructureShape[] } {
  const errorId = `${shapeNamespace(service.id)}#${shapeName(operation.id)}${status}Error`;
  const unionId = `${errorId}Content`;
  const headers = new Map<string, Member>();
  const rewritten = errors.map((error) => withoutHeaders(error, headers));
  const unionMembers = new Map<string, Member>(
    rewritten.map((e) => {
      const name = shapeName(e.id);
      return [
        name,
        { id: memberIdOf(unionId, name), name, container: unionId, target: e.id, traits: {} },
      ];
    }),
  );
  const union: StructureShape = {
    id: unionId,
    type: 'union',
    traits: {},
    mixins: [],
    members: unionMembers,
  };
  const members = new Map<string, Member>([
    [ERROR_UNION_MEMBER, member(errorId, ERROR_UNION_MEMBER, unionId, {})],
  ]);
  for (const [name, header] of headers) {
    members.set(
      name,
      member(errorId, name, 'smithy.api#String', {
        [TRAIT_IDS.httpHeader]: header.traits[TRAIT_IDS.httpHeader] ?? name,
      }),
    );
  }
  const error: StructureShape = {
    id: errorId,
    type: 'structure',
    traits: {
      [TRAIT_IDS.error]: status >= 400 && status < 500 ? 'client' : 'server',
      [TRAIT_IDS.httpError]: status,
    },
    mixins: [],
    members,
  };
  return { error, union, rewritten };
}

/** The error without its header members; the headers are collected (they must agree by name). */
function withoutHeaders(error: StructureShape, headers: Map<string, Member>): StructureShape {
  const kept = new Map<string, Member>();
  for (const m of membersOf(error)) {
    if (m.traits[TRAIT_IDS.httpHeader] === undefined) {
      kept.set(m.name, m);
      continue;
    }
    const previous = headers.get(m.name);
    if (previous && previous.traits[TRAIT_IDS.httpHeader] !== m.traits[TRAIT_IDS.httpHeader]) {
      throw new OpenApiConversionError(
        'ConflictingBinding',
        `Errors sharing a status code bind member \`${m.name}\` to different headers (\`${String(previous.traits[TRAIT_IDS.httpHeader])}\` in \`${previous.container}\`, \`${String(m.traits[TRAIT_IDS.httpHeader])}\` in \`${error.id}\`): conflicting header when de-conflicting`,
        {
          shapeId: m.id,
          ...(m.location ? { location: m.location } : {}),
          hint: 'Give the header members different names, or bind them to the same header.',
        },
      );
    }
    headers.set(m.name, m);
  }
  return { ...error, members: kept };
}

function member(
  container: ShapeId,
  name: string,
  target: ShapeId,
  traits: Member['traits'],
): Member {
  return { id: memberIdOf(container, name), name, container, target, traits };
}

function unique(ids: readonly ShapeId[]): ShapeId[] {
  return [...new Set(ids)];
}
