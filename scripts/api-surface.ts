/**
 * @module The public SDK surface of one API version, as the TypeScript compiler sees it: every
 * export of `packages/api-client/src/generated/vN/index.ts` with its kind and type text. The
 * committed copy under `api-snapshot/` makes any change to what partners can import visible in
 * review, and the breaking-change test fails until the snapshot is updated on purpose.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** One exported name: what it is and the text of its type (members for object types). */
export interface SurfaceEntry {
  readonly name: string;
  readonly kind: 'class' | 'function' | 'const' | 'interface' | 'type' | 'enum' | 'other';
  readonly type: string;
  readonly members?: readonly string[];
}

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The generated entry point of API version `major`. */
export function versionEntry(major: number): string {
  return `${REPO_ROOT}packages/api-client/src/generated/v${major}/index.ts`;
}

function kindOf(symbol: ts.Symbol): SurfaceEntry['kind'] {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Enum) return 'enum';
  if (f & ts.SymbolFlags.Variable) return 'const';
  if (f & ts.SymbolFlags.Interface) return 'interface';
  if (f & ts.SymbolFlags.TypeAlias) return 'type';
  return 'other';
}

const FORMAT = ts.TypeFormatFlags.NoTruncation;
/** Type aliases print their definition, not their own name. */
const ALIAS_FORMAT = FORMAT | ts.TypeFormatFlags.InTypeAlias;

/** Reads the surface of every given version in one compiler program. */
export function readSurfaces(majors: readonly number[]): Map<number, SurfaceEntry[]> {
  const entries = majors.map(versionEntry);
  const program = ts.createProgram(entries, {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const result = new Map<number, SurfaceEntry[]>();
  majors.forEach((major, i) => {
    const file = program.getSourceFile(entries[i] ?? '');
    const moduleSymbol = file && checker.getSymbolAtLocation(file);
    if (!moduleSymbol)
      throw new Error(`cannot read the exports of ${entries[i]}: is it generated?`);
    const surface = checker.getExportsOfModule(moduleSymbol).map((exported) => {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const kind = kindOf(symbol);
      const decl = symbol.declarations?.[0] ?? file;
      const isType = kind === 'interface' || kind === 'type';
      const type = isType
        ? checker.getDeclaredTypeOfSymbol(symbol)
        : checker.getTypeOfSymbolAtLocation(symbol, decl);
      const entry: SurfaceEntry = {
        name: exported.name,
        kind,
        type: checker.typeToString(type, undefined, kind === 'type' ? ALIAS_FORMAT : FORMAT),
      };
      if (kind === 'interface' || kind === 'class') {
        const instance = kind === 'class' ? checker.getDeclaredTypeOfSymbol(symbol) : type;
        const members = checker
          .getPropertiesOfType(instance)
          .filter((p) => !p.name.startsWith('#') && !p.name.startsWith('__'))
          .map((p) => {
            const optional = p.flags & ts.SymbolFlags.Optional ? '?' : '';
            const text = checker.typeToString(
              checker.getTypeOfSymbolAtLocation(p, decl),
              undefined,
              FORMAT,
            );
            return `${p.name}${optional}: ${text}`;
          })
          .sort();
        return { ...entry, members };
      }
      return entry;
    });
    surface.sort((a, b) => a.name.localeCompare(b.name));
    result.set(major, surface);
  });
  return result;
}
