import { describe, expect, it } from 'vitest';
import { summarize, validateIdl } from '../idl.js';

describe('@traitValidators', () => {
  it('runs each selector from every shape the trait is applied to', () => {
    const events = validateIdl(`
namespace ns
@trait(selector: "service")
@traitValidators(
  "myProtocol.NoDocuments": { selector: "~> member :test(> document)", message: "Documents are not supported" }
  "myProtocol.NoErrors": { selector: "-[operation]-> :not(-[error]->)", severity: "WARNING" }
)
structure myProtocol {}

@myProtocol
service Svc { operations: [Get] }
operation Get { input := { doc: Document } }
service Other { operations: [Put] }
operation Put { input := { doc: Document } }
`);
    const found =
      'Found an incompatible shape when validating the constraints of the `ns#myProtocol` trait attached to `ns#Svc`';
    expect(summarize(events)).toEqual([
      `WARNING myProtocol.NoErrors ns#Get: ${found}`,
      `ERROR myProtocol.NoDocuments ns#GetInput$doc: ${found}: Documents are not supported`,
    ]);
    expect(events[1]?.hint).toContain('`ns#Svc` uses `ns#myProtocol`');
  });

  it('rejects keys that are not event ids and selectors it cannot run, and then runs nothing', () => {
    const events = validateIdl(`
namespace ns
@trait
@traitValidators(
  "1bad": { selector: "~> string" }
  "Fine": { selector: "$x(string)" }
)
structure constrained {}
@constrained
structure Uses { a: String }
`);
    expect(summarize(events)).toEqual([
      'ERROR TraitValidators ns#constrained: `smithy.api#traitValidators` key is not a valid event ID: `1bad`',
      'ERROR TraitValidators ns#constrained: `smithy.api#traitValidators` validator `Fine` has an unusable selector: Selector variables are not supported (at 0 in `$x(string)`)',
    ]);
  });

  it('reports a selector that fails when run, naming the validator', () => {
    const events = validateIdl(`
namespace ns
@trait
@traitValidators("NoNodes": { selector: "[node|x]" })
structure constrained {}
@constrained
string Uses
`);
    expect(summarize(events)).toEqual([
      'ERROR TraitValidators ns#constrained: `smithy.api#traitValidators` validator `NoNodes` has an unusable selector: Unsupported selector attribute: node|x',
    ]);
  });
});
