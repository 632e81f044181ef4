import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIdl } from '../src/idl/parser.js';
import { formatEvent, loadModel } from '../src/index.js';
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

  it('the bundled definitions validate cleanly when loaded as model files', () => {
    // Validators skip built-in shapes on every load; loaded as user files they are checked.
    const dir = new URL('../src/prelude/', import.meta.url);
    const sources = readdirSync(dir)
      .filter((f) => f.startsWith('aws.'))
      .map((f) => ({ filename: f, text: readFileSync(new URL(f, dir), 'utf8') }));
    expect(sources.length).toBe(4);
    const r = loadModel({ sources });
    expect(r.model.isBuiltIn('aws.protocols#restXml')).toBe(false);
    expect(r.events.filter((e) => e.severity !== 'NOTE').map(formatEvent)).toEqual([]);
  });

  it('bundles the AWS core trait families, so AWS services validate without extra files', () => {
    const ids = empty.model
      .shapes()
      .filter((s) => s.id.startsWith('aws.') && s.traits['smithy.api#trait'] !== undefined)
      .map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'aws.api#arn',
        'aws.api#clientEndpointDiscovery',
        'aws.api#service',
        'aws.auth#sigv4',
        'aws.auth#sigv4a',
        'aws.customizations#s3UnwrappedXmlOutput',
        'aws.protocols#awsJson1_0',
        'aws.protocols#awsQuery',
        'aws.protocols#httpChecksum',
        'aws.protocols#restXml',
      ]),
    );
    const r = loadModel({
      sources: [
        {
          filename: 'm.smithy',
          text: `$version: "2"
namespace ex
@aws.protocols#awsJson1_0
@aws.auth#sigv4(name: "ex")
@aws.auth#sigv4a(name: "ex")
@auth([aws.auth#sigv4a, aws.auth#sigv4])
@aws.api#service(sdkId: "Ex", arnNamespace: "ex")
service Ex { version: "1", resources: [Thing] }
@aws.api#arn(template: "thing/{id}")
resource Thing { identifiers: { id: String } }
`,
        },
      ],
    });
    expect(r.events.filter((e) => e.severity !== 'NOTE').map(formatEvent)).toEqual([]);
  });

  it('the bundled trait definitions are checked like any other (selectors, values)', () => {
    const r = loadModel({
      sources: [
        {
          filename: 'm.smithy',
          text: `$version: "2"
namespace ex
@aws.protocols#awsQuery
@aws.api#service(sdkId: "Ex", arnNamespace: "ex")
service Ex { version: "1" }
`,
        },
      ],
    });
    const found = r.events.filter((e) => e.severity === 'ERROR').map((e) => e.id);
    // awsQuery needs @xmlNamespace on the service; `arnNamespace` has a pattern.
    expect(found).toEqual(['TraitTarget']);
    const values = loadModel({
      sources: [
        {
          filename: 'm.smithy',
          text: `$version: "2"
namespace ex
@aws.api#service(sdkId: "Ex", arnNamespace: "Not Valid")
service Ex { version: "1" }
`,
        },
      ],
    });
    expect(values.events.filter((e) => e.severity === 'ERROR').map((e) => e.id)).toEqual([
      'TraitValue',
    ]);
  });

  it('a model that brings its own copy of a bundled trait package replaces it shape by shape', () => {
    const own = `$version: "2"
namespace aws.auth
@trait(selector: "service")
@authDefinition
structure sigv4 { @required name: String, region: String }
`;
    const r = loadModel({
      sources: [
        { filename: 'auth.smithy', text: own },
        {
          filename: 'm.smithy',
          text: '$version: "2"\nnamespace ex\n@aws.auth#sigv4(name: "ex", region: "eu")\n@aws.auth#sigv4a(name: "ex")\n@auth([aws.auth#sigv4])\nservice Ex { version: "1" }\n',
        },
      ],
    });
    expect(r.events.filter((e) => e.severity !== 'NOTE').map(formatEvent)).toEqual([]);
    expect(r.model.isBuiltIn('aws.auth#sigv4')).toBe(false);
    expect(r.model.isBuiltIn('aws.auth#sigv4a')).toBe(true);
  });
});
