/**
 * @module The whole portal build as `npm run portal` runs it: load and validate the model, build
 * the API reference from it, and write the site with the guides of `docs/`.
 */
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { formatEvent, loadModel, type SemanticModel } from '@platform/smithy';
import { buildSite, type BuildResult } from './build.js';
import { copyOpenApiDocuments } from './reference/openapi-files.js';
import { buildReference, type ModelReference } from './reference/site.js';
import { sdkEntryPoints } from './sdk/entry-points.js';
import { runSdkReference } from './sdk/run.js';
import { SDK_DIR } from './sdk/typedoc.js';
import { createCodeHighlighter } from './site/highlight.js';
import { createMarkdownRenderer } from './site/markdown.js';

export interface PortalOptions {
  /** The repository root: `model/` and `docs/` are read from it. */
  readonly repoRoot: string;
  /** Defaults to `<repoRoot>/build/portal`. */
  readonly outDir?: string;
  /**
   * Build the typedoc SDK reference (default true). It fails the build on any typedoc warning;
   * the browser tests turn it off to test the portal's own pages on their own.
   */
  readonly sdkReference?: boolean;
}

export interface PortalResult extends BuildResult {
  readonly reference: ModelReference;
  /** Entry points the SDK reference documents; empty while the SDK declares none. */
  readonly sdkReference: readonly string[];
}

/** Thrown when the model does not load cleanly; the message lists every error with its location. */
export class ModelLoadError extends Error {
  override readonly name = 'ModelLoadError';
}

/** Loads `<repoRoot>/model`, or throws `ModelLoadError` listing the errors. */
export function loadPortalModel(repoRoot: string): SemanticModel {
  const dir = join(repoRoot, 'model');
  // Only the IDL files: `model/` also holds smithy-build.json, which is build config, not a model.
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.smithy'))
    .sort()
    .map((f) => join(dir, f));
  const { model, events, ok } = loadModel({ files });
  if (!ok) {
    const errors = events.filter((e) => e.severity === 'ERROR' || e.severity === 'DANGER');
    throw new ModelLoadError(
      `The model has ${errors.length} error(s); fix them before building the portal:\n` +
        errors.map((e) => formatEvent(e)).join('\n'),
    );
  }
  return model;
}

/**
 * Builds everything into `outDir` (emptied first). The SDK reference is built in a child process
 * at the same time as the rest, and only once `@platform/api-client` declares entry points.
 */
export async function buildPortal(options: PortalOptions): Promise<PortalResult> {
  const outDir = options.outDir ?? join(options.repoRoot, 'build/portal');
  await rm(outDir, { recursive: true, force: true });
  const entryPoints = options.sdkReference === false ? [] : await sdkEntryPoints(options.repoRoot);
  const sdk =
    entryPoints.length > 0
      ? runSdkReference(entryPoints, join(outDir, SDK_DIR), options.repoRoot)
      : undefined;
  // Settled here too, so a failure of the site build never leaves the child's rejection unheard.
  sdk?.catch(() => undefined);
  const model = loadPortalModel(options.repoRoot);
  const markdown = createMarkdownRenderer(await createCodeHighlighter());
  const reference = buildReference(model, markdown);
  const result = await buildSite({
    outDir,
    docsDir: join(options.repoRoot, 'docs'),
    reference,
    more: sdk ? [{ title: 'SDK reference', path: `${SDK_DIR}/index.html` }] : [],
  });
  await copyOpenApiDocuments(
    options.repoRoot,
    outDir,
    reference.downloads.map((d) => d.path),
  );
  await sdk;
  return { ...result, reference, sdkReference: entryPoints.map((e) => e.specifier) };
}
