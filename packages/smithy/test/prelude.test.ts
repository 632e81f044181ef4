import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdl } from '../src/idl/parser.js';
import { loadModel } from '../src/index.js';
import { CORPUS_DIR, corpusPath } from './conformance/corpus.js';

const empty = loadModel({ sources: [], validate: false });
const needsCorpus = {
  skip: !CORPUS_DIR,
  meta: { skipReason: 'the Smithy corpus (../shared/smithy-corpus) is absent' },
};

describe('built-in shapes', () => {
  it('the prelude and bundled AWS traits load without events', () => {
    expect(empty.events.filter((e) => e.severity !== 'NOTE')).toEqual([]);
    const restJson1 = empty.model.expectShape('aws.protocols#restJson1', 'structure');
    expect(Object.keys(restJson1.traits)).toContain('smithy.api#protocolDefinition');
    expect([...restJson1.members.keys()]).toEqual(['http', 'eventStreamHttp']);
    expect(empty.model.isBuiltIn('aws.protocols#restJson1')).toBe(true);
    expect(empty.model.toJsonAst().shapes).toEqual({});
  });

  it('defines the same smithy.api shape ids as Smithy 1.73', needsCorpus, () => {
    const path = corpusPath('trait-defs', 'prelude.smithy');
    const upstream = parseIdl(path, readFileSync(path, 'utf8')).shapes.map(
      (s) => `${s.id} ${s.type}`,
    );
    const ours = empty.model
      .shapes()
      .filter((s) => s.id.startsWith('smithy.api#'))
      .map((s) => `${s.id} ${s.type}`);
    expect(ours.sort()).toEqual(upstream.sort());
  });

  it('a model may replace a bundled definition with its own', () => {
    const r = loadModel({
      sources: [
        {
          filename: 'p.smithy',
          text: '$version: "2"\nnamespace aws.protocols\n@trait\nstructure restJson1 { custom: String }\n',
        },
      ],
    });
    expect(r.ok).toBe(true);
    const shape = r.model.expectShape('aws.protocols#restJson1', 'structure');
    expect([...shape.members.keys()]).toEqual(['custom']);
    expect(r.model.isBuiltIn('aws.protocols#restJson1')).toBe(false);
  });

  it('the prelude cannot be redefined', () => {
    const r = loadModel({
      sources: [
        {
          filename: 'p.smithy',
          text: '$version: "2"\nnamespace smithy.api\nstring String\n@trait\nstring documentation\n',
        },
      ],
      validate: false,
    });
    const messages = r.events.map((e) => e.message);
    expect(messages).toContain('Cannot redefine prelude shape `smithy.api#documentation`');
    expect(messages).toContain('Cannot redefine prelude shape `smithy.api#String`');
  });
});
