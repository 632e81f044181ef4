/**
 * @module test/support/compile
 *
 * Type-checks generated sources that are not on disk where they would run: each file is served
 * from memory at a path inside `packages/api-client/src/`, so its `../../runtime/index.js`
 * imports resolve to the real runtime, and compiled with the repository's compiler options.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './paths.js';

/** Compiler options of `tsconfig.base.json`, without emit. */
function compilerOptions(): ts.CompilerOptions {
  const file = join(REPO_ROOT, 'tsconfig.base.json');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, REPO_ROOT);
  return { ...parsed.options, noEmit: true, declaration: false, sourceMap: false };
}

/**
 * Diagnostics (as `path:line:col message`) of `files`, given by paths relative to a generated
 * folder (`v1/models.ts`), compiled as if they were in `packages/api-client/src/<folder>/`.
 */
export function typeErrors(
  files: readonly { path: string; content: string }[],
  folder = '__golden__',
): string[] {
  const root = join(REPO_ROOT, 'packages/api-client/src', folder);
  const virtual = new Map(files.map((f) => [join(root, f.path), f.content]));
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  const dirs = new Set([...virtual.keys()].map((name) => name.slice(0, name.lastIndexOf('/'))));
  host.directoryExists = (name) => dirs.has(name) || (directoryExists?.call(host, name) ?? true);
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(name) ?? readFile.call(host, name);
  host.getSourceFile = (name, language, onError, create) => {
    const text = virtual.get(name);
    return text === undefined
      ? getSourceFile.call(host, name, language, onError, create)
      : ts.createSourceFile(name, text, language, true);
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (d.file === undefined || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName.replace(`${root}/`, '')}:${line + 1}:${character + 1} ${message}`;
  });
}
