/**
 * @module public-surface.test
 *
 * The line between the runtime's public surface and its generator-facing internal entry holds:
 * no version entry re-exports an internal value, the two runtime entries share no name, and the
 * package's `exports` map offers no way into the internal entry. Type names are covered by the
 * committed API snapshot (`api-snapshot/`), which lists every type a version entry exports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v1 from '../../src/generated/v1/index.js';
import * as v2 from '../../src/generated/v2/index.js';
import * as runtime from '../../src/runtime/index.js';
import * as internal from '../../src/runtime/internal.js';

const PACKAGE_DIR = join(import.meta.dirname, '../..');
const internalValues = Object.keys(internal);

describe('runtime entries', () => {
  it('the internal entry has values to keep apart (defineOperation, errorGuard, …)', () => {
    expect(internalValues).toEqual(
      expect.arrayContaining(['defineOperation', 'createErrorRegistry', 'errorGuard', 'paginate']),
    );
  });

  it.each([
    ['v1', v1],
    ['v2', v2],
  ])('%s re-exports every public runtime value and no internal one', (_name, entry) => {
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(Object.keys(runtime)));
    expect(internalValues.filter((name) => name in entry)).toEqual([]);
  });

  it('public and internal entries share no name', () => {
    expect(internalValues.filter((name) => name in runtime)).toEqual([]);
  });

  it('the exports map has no subpath into the runtime or its internal entry', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const targets = JSON.stringify(manifest.exports);
    expect(Object.keys(manifest.exports).filter((key) => /runtime|internal/.test(key))).toEqual([]);
    expect(targets).not.toMatch(/runtime|internal/);
  });
});
