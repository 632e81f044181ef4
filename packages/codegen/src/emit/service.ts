/**
 * @module emit/service
 *
 * `<service>.ts` of a version: per operation its `OperationSpec` (binding as data) and command
 * class; the service descriptor (environments, error registry, sensitive
 * members); the bare client with `send`, the aggregated client with one method per operation,
 * and `paginateX` / `paginateXItems` for `@paginated` operations. Commands, clients and
 * paginators carry the version's label (`'v2'`) as a type, so a client sends only its own
 * version's commands, and a deprecated version's tag from its `@lifecycle`.
 */
import { membersOf, TRAIT_IDS, UNIT_SHAPE_ID } from '@platform/smithy';
import type { Member, OperationShape, SemanticModel } from '@platform/smithy';
import type { ApiService, ApiVersion } from '../api-version.js';
import {
  GENERATED_HEADER,
  jsDoc,
  literal,
  lowerFirst,
  propertyKey,
  shapeName,
} from '../source-writer.js';
import { operationBinding, type OperationBinding } from './bindings.js';
import { errorShapes } from './errors.js';
import { deprecationTag } from './lifecycle.js';
import { runtimeImports } from './runtime-imports.js';
import { ioType, memberType, reachableNames } from './type-names.js';

export function serviceFileName(service: ApiService): string {
  return service.name.replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());
}

function record(entries: Record<string, string>): string {
  const keys = Object.keys(entries);
  return `{ ${keys.map((k) => `${propertyKey(k)}: ${literal(entries[k]!)}`).join(', ')} }`;
}

function specLiteral(name: string, apiVersion: string, b: OperationBinding): string {
  const lines = [
    `  name: ${literal(name)},`,
    `  apiVersion: ${literal(apiVersion)},`,
    `  method: ${literal(b.method)},`,
    `  path: ${literal(b.path)},`,
  ];
  if (Object.keys(b.query).length) lines.push(`  query: ${record(b.query)},`);
  if (Object.keys(b.headers).length) lines.push(`  headers: ${record(b.headers)},`);
  if (b.payload !== undefined) lines.push(`  payload: ${literal(b.payload)},`);
  else if (Object.keys(b.body).length) lines.push(`  body: ${record(b.body)},`);
  if (Object.keys(b.kinds).length) lines.push(`  kinds: ${record(b.kinds)},`);
  if (b.required.length) lines.push(`  required: [${b.required.map(literal).join(', ')}],`);
  if (b.idempotent) lines.push('  idempotent: true,');
  if (b.idempotencyToken !== undefined)
    lines.push(`  idempotencyToken: ${literal(b.idempotencyToken)},`);
  if (b.scopes.length) lines.push(`  scopes: [${b.scopes.map(literal).join(', ')}],`);
  const out: string[] = [];
  if (Object.keys(b.output.headers).length) out.push(`headers: ${record(b.output.headers)}`);
  if (b.output.payload !== undefined) out.push(`payload: ${literal(b.output.payload)}`);
  else if (Object.keys(b.output.body).length) out.push(`body: ${record(b.output.body)}`);
  if (b.output.status !== undefined) out.push(`status: ${literal(b.output.status)}`);
  if (out.length) lines.push(`  output: { ${out.join(', ')} },`);
  if (b.pagination) {
    const p: Record<string, string> = {
      inputToken: b.pagination.inputToken,
      outputToken: b.pagination.outputToken,
    };
    if (b.pagination.pageSize) p.pageSize = b.pagination.pageSize;
    if (b.pagination.items) p.items = b.pagination.items;
    lines.push(`  pagination: ${record(p)},`);
  }
  return `{\n${lines.join('\n')}\n}`;
}

/** True when every input member may be left out, so the input argument is optional. */
function inputOptional(model: SemanticModel, operation: OperationShape): boolean {
  if (operation.input === UNIT_SHAPE_ID) return true;
  return membersOf(model.expectShape(operation.input)).every(
    (m) => m.traits[TRAIT_IDS.required] === undefined || m.traits[TRAIT_IDS.default] !== undefined,
  );
}

function sensitiveMembers(model: SemanticModel, service: ApiService): string[] {
  const roots = service.operations.flatMap((op) => [op.input, op.output]);
  const names = new Set<string>();
  for (const name of reachableNames(model, roots)) {
    const shape = [...model.shapes()].find(
      (s) => shapeName(s.id) === name && !model.isPrelude(s.id),
    );
    for (const member of shape ? membersOf(shape) : []) {
      if (isSensitive(model, member)) names.add(member.name);
    }
  }
  return [...names].sort();
}

function isSensitive(model: SemanticModel, member: Member): boolean {
  return (
    member.traits[TRAIT_IDS.sensitive] !== undefined ||
    model.getShape(member.target)?.traits[TRAIT_IDS.sensitive] !== undefined
  );
}

