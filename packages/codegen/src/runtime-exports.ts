/**
 * @module runtime-exports
 *
 * Reads the public names of the hand-written runtime from its public index (`runtime/index.ts`),
 * so version entry points re-export exactly what the runtime declares public. The index is
 * parsed by the TypeScript compiler (syntax only, no type checking), so every form of a named
 * re-export is understood as TypeScript understands it; anything else that exports from the
 * index (a declaration, `export *`, `export default`) fails generation rather than being skipped,
 * because the version entries must list every public name one by one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';
import { CodegenError } from './codegen-error.js';
import type { ModuleExports } from './emit/version-index.js';

/**
 * Loaded with `require`: an ESM `import` of the CommonJS compiler makes Node scan its 9 MB for
 * named exports first, which alone would more than double the time of `npm run generate`.
 */
const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;

function isNamedReExport(
  statement: TypeScript.Statement,
): statement is TypeScript.ExportDeclaration & { exportClause: TypeScript.NamedExports } {
  return (
    ts.isExportDeclaration(statement) &&
    statement.moduleSpecifier !== undefined &&
    statement.exportClause !== undefined &&
    ts.isNamedExports(statement.exportClause)
  );
}

function exportsSomething(statement: TypeScript.Statement): boolean {
  if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) return true;
  return ts.canHaveModifiers(statement)
    ? (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    : false;
}

/** The names `file` re-exports, split into values and types; `from` is how importers reach it. */
export function readRuntimeExports(file: string, from: string): ModuleExports {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const values: string[] = [];
  const types: string[] = [];
  for (const statement of source.statements) {
    if (isNamedReExport(statement)) {
      for (const element of statement.exportClause.elements) {
        const typeOnly = statement.isTypeOnly || element.isTypeOnly;
        (typeOnly ? types : values).push(element.name.text);
      }
    } else if (exportsSomething(statement)) {
      const { line } = source.getLineAndCharacterOfPosition(statement.getStart(source));
      throw new CodegenError(
        `${file}:${line + 1} exports something other than named re-exports (\`export { … } from '…';\`); list every public runtime name that way.`,
      );
    }
  }
  return { from, values, types };
}
