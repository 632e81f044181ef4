import { describe, expect, it } from 'vitest';
import { summarize, validateIdl } from '../idl.js';

const unreferenced = (configuration: string) =>
  `metadata validators = [{ name: "UnreferencedShape", configuration: ${configuration} }]\n`;

describe('UnreferencedShape', () => {
  it('notes shapes no service reaches; trait definitions and @idRef values count as references', () => {
    const events = validateIdl(`${unreferenced('{}')}
namespace ns
service Svc { operations: [Get] }
operation Get { input := { name: Name }, output: Tagged }
string Name
@trait structure marker { ref: Ref }
@idRef string Ref
@marker(ref: "ns#Named")
structure Tagged {}
string Named
string Orphan
list Orphans { member: Orphan }
`);
    const note = (id: string) =>
      `NOTE UnreferencedShape ${id}: This shape is unreferenced. It has no modeled connections to shapes that match the following selector: \`service\``;
    expect(summarize(events)).toEqual([note('ns#Orphan'), note('ns#Orphans')]);
    expect(events[0]?.hint).toContain('Connect the shape');
  });

  it('uses rootShapeSelector for the roots', () => {
    const events = validateIdl(`${unreferenced('{ rootShapeSelector: "[trait|tags]" }')}
namespace ns
@tags(["root"]) structure Root { a: A }
string A
string B
`);
    expect(summarize(events).map((e) => e.split(':')[0])).toEqual(['NOTE UnreferencedShape ns#B']);
    expect(events[0]?.message).toContain('selector: `[trait|tags]`');
  });

  it('rejects an unparsable rootShapeSelector and unknown configuration', () => {
    const events = validateIdl(`
metadata validators = [
  { name: "UnreferencedShape", configuration: { rootShapeSelector: "!!!!" } }
  { name: "UnreferencedShape", configuration: { roots: "service" } }
]
namespace ns
`);
    expect(summarize(events)).toEqual([
      'ERROR Model -: Error creating `UnreferencedShape` validator: Error parsing `rootShapeSelector`: Unexpected selector character: ! (at 0 in `!!!!`)',
      'ERROR Model -: Error creating `UnreferencedShape` validator: unknown configuration property `roots`',
    ]);
    expect(events[1]?.hint).toBe('Use only `rootShapeSelector`.');
  });
});