export function emitService(
  model: SemanticModel,
  version: ApiVersion,
  service: ApiService,
): string {
  const name = service.name;
  const modelTypes = new Set<string>();
  const blocks: string[] = [];
  const methods: string[] = [];
  const paginators: string[] = [];
  const serviceErrors = new Set(service.shape.errors.map(shapeName));
  const label = `v${version.major}`;
  const apiVersion = literal(label);
  const deprecated = deprecationTag(version);
  const deprecation = deprecated === undefined ? [] : [deprecated];

  for (const operation of service.operations) {
    const op = shapeName(operation.id);
    const binding = operationBinding(model, service.shape, operation);
    operation.errors.forEach((e) => serviceErrors.add(shapeName(e)));
    const input = ioType(operation.input);
    const output = ioType(operation.output);
    for (const type of [input, output]) if (!type.startsWith('Record<')) modelTypes.add(type);
    const optional = inputOptional(model, operation);
    const param = optional ? `input: ${input} = {}` : `input: ${input}`;
    const http = `\`${binding.method} ${binding.path}\``;
    const scopeNote = binding.scopes.length
      ? [`Requires the scopes ${binding.scopes.map((s) => `\`${s}\``).join(', ')}.`]
      : [];
    blocks.push(
      `/** How ${op} is sent: ${http}. */\n` +
        `export const ${op}Operation = /* @__PURE__ */ defineOperation(${specLiteral(op, label, binding)});\n\n` +
        jsDoc(operation.traits, '', [`${http}.`, ...scopeNote, ...deprecation]) +
        `export class ${op}Command extends PlatformCommand<${input}, ${output}, ${apiVersion}> {\n` +
        `  constructor(${param}) {\n    super(${op}Operation, input);\n  }\n}\n`,
    );
    methods.push(
      jsDoc(operation.traits, '  ', [`${http}.`, ...scopeNote]) +
        `  ${lowerFirst(op)}(${param}, options?: CallOptions): Promise<CommandOutput<${output}>> {\n` +
        `    return this.send(new ${op}Command(input), options);\n  }\n`,
    );
    if (binding.pagination) {
      const items = binding.pagination.items;
      const outputShape = model.expectShape(operation.output, 'structure');
      const itemsMember = items ? outputShape.members.get(items) : undefined;
      const listShape = itemsMember ? model.getShape(itemsMember.target) : undefined;
      const itemType =
        listShape && (listShape.type === 'list' || listShape.type === 'set')
          ? memberType(model, listShape.member)
          : undefined;
      if (itemType && /^[A-Z]/.test(itemType)) modelTypes.add(itemType);
      const config = `config: PaginationConfiguration<CommandSender<${apiVersion}>>`;
      paginators.push(
        jsDoc({}, '', [
          `Every page of ${op}, following \`${binding.pagination.outputToken}\` until the last page.`,
          ...deprecation,
        ]) +
          `export function paginate${op}(${config}, ${param}): AsyncGenerator<CommandOutput<${output}>, undefined, undefined> {\n` +
          `  return paginate(config, input, ${op}Command);\n}\n` +
          (itemType
            ? `\n${jsDoc({}, '', [`Every item (\`${items}\`) of every page of ${op}.`, ...deprecation])}` +
              `export function paginate${op}Items(${config}, ${param}): AsyncGenerator<${itemType}, undefined, undefined> {\n` +
              `  return paginateItems<${input}, ${output}, ${itemType}>(config, input, ${op}Command);\n}\n`
            : ''),
      );
    }
  }

  const errorNames = errorShapes(version)
    .map((shape) => shapeName(shape.id))
    .filter((n) => serviceErrors.has(n));
  const lower = lowerFirst(name);
  const publicRuntime = [
    'PlatformClient',
    'PlatformCommand',
    'type CallOptions',
    'type CommandOutput',
    ...(paginators.length ? ['type CommandSender'] : []),
    'type PlatformClientOptions',
    ...(paginators.length ? ['type PaginationConfiguration'] : []),
  ];
  const internalRuntime = [
    'createErrorRegistry',
    'defineOperation',
    'type ClientInternals',
    'type ServiceDescriptor',
    ...(paginators.length ? ['paginate', 'paginateItems'] : []),
  ];
  const successor =
    version.successorMajor === undefined ? '' : `  successorMajor: ${version.successorMajor},\n`;
  const sensitive = sensitiveMembers(model, service);
  return (
    GENERATED_HEADER +
    runtimeImports(publicRuntime, internalRuntime) +
    `import { SDK_VERSION } from '../../sdk-version.js';\n` +
    `import { ENVIRONMENTS, type Environment } from './environments.js';\n` +
    (errorNames.length ? `import { ${errorNames.join(', ')} } from './errors.js';\n` : '') +
    `import type { ${[...modelTypes].sort().join(', ')} } from './models.js';\n\n` +
    blocks.join('\n') +
    `\n/** What the runtime needs to know about ${name} v${version.major}. */\n` +
    `export const ${lower}Service: ServiceDescriptor<Environment, ${apiVersion}> = {\n` +
    `  name: ${literal(name)},\n  apiVersion: ${apiVersion},\n  sdkVersion: SDK_VERSION,\n${successor}` +
    `  environments: ENVIRONMENTS,\n` +
    `  errors: /* @__PURE__ */ createErrorRegistry([${errorNames.join(', ')}]),\n` +
    (sensitive.length ? `  sensitiveMembers: [${sensitive.map(literal).join(', ')}],\n` : '') +
    `};\n\n` +
    jsDoc(service.shape.traits, '', [
      '',
      `The bare client: send any ${name} command of API ${label} with \`send\`. Only the commands you import are bundled.`,
      ...deprecation,
    ]) +
    `export class ${name}Client extends PlatformClient<Environment, ${apiVersion}> {\n` +
    `  constructor(options?: PlatformClientOptions<Environment>, internals?: ClientInternals) {\n` +
    `    super(${lower}Service, options, internals);\n  }\n}\n\n` +
    jsDoc({}, '', [`The aggregated ${name} client: one method per operation.`, ...deprecation]) +
    `export class ${name} extends ${name}Client {\n${methods.join('\n')}}\n` +
    (paginators.length ? `\n${paginators.join('\n')}` : '')
  );
}
