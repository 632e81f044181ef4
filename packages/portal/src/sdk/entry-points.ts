/**
 * @module The source files behind the SDK's public entry points. Each subpath of
 * `@platform/api-client`'s `exports` map points at a built file (`./dist/v1.js`); the package's
 * own tsup config says which source that file is built from (`v1: 'src/generated/v1/index.ts'`).
 * Reading both keeps the portal documenting and compiling against exactly what partners import,
 * without needing a build first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface SdkEntryPoint {
  /** `@platform/api-client/webhooks`. */
  readonly specifier: string;
  /** Absolute path of the TypeScript source. */
  readonly source: string;
}

/** Thrown when a declared entry point has no source the portal could use. */
export class SdkEntryPointError extends Error {
  override readonly name = 'SdkEntryPointError';
}

function firstTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  const conditions = value as Record<string, unknown>;
  for (const key of ['import', 'types', 'default', ...Object.keys(conditions)]) {
    const found = firstTarget(conditions[key]);
    if (found) return found;
  }
  return undefined;
}

/** `./dist/v1.d.ts` → `v1`: the tsup entry name a built file comes from. */
function entryName(target: string): string {
  return basename(target).replace(/\.d\.(m|c)?ts$|\.(m|c)?js$/, '');
}

async function tsupEntries(packageDir: string): Promise<Record<string, string>> {
  const config = join(packageDir, 'tsup.config.ts');
  if (!existsSync(config)) return {};
  const loaded = (await import(pathToFileURL(config).href)) as { default?: unknown };
  const entry = (loaded.default as { entry?: unknown } | undefined)?.entry;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return {};
  return Object.fromEntries(
    Object.entries(entry).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** Entry points of `packages/api-client`, or none while its `exports` map is absent. */
export async function sdkEntryPoints(repoRoot: string): Promise<SdkEntryPoint[]> {
  const packageDir = join(repoRoot, 'packages/api-client');
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    name: string;
    exports?: unknown;
  };
  if (typeof manifest.exports !== 'object' || manifest.exports === null) return [];
  const entries = await tsupEntries(packageDir);
  return Object.entries(manifest.exports as Record<string, unknown>)
    .filter(
      ([key]) =>
        key === '.' || (key.startsWith('./') && !key.includes('*') && !key.endsWith('.json')),
    )
    .map(([key, value]) => {
      const specifier = key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`;
      const target = firstTarget(value);
      const relative = target ? entries[entryName(target)] : undefined;
      const source = relative ? join(packageDir, relative) : undefined;
      if (!source || !existsSync(source)) {
        throw new SdkEntryPointError(
          `${specifier}: cannot tell which source file ${String(target)} is built from; ` +
            `packages/api-client/tsup.config.ts should list it as entry "${target ? entryName(target) : '?'}".`,
        );
      }
      return { specifier, source };
    });
}

/** TypeScript `paths` that resolve each entry point to its source (for compiling samples). */
export function sourcePaths(entryPoints: readonly SdkEntryPoint[]): Record<string, string[]> {
  return Object.fromEntries(entryPoints.map((e) => [e.specifier, [e.source]]));
}
