/**
 * @module emit/webhook-payloads
 *
 * `webhook-payloads.ts` of a version: `checkWebhookPayload`, which `verifyWebhook` runs on every
 * verified payload before returning it as the version's `WebhookEvent`. It dispatches on `type`
 * to one function per event structure, and from there to one function per structure, union,
 * list and map the events reach: required members present (as the generated types have them),
 * every value of its model type. Straight-line `typeof` tests written out per member, so a valid
 * payload costs one walk and no allocation; the problem object is built only on failure.
 * Constraints and enum values are left to the API (see the runtime's `payload-check.ts`).
 */
import { TRAIT_IDS, type Member, type SemanticModel, type Shape } from '@platform/smithy';
import type { ApiVersion } from '../api-version.js';
import { CodegenError } from '../codegen-error.js';
import { GENERATED_HEADER, literal, shapeName } from '../source-writer.js';
import { scalarKindOf, type ScalarKind } from './member-kind.js';
import { isPresent, reachableNames } from './type-names.js';
import { webhookEventsOf } from './webhook-event-list.js';

/** How a value of some target is checked: a test that is true when it is wrong, or a call. */
type ValueCheck =
  | { readonly kind: 'test'; readonly wrong: (expr: string) => string; readonly expected: string }
  | { readonly kind: 'call'; readonly fn: string }
  | { readonly kind: 'any' };

const STRING: ValueCheck = {
  kind: 'test',
  wrong: (e) => `typeof ${e} !== 'string'`,
  expected: 'a string',
};
const BOOLEAN: ValueCheck = {
  kind: 'test',
  wrong: (e) => `typeof ${e} !== 'boolean'`,
  expected: 'a boolean',
};
const INTEGER: ValueCheck = {
  kind: 'test',
  wrong: (e) => `!Number.isInteger(${e})`,
  expected: 'an integer',
};
const NUMBER: ValueCheck = {
  kind: 'test',
  wrong: (e) => `typeof ${e} !== 'number'`,
  expected: 'a number',
};
const ANY: ValueCheck = { kind: 'any' };

/** On the wire a timestamp that is not epoch-seconds is a string. */
const SCALAR_CHECKS: Readonly<Record<ScalarKind, ValueCheck>> = {
  string: STRING,
  timestamp: STRING,
  integer: INTEGER,
  number: NUMBER,
  boolean: BOOLEAN,
};

const PRELUDE: Readonly<Record<string, ValueCheck>> = {
  'smithy.api#String': STRING,
  'smithy.api#Boolean': BOOLEAN,
  'smithy.api#PrimitiveBoolean': BOOLEAN,
  'smithy.api#Byte': INTEGER,
  'smithy.api#PrimitiveByte': INTEGER,
  'smithy.api#Short': INTEGER,
  'smithy.api#PrimitiveShort': INTEGER,
  'smithy.api#Integer': INTEGER,
  'smithy.api#PrimitiveInteger': INTEGER,
  'smithy.api#Long': INTEGER,
  'smithy.api#PrimitiveLong': INTEGER,
  'smithy.api#Float': NUMBER,
  'smithy.api#PrimitiveFloat': NUMBER,
  'smithy.api#Double': NUMBER,
  'smithy.api#PrimitiveDouble': NUMBER,
  'smithy.api#Timestamp': STRING,
};

function checkFunction(shape: Shape): string {
  return `check${shapeName(shape.id)}`;
}

