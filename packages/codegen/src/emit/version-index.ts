/**
 * @module emit/version-index
 *
 * `index.ts` of a version, the SDK entry point `@platform/api-client/vN`: every public name
 * listed one by one (no `export *`) — the version's generated names and every name of the
 * runtime's public index (errors, options, defaults, token cache), so one import serves a
 * partner. The runtime's internal entry is never re-exported: it is not partner API.
 */
import { CodegenError } from '../codegen-error.js';
import { GENERATED_HEADER } from '../source-writer.js';

export interface ModuleExports {
  /** Module path relative to the index, e.g. `./models.js`. */
  readonly from: string;
  readonly values: readonly string[];
  readonly types: readonly string[];
}

/** Exported names of generated source, read from its declarations. */
export function declaredExports(
  from: string,
  source: string,
  skip: (name: string) => boolean = () => false,
): ModuleExports {
  const values: string[] = [];
  const types: string[] = [];
  for (const match of source.matchAll(
    /^export (class|const|function|type|interface) ([A-Za-z0-9_]+)/gm,
  )) {
    const name = match[2]!;
    if (skip(name)) continue;
    (match[1] === 'type' || match[1] === 'interface' ? types : values).push(name);
  }
  return { from, values, types };
}

/**
 * `export { ... } from '<from>';` naming every value and type of `m` one per line, sorted by name
 * (a type's `type ` prefix ignored), as every generated entry point lists its names.
 */
export function exportBlock(m: ModuleExports): string {
  const names = [...m.values, ...m.types.map((n) => `type ${n}`)].sort((a, b) =>
    a.replace(/^type /, '').localeCompare(b.replace(/^type /, '')),
  );
  return `export {\n${names.map((n) => `  ${n},\n`).join('')}} from '${m.from}';\n`;
}

/** `deprecated` is the version's `@deprecated` tag (see `lifecycle.ts`), put on the entry point. */
export function emitVersionIndex(
  major: number,
  modules: readonly ModuleExports[],
  deprecated?: string,
): string {
  const origin = new Map<string, string>();
  for (const m of modules) {
    for (const name of [...m.values, ...m.types]) {
      const seen = origin.get(name);
      if (seen !== undefined) {
        throw new CodegenError(
          `API v${major} would export ${name} from both ${seen} and ${m.from}: rename the model shape, or export the runtime name under an alias in runtime/index.ts.`,
        );
      }
      origin.set(name, m.from);
    }
  }
  const blocks = modules.filter((m) => m.values.length + m.types.length > 0).map(exportBlock);
  const tag = deprecated === undefined ? '' : ` *\n * ${deprecated}\n`;
  return `${GENERATED_HEADER}/**\n * @module @platform/api-client/v${major}\n *\n * Clients, commands, types and errors of API v${major}.\n${tag} */\n${blocks.join('')}`;
}
