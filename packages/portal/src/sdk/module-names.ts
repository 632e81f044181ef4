/**
 * @module Names each module of the SDK reference by the import path partners type
 * (`@platform/api-client/webhooks`) instead of typedoc's source path (`generated/v2/webhooks`).
 * One source file exported under several paths (the package root is the package major's API
 * version, so `@platform/api-client` and `@platform/api-client/v2` are one file) is documented
 * once, under its most specific path, and its page names the others.
 */
import { resolve } from 'node:path';
import { Comment, Converter, ReflectionKind, type Application } from 'typedoc';
import type { SdkEntryPoint } from './entry-points.js';

/** One module of the reference: a source file and the import paths that reach it. */
export interface SdkModule {
  readonly source: string;
  /** The module's name: the longest of its import paths. */
  readonly specifier: string;
  /** Its other import paths. */
  readonly aliases: readonly string[];
}

export function sdkModules(entryPoints: readonly SdkEntryPoint[]): SdkModule[] {
  const bySource = new Map<string, string[]>();
  for (const { source, specifier } of entryPoints) {
    const key = resolve(source);
    bySource.set(key, [...(bySource.get(key) ?? []), specifier]);
  }
  return [...bySource].map(([source, specifiers]) => {
    const [specifier = '', ...aliases] = [...specifiers].sort((a, b) => b.length - a.length);
    return { source, specifier, aliases };
  });
}

/** Renames module reflections as typedoc creates them, from the file each is converted from. */
export function nameModulesBySpecifier(app: Application, modules: readonly SdkModule[]): void {
  const bySource = new Map(modules.map((m) => [m.source, m]));
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile();
    const module = file ? bySource.get(resolve(file.fileName)) : undefined;
    if (!module) return;
    reflection.name = module.specifier;
    if (module.aliases.length === 0) return;
    const note = `\n\nAlso imported as ${module.aliases.map((a) => `\`${a}\``).join(', ')}.`;
    reflection.comment ??= new Comment();
    reflection.comment.summary.push({ kind: 'text', text: note });
  });
}
