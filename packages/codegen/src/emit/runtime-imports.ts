/**
 * @module emit/runtime-imports
 *
 * Where generated code finds the hand-written runtime. Names partners may use come from the
 * runtime's public index, which version entries re-export; building blocks only generated code
 * needs (`defineOperation`, `createErrorRegistry`, `errorGuard`, `ServiceDescriptor`, …) come
 * from its internal entry, which no package entry re-exports. Both are reached by relative path
 * from `<output>/vN/`, so the generated folder sits beside `runtime/` in the client's `src/`.
 */

/** The runtime's public index, as a version module imports it. */
export const RUNTIME_PUBLIC_ENTRY = '../../runtime/index.js';
/** The runtime's generator-facing entry, as a version module imports it. */
export const RUNTIME_INTERNAL_ENTRY = '../../runtime/internal.js';
/** The runtime's public index relative to the output folder, for reading its export list. */
export const RUNTIME_INDEX_FROM_OUTPUT = '../runtime/index.ts';

function importBlock(names: readonly string[], from: string): string {
  return names.length
    ? `import {\n${names.map((n) => `  ${n},\n`).join('')}} from '${from}';\n`
    : '';
}

/** Import statements for runtime names (`X` or `type X`): public ones, then internal ones. */
export function runtimeImports(
  publicNames: readonly string[],
  internalNames: readonly string[],
): string {
  return (
    importBlock(publicNames, RUNTIME_PUBLIC_ENTRY) +
    importBlock(internalNames, RUNTIME_INTERNAL_ENTRY)
  );
}
