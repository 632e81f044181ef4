/**
 * @module scripts/declarations
 *
 * The type declarations of the published package, written by the TypeScript compiler one file
 * per source module (as the AWS SDK ships its `dist-types`) instead of bundled per entry. A
 * bundler puts declarations that several entries share into chunks with hashed names and
 * renames their exports, so a partner's tsc error used to read
 * `import(".../dist/models-DUZ8didF").Q`; unbundled, every type keeps its own name in a file
 * named after its module, and the same error reads `import(".../generated/v1/models").Order`.
 *
 * Each entry of the `exports` map gets a one-line declaration file that re-exports its module
 * (`dist/v1.d.ts`, `dist/v1.d.cts`); the modules themselves are written twice, once where the
 * package's `"type": "module"` makes them ES modules (`dist/types/`) and once under a
 * `"type": "commonjs"` folder (`dist/types-cjs/`), so `require` resolves to CommonJS
 * declarations and `import` to ES ones, as the JavaScript beside them is.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/** Folders under the output directory that hold the ES and the CommonJS declarations. */
export const DECLARATION_DIRS = { esm: 'types', cjs: 'types-cjs' } as const;

/** Where the declaration of `source` lands under a declaration folder, without extension. */
function declarationPath(packageDir: string, source: string): string {
  return relative(join(packageDir, 'src'), resolve(packageDir, source)).replace(/\.ts$/, '');
}

/** Compiles the entries' module graph to declarations; throws with tsc's messages on an error. */
async function emitDeclarations(
  packageDir: string,
  outDir: string,
  sources: readonly string[],
): Promise<void> {
  const { default: ts } = await import('typescript');
  const program = ts.createProgram({
    rootNames: sources.map((source) => resolve(packageDir, source)),
    options: {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      types: ['node'],
      skipLibCheck: true,
      declaration: true,
      emitDeclarationOnly: true,
      rootDir: join(packageDir, 'src'),
      outDir,
    },
  });
  const result = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const host = {
      getCanonicalFileName: (name: string) => name,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => '\n',
    };
    throw new Error(
      `declarations of @platform/api-client failed:\n${ts.formatDiagnostics(diagnostics, host)}`,
    );
  }
}

/**
 * Writes the declarations of `entries` (tsup's entry map: output name → source path relative to
 * `packageDir`) into `outDir`.
 */
export async function writeDeclarations(
  packageDir: string,
  outDir: string,
  entries: Readonly<Record<string, string>>,
): Promise<void> {
  const esm = join(outDir, DECLARATION_DIRS.esm);
  const cjs = join(outDir, DECLARATION_DIRS.cjs);
  await Promise.all([
    rm(esm, { recursive: true, force: true }),
    rm(cjs, { recursive: true, force: true }),
  ]);
  await emitDeclarations(packageDir, esm, Object.values(entries));
  await cp(esm, cjs, { recursive: true });
  await writeFile(join(cjs, 'package.json'), '{ "type": "commonjs" }\n');
  await mkdir(outDir, { recursive: true });
  await Promise.all(
    Object.entries(entries).flatMap(([name, source]) => {
      const target = declarationPath(packageDir, source);
      return [
        writeFile(
          join(outDir, `${name}.d.ts`),
          `export * from './${DECLARATION_DIRS.esm}/${target}.js';\n`,
        ),
        writeFile(
          join(outDir, `${name}.d.cts`),
          `export * from './${DECLARATION_DIRS.cjs}/${target}.js';\n`,
        ),
      ];
    }),
  );
}

/**
 * The esbuild plugin tsup runs: once the ES build of a tsup run succeeds, writes the declarations
 * next to it. (tsup builds CommonJS with esbuild's ES format too when splitting, so the format
 * tsup defines for the build tells them apart.)
 */
export function declarationsPlugin(entries: Readonly<Record<string, string>>): Plugin {
  return {
    name: 'platform-api-client-declarations',
    setup(build) {
      if (build.initialOptions.define?.TSUP_FORMAT !== JSON.stringify('esm')) return;
      build.onEnd(async (result) => {
        if (result.errors.length > 0) return;
        // tsup resolves entries and the output folder against the package folder it runs in.
        const packageDir = process.cwd();
        const outDir = resolve(packageDir, build.initialOptions.outdir ?? 'dist');
        await writeDeclarations(packageDir, outDir, entries);
      });
    },
  };
}
