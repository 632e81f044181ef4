/**
 * @module The source files behind the SDK's public entry points: each subpath of
 * `@platform/api-client`'s `exports` map, from its built file back to the TypeScript source it is
 * built from (`./dist/v2/index.js` → `src/v2/index.ts`), so the reference documents exactly
 * what partners can import.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SdkEntryPoint {
  /** `@platform/api-client/webhooks`. */
  readonly specifier: string;
  /** Absolute path of the TypeScript source. */
  readonly source: string;
}

/** Thrown when a declared entry point has no source the reference could document. */
export class SdkEntryPointError extends Error {
  override readonly name = 'SdkEntryPointError';
}

function firstTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const conditions = value as Record<string, unknown>;
  for (const key of [
    'source',
    'types',
    'import',
    'default',
    'require',
    ...Object.keys(conditions),
  ]) {
    const found = firstTarget(conditions[key]);
    if (found) return found;
  }
  return undefined;
}

function sourceOf(packageDir: string, target: string): string {
  const relative = target.replace(/^\.\//, '');
  if (/\.(m|c)?ts$/.test(relative) && !/\.d\.(m|c)?ts$/.test(relative))
    return join(packageDir, relative);
  return join(
    packageDir,
    relative.replace(/^dist\//, 'src/').replace(/\.d\.(m|c)?ts$|\.(m|c)?js$/, '.ts'),
  );
}

/** Entry points of `packages/api-client`, or none while its `exports` map is absent. */
export function sdkEntryPoints(repoRoot: string): SdkEntryPoint[] {
  const packageDir = join(repoRoot, 'packages/api-client');
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    exports?: unknown;
  };
  if (typeof manifest.exports !== 'object' || manifest.exports === null) return [];
  return Object.entries(manifest.exports as Record<string, unknown>)
    .filter(
      ([key]) =>
        key === '.' || (key.startsWith('./') && !key.includes('*') && key !== './package.json'),
    )
    .map(([key, value]) => {
      const specifier = key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`;
      const target = firstTarget(value);
      const source = target ? sourceOf(packageDir, target) : undefined;
      if (!source || !existsSync(source)) {
        throw new SdkEntryPointError(
          `${specifier}: no TypeScript source found for export target ${String(target)} ` +
            `(looked for ${source ?? 'nothing'}). Point the export at dist/<path>.js built from src/<path>.ts.`,
        );
      }
      return { specifier, source };
    });
}
