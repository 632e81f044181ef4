/**
 * @module OpenAPI examples from Smithy's `@examples` trait, as smithy-openapi's REST protocols make
 * them: one `<Operation>_exampleN` entry per example (N counts every example of the operation), on
 * each parameter, header and body the example gives a value for. Error examples go to the response
 * of the error they name. Values are rewritten for the wire (member names become `@jsonName`s).
 */
import { isMember, membersOf, shapeName, shapeNamespace, TRAIT_IDS } from '@platform/smithy';
import type { HttpBinding, OperationShape, Shape, ShapeId } from '@platform/smithy';
import { isJsonObject } from '../json/json-value.js';
import { ERROR_UNION_MEMBER } from '../model/error-transforms.js';
import type { JsonObject, JsonValue } from '../json/json-value.js';
import type { TraitHolder } from '../model/conversion-model.js';
import type { ConversionContext } from './context.js';

export type MessageType = 'request' | 'response' | 'error';

interface Example {
  readonly title: string;
  readonly documentation: string;
  readonly input: { readonly [key: string]: JsonValue };
  readonly output: { readonly [key: string]: JsonValue } | undefined;
  readonly error:
    | { readonly shapeId: ShapeId; readonly content: { readonly [key: string]: JsonValue } }
    | undefined;
}

/** Examples of one bound member (a path, query or header parameter, or a payload). */
export function memberExamples(
  ctx: ConversionContext,
  operationOrError: Shape,
  binding: HttpBinding,
  type: MessageType,
  operation: OperationShape | undefined,
): Map<string, JsonValue> {
  const result = new Map<string, JsonValue>();
  const key = binding.member.name;
  if (type === 'error') {
    if (!operation) return result;
    examplesOf(operation).forEach((example, i) => {
      const content = example.error?.content;
      if (
        example.error?.shapeId === operationOrError.id &&
        content &&
        Object.hasOwn(content, key)
      ) {
        result.set(
          `${shapeName(operation.id)}_example${i + 1}`,
          exampleObject(ctx, example, binding.member, content[key] as JsonValue),
        );
      }
    });
    return sortedByName(result);
  }
  examplesOf(operationOrError).forEach((example, i) => {
    const values = type === 'request' ? example.input : (example.output ?? {});
    if ((example.error === undefined || type === 'request') && Object.hasOwn(values, key)) {
      result.set(
        `${shapeName(operationOrError.id)}_example${i + 1}`,
        exampleObject(ctx, example, binding.member, values[key] as JsonValue),
      );
    }
  });
  return sortedByName(result);
}

/** Examples of a JSON document body (only the members the document carries). */
export function bodyExamples(
  ctx: ConversionContext,
  operationOrError: Shape,
  bindings: readonly HttpBinding[],
  type: MessageType,
  operation: OperationShape | undefined,
): Map<string, JsonValue> {
  const result = new Map<string, JsonValue>();
  if (type === 'error') {
    if (!operation) return result;
    const errorIds = matchingErrorIds(ctx, operationOrError);
    examplesOf(operation).forEach((example, i) => {
      if (example.error && errorIds.has(example.error.shapeId)) {
        result.set(
          `${shapeName(operation.id)}_example${i + 1}`,
          exampleObject(ctx, example, operationOrError, example.error.content),
        );
      }
    });
    return sortedByName(result);
  }
  const names = new Set(bindings.map((b) => b.member.name));
  const structure =
    operationOrError.type === 'operation'
      ? ctx.model.expect(type === 'request' ? operationOrError.input : operationOrError.output)
      : operationOrError;
  examplesOf(operationOrError).forEach((example, i) => {
    const source = type === 'request' ? example.input : (example.output ?? {});
    const values: JsonObject = {};
    for (const [k, v] of Object.entries(source)) if (names.has(k)) values[k] = v;
    if (example.error === undefined || type === 'request') {
      result.set(
        `${shapeName(operationOrError.id)}_example${i + 1}`,
        exampleObject(ctx, example, structure, values),
      );
    }
  });
  return sortedByName(result);
}

/** The error itself, or every error merged into a synthetic `errorUnion` error. */
function matchingErrorIds(ctx: ConversionContext, error: Shape): Set<ShapeId> {
  const union = membersOf(error).find((m) => m.name === ERROR_UNION_MEMBER);
  const target = union ? ctx.model.shape(union.target) : undefined;
  if (target?.type === 'union') return new Set(membersOf(target).map((m) => m.target));
  return new Set([error.id]);
}

function exampleObject(
  ctx: ConversionContext,
  example: Example,
  holder: TraitHolder,
  value: JsonValue,
): JsonObject {
  return {
    summary: example.title,
    description: example.documentation,
    value: toWire(ctx, holder, value),
  };
}

function examplesOf(shape: Shape): Example[] {
  const trait = shape.traits[TRAIT_IDS.examples];
  if (!Array.isArray(trait)) return [];
  return (trait as readonly JsonValue[]).filter(isJsonObject).map((e) => ({
    title: typeof e.title === 'string' ? e.title : '',
    documentation: typeof e.documentation === 'string' ? e.documentation : '',
    input: isJsonObject(e.input) ? e.input : {},
    output: isJsonObject(e.output) ? e.output : undefined,
    error:
      isJsonObject(e.error) && typeof e.error.shapeId === 'string'
        ? {
            shapeId: absolute(e.error.shapeId, shape.id),
            content: isJsonObject(e.error.content) ? e.error.content : {},
          }
        : undefined,
  }));
}

function absolute(id: string, relativeTo: ShapeId): ShapeId {
  return id.includes('#') ? id : `${shapeNamespace(relativeTo)}#${id}`;
}

/** Smithy's `JsonValueNodeTransformer`: structure keys become `@jsonName`s, recursively. */
function toWire(ctx: ConversionContext, holder: TraitHolder, value: JsonValue): JsonValue {
  const shape = isMember(holder) ? ctx.model.shape(holder.target) : holder;
  if (!shape || shape.type === 'document') return value;
  if (Array.isArray(value)) {
    if (shape.type !== 'list' && shape.type !== 'set') return value;
    const element = ctx.model.shape(shape.member.target);
    return element ? (value as readonly JsonValue[]).map((v) => toWire(ctx, element, v)) : value;
  }
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  if (!isMember(holder) && shape.type === 'map') {
    const valueShape = ctx.model.shape(shape.value.target);
    for (const [k, v] of Object.entries(value))
      out[k] = valueShape ? toWire(ctx, valueShape, v) : v;
    return out;
  }
  const members = new Map(membersOf(shape).map((m) => [m.name, m]));
  for (const [k, v] of Object.entries(value)) {
    const member = members.get(k);
    const target = member ? ctx.model.shape(member.target) : undefined;
    if (!member || !target) {
      out[k] = v;
      continue;
    }
    const jsonName = member.traits[TRAIT_IDS.jsonName];
    out[ctx.settings.useJsonName && typeof jsonName === 'string' ? jsonName : k] = toWire(
      ctx,
      target,
      v,
    );
  }
  return out;
}

function sortedByName(map: Map<string, JsonValue>): Map<string, JsonValue> {
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
