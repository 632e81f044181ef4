/**
 * @module emit/models
 *
 * `models.ts` of a version: one exported type per named shape (structures, unions, enums,
 * lists, maps and documented simple types), with JSDoc from the model. Error structures are
 * classes and live in `errors.ts` instead.
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { EnumShape, SemanticModel, Shape, StructureShape } from '@platform/smithy';
import type { ApiVersion } from '../api-version.js';
import { CodegenError } from '../codegen-error.js';
import { GENERATED_HEADER, jsDoc, literal, propertyKey } from '../source-writer.js';
import { checkMember, unsupportedType } from '../supported.js';
import { isPresent, memberType, reachableNames } from './type-names.js';

export function emitModels(model: SemanticModel, version: ApiVersion): string {
  const inputRoots = version.services.flatMap(({ operations }) => operations.map((op) => op.input));
  const inputNames = reachableNames(model, inputRoots);
  // Operation inputs and outputs have their members checked with their HTTP binding.
  const bound = new Set(
    version.services.flatMap(({ operations }) => operations.flatMap((op) => [op.input, op.output])),
  );
  const blocks: string[] = [];
  for (const name of [...version.shapes.keys()].sort()) {
    const shape = version.shapes.get(name)!;
    if (shape.traits[TRAIT_IDS.error] !== undefined) continue;
    if (shape.type === 'structure' && !bound.has(shape.id)) {
      for (const member of shape.members.values()) checkMember(model, member, 'body');
    }
    blocks.push(emitShape(model, name, shape, inputNames.has(name)));
  }
  return `${GENERATED_HEADER}\n${blocks.join('\n')}`;
}

function emitShape(model: SemanticModel, name: string, shape: Shape, inInput: boolean): string {
  const doc = jsDoc(shape.traits);
  switch (shape.type) {
    case 'structure':
      return `${doc}export interface ${name} {\n${structureBody(model, shape, inInput)}}\n`;
    case 'union':
      return `${doc}export type ${name} =\n${unionBody(model, shape)};\n`;
    case 'enum':
    case 'intEnum':
      return `${doc}export type ${name} = ${enumValues(shape)};\n`;
    case 'list':
    case 'set':
      return `${doc}export type ${name} = ${memberType(model, shape.member)}[];\n`;
    case 'map':
      return `${doc}export type ${name} = Record<string, ${memberType(model, shape.value)}>;\n`;
    case 'service':
    case 'operation':
    case 'resource':
      throw new CodegenError('is not a data shape.', shape.id, shape.location);
    case 'timestamp': {
      const format = shape.traits[TRAIT_IDS.timestampFormat];
      const type = format === 'epoch-seconds' ? 'number' : 'string';
      const note =
        type === 'string' ? ['An RFC 3339 date-time string, e.g. `2026-11-20T14:03:12Z`.'] : [];
      return `${jsDoc(shape.traits, '', note)}export type ${name} = ${type};\n`;
    }
    case 'blob':
    case 'bigInteger':
    case 'bigDecimal':
      throw new CodegenError(
        `${shape.type} shapes are not supported by the SDK generator: ${unsupportedType(shape.type)}.`,
        shape.id,
        shape.location,
      );
    case 'document':
      return `${doc}export type ${name} = unknown;\n`;
    default: {
      const type =
        shape.type === 'string' ? 'string' : shape.type === 'boolean' ? 'boolean' : 'number';
      return `${doc}export type ${name} = ${type};\n`;
    }
  }
}

function structureBody(model: SemanticModel, shape: StructureShape, inInput: boolean): string {
  let body = '';
  for (const member of shape.members.values()) {
    const optional = isPresent(member, inInput) ? '' : '?';
    let type = memberType(model, member);
    // Inputs also take a Date for a date-time: the runtime writes it as RFC 3339 text.
    if (inInput && type !== 'number' && model.getShape(member.target)?.type === 'timestamp') {
      type = `${type} | Date`;
    }
    body += jsDoc(member.traits, '  ');
    body += `  ${propertyKey(member.name)}${optional}: ${type};\n`;
  }
  return body;
}

function unionBody(model: SemanticModel, shape: StructureShape): string {
  const names = [...shape.members.keys()];
  return [...shape.members.values()]
    .map((member) => {
      const others = names
        .filter((n) => n !== member.name)
        .map((n) => ` ${propertyKey(n)}?: never;`);
      return `  | { ${propertyKey(member.name)}: ${memberType(model, member)};${others.join('')} }`;
    })
    .join('\n');
}

function enumValues(shape: EnumShape): string {
  return [...shape.members.values()]
    .map((member) => {
      const value = member.traits[TRAIT_IDS.enumValue];
      if (shape.type === 'intEnum') return String(value);
      return literal(typeof value === 'string' ? value : member.name);
    })
    .join(' | ');
}
