import { describe, expect, it } from 'vitest';
import { summarize, validateIdl, expectValidatorConfigurationError } from '../idl.js';

/** Validates `shapes` under `metadata validators = [validators]`, keeping only those events. */
function lint(validators: string, shapes: string): string[] {
  const events = validateIdl(`metadata validators = [${validators}]\nnamespace ns\n${shapes}`);
  return summarize(events);
}

describe('EmitEachSelector', () => {
  it('emits a DANGER per matched shape with the default message', () => {
    expect(
      lint(
        `{ name: "EmitEachSelector", id: "NoBlobs", configuration: { selector: "blob" } }`,
        'blob Data\nstring Text',
      ),
    ).toEqual(['DANGER NoBlobs ns#Data: Selector capture matched selector: blob']);
  });

  it('expands a messageTemplate and keeps only shapes with bindToTrait', () => {
    expect(
      lint(
        `{
          name: "EmitEachSelector"
          id: "Documented"
          configuration: {
            selector: "string"
            bindToTrait: "documentation"
            messageTemplate: "@{id|name} says @{trait|documentation} (@@ @{trait|tags})"
          }
        }`,
        '/// Hello\nstring A\nstring B',
      ),
    ).toEqual(['DANGER Documented ns#A: A says "Hello" (@ )']);
  });

  it('applies severity, message ({super}), namespaces and selector of the definition', () => {
    const events = validateIdl(`
metadata validators = [
  {
    name: "EmitEachSelector"
    id: "Strings.Checked"
    severity: "NOTE"
    message: "Checked: {super}"
    namespaces: ["keep"]
    selector: "[id|name^=A]"
    configuration: { selector: "string" }
  }
]
namespace keep
string Alpha
string Beta
`);
    expect(summarize(events)).toEqual([
      'NOTE Strings.Checked keep#Alpha: Checked: Selector capture matched selector: string',
    ]);
    expect(events[0]?.sourceLocation?.line).toBe(15); // `string Alpha`
  });
});

describe('selector relationships used by model validators', () => {
  it('follows bound, instanceOperation and trait relationships', () => {
    const each = (id: string, selector: string) =>
      `{ name: "EmitEachSelector", id: "${id}", configuration: { selector: "${selector}" } }`;
    expect(
      lint(
        [
          each('Bound', 'resource -[bound]-> service'),
          each('Instance', 'resource -[instanceOperation]-> operation'),
          each('Marked', ':test(-[trait]-> [id=ns#marker])'),
        ].join(', '),
        `@trait structure marker {}
service Svc { resources: [Thing] }
@marker resource Thing { identifiers: { id: String }, read: GetThing }
@readonly operation GetThing { input := { @required id: String } }`,
      ).map((e) => e.split(':')[0]),
    ).toEqual(['DANGER Bound ns#Svc', 'DANGER Marked ns#Thing', 'DANGER Instance ns#GetThing']);
  });
});

describe('EmitNoneSelector', () => {
  it('emits one DANGER when nothing outside the prelude matches, and none otherwise', () => {
    expect(
      lint(
        `{ name: "EmitNoneSelector", id: "NeedsLength", configuration: { selector: "[trait|length]" } },
         { name: "EmitNoneSelector", id: "NeedsDocs", configuration: { selector: "[trait|documentation]" } }`,
        '/// Documented\nstring A',
      ),
    ).toEqual([
      'DANGER NeedsLength -: Expected at least one shape to match selector: [trait|length]',
    ]);
  });
});

describe('selectors the engine cannot evaluate', () => {
  it('reports the one validator as an ERROR and still runs the others', () => {
    const events = validateIdl(`
metadata validators = [
  { name: "EmitEachSelector", id: "Nodes", configuration: { selector: "[node|x]" } }
  { name: "EmitEachSelector", id: "Strings", configuration: { selector: "string" } }
]
namespace ns
string A
`);
    expect(summarize(events)).toEqual([
      'ERROR Model -: Error running `EmitEachSelector` validator: Unsupported selector attribute: node|x',
      'DANGER Strings ns#A: Selector capture matched selector: string',
    ]);
    expect(events[0]?.hint).toContain('id, trait, service|version');
  });
});

describe('selector validator configuration errors', () => {
  it.each([
    ['EmitEachSelector', '{}', 'selector is required', 'configuration: { selector'],
    [
      'EmitEachSelector',
      '{ selector: "string[" }',
      'Error parsing `selector`: Unexpected selector character',
      'selector',
    ],
    [
      'EmitEachSelector',
      '{ selector: "string", selecter: "x" }',
      'unknown configuration property `selecter`',
      '`bindToTrait`',
    ],
    [
      'EmitEachSelector',
      '{ selector: "string", messageTemplate: "@id" }',
      "Syntax error at line 1 column 2 of EmitEachSelector message template: Expected: '{'",
      '@{id}',
    ],
    ['EmitNoneSelector', '{ selector: 3 }', '`selector` must be a string; found number', 'string'],
  ])('%s with configuration %s', (name, configuration, message, hint) => {
    const events = validateIdl(`
metadata validators = [{ name: "${name}", configuration: ${configuration} }]
namespace ns
string A
`);
    expectValidatorConfigurationError(events, name, message, hint);
  });
});
