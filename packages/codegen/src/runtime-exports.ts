/**
 * @module runtime-exports
 *
 * Reads the public names of the hand-written runtime from `runtime/index.ts` with the
 * TypeScript parser, so version entry points re-export exactly what the runtime declares public.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { ModuleExports } from './emit/version-index.js';

export function readRuntimeExports(file: string, from: string): ModuleExports {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const values: string[] = [];
  const types: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.exportClause) continue;
    if (!ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) {
      const typeOnly = statement.isTypeOnly || element.isTypeOnly;
      (typeOnly ? types : values).push(element.name.text);
    }
  }
  return { from, values, types };
}
