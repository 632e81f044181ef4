/**
 * @module bad-input.test
 *
 * A model construct the generator does not support fails generation with a `CodegenError` that
 * names the shape and its file:line:column — never a silently skipped output. Each case edits one
 * spot of the golden fixture model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel } from '@platform/smithy';
import { describe, expect, it } from 'vitest';
import { CodegenError, generateSdk } from '../src/index.js';
import { REPO_ROOT, SDK_PATHS } from './support/paths.js';

const FIXTURE = 'fixtures/golden/widgets.smithy';
const fixtureText = readFileSync(join(import.meta.dirname, FIXTURE), 'utf8');
const COMMON = ['traits.smithy', 'types.smithy'].map((f) => join(REPO_ROOT, 'model/common', f));

function generate(text: string): () => unknown {
  const loaded = loadModel({
    files: COMMON,
    sources: [{ filename: 'bad.smithy', text }],
    validate: false,
  });
  return () => generateSdk(loaded.model, SDK_PATHS);
}

function edit(from: string | RegExp, to: string, extra = ''): string {
  const edited = fixtureText.replace(from, to) + extra;
  expect(edited, `fixture no longer contains ${String(from)}`).not.toBe(fixtureText);
  return edited;
}

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('unsupported model constructs', () => {
  it('the unedited fixture generates', () => {
    expect(generate(fixtureText)()).not.toHaveLength(0);
  });

  const cases = [
    {
      name: '@jsonName on a member',
      text: edit(
        '    @required\n    radius: Integer',
        '    @required\n    @jsonName("r")\n    radius: Integer',
      ),
      shape: 'example.golden#Round$radius',
      construct: '@jsonName',
      at: 'radius: Integer',
    },
    {
      name: 'a blob shape',
      text: edit(
        '    @required\n    url: String',
        '    @required\n    url: Bytes',
        '\nblob Bytes\n',
      ),
      shape: 'example.golden#Bytes',
      construct: 'blob',
      at: 'blob Bytes',
    },
    {
      name: 'a service without @lifecycle',
      text: edit(/@lifecycle\(\n {4}major: 1[^)]*\)\n/, ''),
      shape: 'example.golden#Widgets',
      construct: '@lifecycle',
      at: 'service Widgets',
    },
  ];

  for (const c of cases) {
    it(`${c.name} fails with a CodegenError naming the shape and its file:line:column`, () => {
      let caught: unknown;
      try {
        generate(c.text)();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CodegenError);
      const error = caught as CodegenError;
      expect(error.shapeId).toBe(c.shape);
      expect(error.message).toContain(c.construct);
      const line = lineOf(c.text, c.at);
      expect(error.message).toMatch(
        new RegExp(`^bad\\.smithy:${line}:\\d+: ${c.shape.replace('$', '\\$')}: `),
      );
    });
  }
});
