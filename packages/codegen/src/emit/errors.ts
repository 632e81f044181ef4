/**
 * @module emit/errors
 *
 * `errors.ts` of a version: one class per `@error` structure, registered by wire code (the
 * shape name) in each service's error registry. A 401 error extends `AuthenticationError`, a
 * 429 `RateLimitError` and the version-retired error `ApiVersionGoneError`, so partners can
 * catch either the modeled class or the generic one.
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { SemanticModel, Shape } from '@platform/smithy';
import type { ApiVersion } from '../api-version.js';
import { GENERATED_HEADER, jsDoc, literal, propertyKey } from '../source-writer.js';
import { runtimeImports } from './runtime-imports.js';
import { memberType } from './type-names.js';

/** Members every error already has from `PlatformError` (`requestId` from `$metadata`); not redeclared. */
const BASE_MEMBERS = new Set(['code', 'message', 'requestId']);
const VERSION_RETIRED_ERROR = 'ApiVersionRetiredError';

export function errorShapes(version: ApiVersion): Shape[] {
  return [...version.shapes.entries()]
    .filter(([, shape]) => shape.traits[TRAIT_IDS.error] !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, shape]) => shape);
}

function baseClass(name: string, shape: Shape): string {
  const status = shape.traits[TRAIT_IDS.httpError];
  if (name === VERSION_RETIRED_ERROR) return 'ApiVersionGoneError';
  if (status === 401) return 'AuthenticationError';
  if (status === 429) return 'RateLimitError';
  return 'ServiceError';
}

export function emitErrors(model: SemanticModel, version: ApiVersion): string {
  const shapes = errorShapes(version);
  const bases = [...new Set(shapes.map((shape) => baseClass(nameOf(shape), shape)))].sort();
  const modelTypes = new Set<string>();
  const classes = shapes.map((shape) => {
    const name = nameOf(shape);
    const members = shape.type === 'structure' ? [...shape.members.values()] : [];
    const copied = members.filter((member) => !BASE_MEMBERS.has(member.name));
    let declarations = '';
    for (const member of copied) {
      const type = memberType(model, member);
      if (/^[A-Z]/.test(type) && !type.startsWith('Record<')) modelTypes.add(type);
      declarations += jsDoc(member.traits, '  ');
      declarations += `  declare readonly ${propertyKey(member.name)}?: ${type};\n`;
    }
    const status = shape.traits[TRAIT_IDS.httpError];
    const extra = typeof status === 'number' ? [`HTTP status ${status}.`] : [];
    return (
      `${jsDoc(shape.traits, '', extra)}export class ${name} extends ${baseClass(name, shape)} {\n` +
      `  static override readonly brand: string = ${literal(shape.id)};\n` +
      `  static override readonly code: string | undefined = ${literal(name)};\n` +
      `  static override readonly members: readonly string[] = [${copied.map((m) => literal(m.name)).join(', ')}];\n` +
      declarations +
      `}\n\n/** True for a {@link ${name}}, also across realms. */\n` +
      `export const is${name} = errorGuard<${name}>(${name}.brand);\n`
    );
  });
  const typeImport = modelTypes.size
    ? `import type { ${[...modelTypes].sort().join(', ')} } from './models.js';\n`
    : '';
  return (
    GENERATED_HEADER +
    runtimeImports(bases, ['errorGuard']) +
    `${typeImport}\n${classes.join('\n')}`
  );
}

function nameOf(shape: Shape): string {
  return shape.id.slice(shape.id.indexOf('#') + 1);
}
