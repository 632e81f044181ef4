/**
 * @module The SDK reference: typedoc over the public entry points of `@platform/api-client`,
 * written into the portal's `sdk/` folder. Warnings are errors (a missing doc comment or a broken
 * `{@link}` fails the build), as in oauth4webapi's typedoc setup. Modules are named by import
 * path (`module-names.ts`) and pages rendered by a theme that passes axe (`theme.ts`).
 */
import { fileURLToPath } from 'node:url';
import { Application, LogLevel, type TypeDocOptions } from 'typedoc';
import type { SdkEntryPoint } from './entry-points.js';
import { nameModulesBySpecifier, sdkModules } from './module-names.js';
import { AccessibleTheme } from './theme.js';

/** Site folder of the SDK reference. */
export const SDK_DIR = 'sdk';

const TSCONFIG = fileURLToPath(new URL('../../typedoc.tsconfig.json', import.meta.url));
const THEME = 'platform-accessible';
const THEME_CSS = fileURLToPath(new URL('./theme.css', import.meta.url));

/**
 * Internal types of `@platform/api-client` that its public signatures name but that it
 * deliberately does not export: a generated client's constructor takes
 * `internals?: ClientInternals` (the SDK's own tests pass a clock there). They live in the
 * runtime's internal entry, so the reference leaves them out instead of failing on them.
 */
export const SDK_INTERNAL_TYPES: readonly string[] = ['ClientInternals'];

/** Thrown when typedoc reports warnings or errors; the message lists them. */
export class SdkReferenceError extends Error {
  override readonly name = 'SdkReferenceError';
}

/**
 * Writes the reference of `entryPoints` into `outDir`. `tsconfig` defaults to the portal's
 * `typedoc.tsconfig.json`, which covers `packages/api-client/src`. `internalTypes` are types
 * public signatures may name without their being exported (see {@link SDK_INTERNAL_TYPES}).
 */
export async function buildSdkReference(
  entryPoints: readonly SdkEntryPoint[],
  outDir: string,
  tsconfig: string = TSCONFIG,
  internalTypes: readonly string[] = [],
): Promise<void> {
  const messages: string[] = [];
  const modules = sdkModules(entryPoints);
  const options: Partial<TypeDocOptions> = {
    entryPoints: modules.map((m) => m.source),
    entryPointStrategy: 'resolve',
    tsconfig,
    name: '@platform/api-client',
    readme: 'none',
    excludePrivate: true,
    excludeInternal: true,
    excludeExternals: true,
    disableSources: true,
    hideGenerator: true,
    treatWarningsAsErrors: true,
    treatValidationWarningsAsErrors: true,
    intentionallyNotExported: [...internalTypes],
    validation: {
      notExported: true,
      invalidLink: true,
      rewrittenLink: true,
      notDocumented: false,
      unusedMergeModuleWith: true,
    },
    navigationLinks: { 'Developer portal': '../index.html' },
    theme: THEME,
    customCss: THEME_CSS,
    logLevel: LogLevel.Warn,
    skipErrorChecking: true,
  };
  const app = await Application.bootstrapWithPlugins(options);
  app.renderer.defineTheme(THEME, AccessibleTheme);
  nameModulesBySpecifier(app, modules);
  app.logger.log = (message: string, level: LogLevel): void => {
    if (level >= LogLevel.Warn) messages.push(message);
  };
  const project = await app.convert();
  if (project) {
    app.validate(project);
    if (messages.length === 0) await app.generateDocs(project, outDir);
  }
  if (!project || messages.length > 0 || app.logger.hasErrors() || app.logger.hasWarnings()) {
    throw new SdkReferenceError(
      `typedoc reported ${messages.length} problem(s) in the SDK's public API:\n${messages.join('\n')}`,
    );
  }
}
