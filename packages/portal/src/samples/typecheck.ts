/**
 * @module Compiles code samples the way a partner's project would: each sample is an ES module
 * in a scratch folder inside the repository (so `@platform/api-client`, `express` and `hono`
 * resolve from its `node_modules`), checked by the TypeScript compiler in strict mode. Messages
 * point at the sample's own source line.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { CodeSample } from './extract.js';

export interface SampleDiagnostic {
  readonly sample: CodeSample;
  /** `docs/webhooks.md:131: TS2339 Property 'x' does not exist ...` */
  readonly message: string;
}

export const SAMPLE_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: ['node'],
  strict: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  skipLibCheck: true,
  esModuleInterop: true,
  isolatedModules: true,
};

function fileName(sample: CodeSample, index: number): string {
  const base = sample.id.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${String(index).padStart(3, '0')}-${base}.ts`;
}

/**
 * Type-checks `samples` in `workDir` (created, then removed); returns every error found in them.
 * `paths` maps module specifiers to source files (the SDK's entry points, so no build is needed);
 * errors inside those sources are their package's own check, not a sample's.
 */
export function typecheckSamples(
  samples: readonly CodeSample[],
  workDir: string,
  paths: Readonly<Record<string, string[]>> = {},
): SampleDiagnostic[] {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  writeFileSync(join(workDir, 'package.json'), '{ "type": "module", "private": true }\n');
  const files = new Map<string, CodeSample>();
  samples.forEach((sample, i) => {
    const file = join(workDir, fileName(sample, i));
    // `export {}` keeps a sample without imports a module, as it is in a partner's ESM project.
    writeFileSync(file, `${sample.code}\nexport {};\n`);
    files.set(file, sample);
  });
  try {
    const program = ts.createProgram([...files.keys()], {
      ...SAMPLE_COMPILER_OPTIONS,
      paths: { ...paths },
    });
    const diagnostics = ts.getPreEmitDiagnostics(program);
    return diagnostics.flatMap((d) => {
      const sample = d.file ? files.get(d.file.fileName) : undefined;
      const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (!sample) {
        if (d.file) return [];
        return samples[0] ? [{ sample: samples[0], message: `compiler: TS${d.code} ${text}` }] : [];
      }
      const line =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      return [
        {
          sample,
          message: `${sample.source.file}:${sample.source.line + line}: TS${d.code} ${text}`,
        },
      ];
    });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