/** A property read of `key` on `object`, as TypeScript accepts it on `Record<string, unknown>`. */
function read(object: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${object}.${key}` : `${object}[${literal(key)}]`;
}

class PayloadChecks {
  /** Check functions by name, emitted sorted; `queue` holds shapes still to write. */
  readonly #functions = new Map<string, string>();
  readonly #queue: Shape[] = [];
  readonly #inputNames: ReadonlySet<string>;

  constructor(
    readonly model: SemanticModel,
    version: ApiVersion,
  ) {
    this.#inputNames = reachableNames(
      model,
      version.services.flatMap(({ operations }) => operations.map((op) => op.input)),
    );
  }

  /** The check of a member's value; queues the function of a shape it calls. */
  valueCheck(member: Member): ValueCheck {
    if (this.model.isPrelude(member.target)) {
      if (
        member.target === 'smithy.api#Timestamp' &&
        member.traits[TRAIT_IDS.timestampFormat] === 'epoch-seconds'
      )
        return NUMBER;
      return PRELUDE[member.target] ?? ANY;
    }
    const target = this.model.expectShape(member.target);
    const scalar = scalarKindOf(this.model, member);
    if (scalar !== undefined) return SCALAR_CHECKS[scalar];
    switch (target.type) {
      case 'structure':
      case 'union':
      case 'list':
      case 'set':
      case 'map':
        this.#want(target);
        return { kind: 'call', fn: checkFunction(target) };
      case 'document':
        return ANY;
      default:
        throw new CodegenError(
          `a ${target.type} shape cannot be checked in a webhook payload.`,
          member.id,
          member.location,
        );
    }
  }

  #want(shape: Shape): void {
    const name = checkFunction(shape);
    if (this.#functions.has(name)) return;
    this.#functions.set(name, '');
    this.#queue.push(shape);
  }

  /** Writes the function of every queued shape and of every shape those reach. */
  drain(): void {
    for (let shape = this.#queue.pop(); shape !== undefined; shape = this.#queue.pop()) {
      this.#functions.set(checkFunction(shape), this.#emit(shape));
    }
  }

  functions(): string[] {
    return [...this.#functions.keys()].sort().map((name) => this.#functions.get(name)!);
  }

  /** Statements that return a problem when `expr` (under `key`) is not what `check` wants. */
  #valueStatements(
    check: ValueCheck,
    expr: string,
    key: string,
    required: boolean,
    indent: string,
  ): string[] {
    const present = required ? '' : `${expr} !== undefined && `;
    switch (check.kind) {
      case 'any':
        return required
          ? [`${indent}if (${expr} === undefined) return at(mismatch('a value', ${expr}), ${key});`]
          : [];
      case 'test':
        return [
          `${indent}if (${present}${check.wrong(expr)}) return at(mismatch(${literal(check.expected)}, ${expr}), ${key});`,
        ];
      case 'call':
        return [
          `${indent}if (${present}(problem = ${check.fn}(${expr})) !== undefined) return at(problem, ${key});`,
        ];
    }
  }

  #emit(shape: Shape): string {
    const name = shapeName(shape.id);
    const head = `function ${checkFunction(shape)}(value: unknown): PayloadProblem | undefined {\n`;
    let body: string[];
    switch (shape.type) {
      case 'structure':
      case 'union': {
        const inInput = this.#inputNames.has(name);
        body = [`  if (!isJsonObject(value)) return mismatch('an object', value);`];
        const members = [...shape.members.values()].flatMap((member) =>
          this.#valueStatements(
            this.valueCheck(member),
            read('value', member.name),
            literal(member.name),
            shape.type === 'structure' && isPresent(member, inInput),
            '  ',
          ),
        );
        if (members.some((line) => line.includes('problem ='))) {
          body.push('  let problem: PayloadProblem | undefined;');
        }
        body.push(...members);
        break;
      }
      case 'list':
      case 'set': {
        const item = this.#valueStatements(
          this.valueCheck(shape.member),
          'item',
          'i',
          true,
          '    ',
        );
        const sparse = shape.traits[TRAIT_IDS.sparse] !== undefined;
        body = [
          `  if (!Array.isArray(value)) return mismatch('an array', value);`,
          ...(item.some((line) => line.includes('problem ='))
            ? ['  let problem: PayloadProblem | undefined;']
            : []),
          '  for (let i = 0; i < value.length; i++) {',
          `    const item: unknown = value[i];`,
          ...(sparse ? ['    if (item === null) continue;'] : []),
          ...item,
          '  }',
        ];
        break;
      }
      case 'map': {
        const item = this.#valueStatements(
          this.valueCheck(shape.value),
          'item',
          'key',
          true,
          '    ',
        );
        const sparse = shape.traits[TRAIT_IDS.sparse] !== undefined;
        body = [
          `  if (!isJsonObject(value)) return mismatch('an object', value);`,
          ...(item.some((line) => line.includes('problem ='))
            ? ['  let problem: PayloadProblem | undefined;']
            : []),
          '  for (const key in value) {',
          '    const item = value[key];',
          ...(sparse ? ['    if (item === null) continue;'] : []),
          ...item,
          '  }',
        ];
        break;
      }
      default:
        throw new CodegenError(
          `a ${shape.type} shape has no payload check.`,
          shape.id,
          shape.location,
        );
    }
    return `/** \`value\` matches \`${name}\`, or the first way it does not. */\n${head}${body.join('\n')}\n  return undefined;\n}\n`;
  }
}

export function emitWebhookPayloads(model: SemanticModel, version: ApiVersion): string {
  const checks = new PayloadChecks(model, version);
  // Sorted by event name, which the `switch` and `EVENT_TYPES` follow.
  const list = webhookEventsOf(version).sort((a, b) => a.type.localeCompare(b.type));
  const cases = list.map(({ type, shape }) => {
    checks.valueCheck({
      id: `${shape.id}$payload`,
      name: 'payload',
      container: shape.id,
      target: shape.id,
      traits: {},
    });
    return `    case ${literal(type)}:\n      return ${checkFunction(shape)}(payload);\n`;
  });
  checks.drain();
  const types = `[${list.map(({ type }) => literal(type)).join(', ')}]`;
  return (
    GENERATED_HEADER +
    `/**\n * @module\n * Checks a verified webhook payload of API v${version.major} against the model before \`verifyWebhook\`\n * returns it as a \`WebhookEvent\`.\n */\n` +
    `import type { JsonObject } from '../../webhooks/index.js';\n` +
    `import { at, isJsonObject, mismatch, unknownEventType, type PayloadProblem } from '../../webhooks/payload-check.js';\n\n` +
    `const EVENT_TYPES: readonly string[] = ${types};\n\n` +
    `/** \`undefined\` when \`payload\` is a webhook event of API v${version.major}, else the first way it is not one. */\n` +
    `export function checkWebhookPayload(payload: JsonObject): PayloadProblem | undefined {\n` +
    `  switch (payload.type) {\n${cases.join('')}    default:\n      return unknownEventType(payload.type, EVENT_TYPES);\n  }\n}\n` +
    checks
      .functions()
      .map((fn) => `\n${fn}`)
      .join('')
  );
}
