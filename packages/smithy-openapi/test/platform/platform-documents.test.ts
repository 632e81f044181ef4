/**
 * The committed Platform documents (`<repo>/openapi/`): they are exactly what the model generates
 * now (drift fails the test: run `npm run generate:openapi`), an independent validator
 * (@redocly/openapi-core, `recommended` rules) finds no error in them, and their
 * openapi-typescript types compile under `tsc --strict`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  OUTPUT_DIR,
  REPO_ROOT,
  generatePlatformOpenApi,
} from '../../src/generate/platform-documents.js';
import type { PlatformOpenApi } from '../../src/generate/platform-documents.js';

let generated: PlatformOpenApi;

beforeAll(async () => {
  generated = await generatePlatformOpenApi();
}, 120_000);

describe('Platform OpenAPI documents', () => {
  it('has one document per service and API version', () => {
    expect(generated.documents.map((d) => d.documentPath)).toEqual([
      'openapi/v1/Applications.openapi.json',
      'openapi/v1/Commercial.openapi.json',
      'openapi/v1/Users.openapi.json',
      'openapi/v2/Applications.openapi.json',
      'openapi/v2/Commercial.openapi.json',
      'openapi/v2/Users.openapi.json',
    ]);
    for (const doc of generated.documents) expect(doc.warnings, doc.service).toEqual([]);
  });

  it('matches the committed files byte for byte (run `npm run generate:openapi` after changing the model)', () => {
    const drifted = generated.files
      .filter((f) => {
        const path = join(REPO_ROOT, f.path);
        return !existsSync(path) || readFileSync(path, 'utf8') !== f.content;
      })
      .map((f) => f.path);
    expect(drifted).toEqual([]);
    const committed = readdirSync(join(REPO_ROOT, OUTPUT_DIR), {
      recursive: true,
      encoding: 'utf8',
    })
      .map((p) => `${OUTPUT_DIR}/${p.split('\\').join('/')}`)
      .filter((p) => /(\.openapi\.json|\.types\.ts|manifest\.json)$/.test(p));
    const expected = new Set(generated.files.map((f) => f.path));
    expect(committed.filter((p) => !expected.has(p))).toEqual([]);
  });

  it('validates with zero errors in @redocly/openapi-core (recommended rules)', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const report: string[] = [];
    for (const file of generated.files.filter((f) => f.path.endsWith('.openapi.json'))) {
      const problems = await lintFromString({
        source: file.content,
        absoluteRef: join(REPO_ROOT, file.path),
        config,
      });
      const errors = problems.filter((p) => p.severity === 'error');
      report.push(
        `${file.path}: ${errors.length} errors, ${problems.length - errors.length} warnings`,
      );
      expect(
        errors.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`),
        file.path,
      ).toEqual([]);
    }
    console.log(`@redocly/openapi-core (recommended):\n  ${report.join('\n  ')}`);
  }, 60_000);

  it('gives types that compile under tsc --strict', () => {
    const files = generated.files
      .filter((f) => f.path.endsWith('.types.ts'))
      .map((f) => join(REPO_ROOT, f.path));
    const program = ts.createProgram(files, {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
      lib: ['lib.es2022.d.ts'],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(files).toHaveLength(6);
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it('states each operation’s scopes on its oauth2 security requirement', () => {
    for (const doc of generated.documents) {
      const paths = doc.document.paths as Record<
        string,
        Record<string, { security?: Record<string, string[]>[] }>
      >;
      for (const [path, item] of Object.entries(paths)) {
        for (const [method, operation] of Object.entries(item)) {
          const scopes = operation.security?.[0]?.['example.platform.oauth2ClientCredentials'];
          expect(scopes?.length, `${doc.service} ${method} ${path}`).toBeGreaterThan(0);
        }
      }
    }
  });
});
