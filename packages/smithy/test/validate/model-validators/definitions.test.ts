import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../src/index.js';
import { summarize, validateIdl } from '../idl.js';

describe('metadata validators definitions', () => {
  it('warns about an unknown validator name, located at its definition', () => {
    const events = validateIdl(`
metadata validators = [{ name: "NoSuchValidator" }]
namespace ns
`);
    expect(summarize(events)).toEqual([
      'WARNING UnknownValidator_NoSuchValidator -: Unable to locate a validator named `NoSuchValidator`',
    ]);
    expect(events[0]?.sourceLocation).toMatchObject({ filename: 'test.smithy', line: 3 });
    expect(events[0]?.hint).toContain('EmitEachSelector');
  });

  it.each([
    ['{ validators: [] }', 'validators must be an array. Found object.', 'metadata validators = ['],
    [
      '["EmitEachSelector"]',
      'Each element of `validators` must be an object. Found string.',
      '{ name',
    ],
    ['[{ id: "X" }]', 'Missing required member `name` in validator definition', 'name:'],
    [
      '[{ name: "EmitEachSelector", severity: "ERROR", configuration: { selector: "string" } }]',
      'Expected `severity` of validator `EmitEachSelector` to be one of `DANGER`, `WARNING`, `NOTE`; found `ERROR`',
      'cannot emit ERROR',
    ],
    [
      '[{ name: "EmitEachSelector", namespaces: "ns", configuration: { selector: "string" } }]',
      'Expected `namespaces` of validator `EmitEachSelector` to be a list of strings',
      'namespaces: [',
    ],
    [
      '[{ name: "EmitEachSelector", selector: "(", configuration: { selector: "string" } }]',
      'Error parsing `selector`: Unexpected selector character: ( (at 0 in `(`)',
      'selector',
    ],
  ])('rejects metadata validators = %s', (value, message, hint) => {
    const events = validateIdl(`metadata validators = ${value}\nnamespace ns\nstring A\n`);
    expect(summarize(events)).toEqual([`ERROR Model -: ${message}`]);
    expect(events[0]?.hint).toContain(hint);
    expect(events[0]?.sourceLocation?.filename).toBe('test.smithy');
  });

  it('locates each entry of validators merged from several files in its own file', () => {
    const entry = (id: string) =>
      `$version: "2.0"\nmetadata validators = [{ name: "Nope${id}" }]\nnamespace ns${id}\n`;
    const { events } = loadModel({
      sources: [
        { filename: 'a.smithy', text: entry('A') },
        { filename: 'b.smithy', text: entry('B') },
      ],
    });
    const unknown = events.filter((e) => e.id.startsWith('UnknownValidator_'));
    expect(unknown.map((e) => `${e.id} ${e.sourceLocation?.filename}`)).toEqual([
      'UnknownValidator_NopeA a.smithy',
      'UnknownValidator_NopeB b.smithy',
    ]);
  });
});
