/**
 * Never a crash: every service in Smithy's test models (valid and deliberately broken ones) either
 * converts or fails with an `OpenApiConversionError` that has a code — never a `TypeError` or any
 * other untyped failure. Skips, saying so, when the corpus is absent.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '@platform/smithy';
import { describe, expect, it } from 'vitest';
import { convertToOpenApi, isOpenApiConversionError } from '../../src/index.js';
import { CORPUS_DIR, corpusPath } from './corpus-files.js';

const FOLDERS = ['validators', 'idl-valid', 'idl-errorfiles', 'loader-extra', 'openapi'];

function modelFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return modelFiles(path);
      return /\.(smithy|json)$/.test(name) && !/(index|cases)\.json$/.test(name) ? [path] : [];
    });
}

const needsCorpus = {
  skip: !CORPUS_DIR,
  meta: { skipReason: 'the Smithy corpus (../shared/smithy-corpus) is absent' },
};

describe('robustness on the corpus models', needsCorpus, () => {
  it('converts every service or fails with a typed, coded error', () => {
    const traitDefinitions = ['smithy.test.smithy', 'smithy.framework.validation.smithy'].map((f) =>
      corpusPath('trait-defs', f),
    );
    const groups = [
      ...FOLDERS.flatMap((folder) => modelFiles(corpusPath(folder)).map((file) => [file])),
      [corpusPath('samples', 'aws-restjson1-protocol-tests')],
      [corpusPath('samples', 'coffee-shop')],
    ];
    let attempts = 0;
    let converted = 0;
    const untyped: string[] = [];
    for (const files of groups) {
      const { model } = loadModel({ files: [...traitDefinitions, ...files], validate: false });
      for (const service of model.shapes().filter((s) => s.type === 'service')) {
        for (const version of ['3.0.2', '3.1.0'] as const) {
          attempts++;
          try {
            convertToOpenApi(model, {
              service: service.id,
              version,
              ignoreUnsupportedTraits: true,
              onHttpPrefixHeaders: 'WARN',
            });
            converted++;
          } catch (error) {
            if (!isOpenApiConversionError(error) || !error.code)
              untyped.push(`${files[0]} ${service.id}: ${String(error)}`);
          }
        }
      }
    }
    console.log(
      `robustness: ${attempts} conversions of corpus services, ${converted} converted, ${attempts - converted - untyped.length} typed errors, ${untyped.length} untyped`,
    );
    expect(attempts).toBeGreaterThan(200);
    expect(untyped).toEqual([]);
  }, 120_000);
});
