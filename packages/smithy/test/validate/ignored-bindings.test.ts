import { describe, expect, it } from 'vitest';
import { summarize, validateIdl } from './idl.js';

describe('HttpBindingTraitIgnored', () => {
  it('reports bindings on nested structures and on the wrong side of an operation', () => {
    const events = validateIdl(`
namespace ns
@http(method: "POST", uri: "/things")
operation Put {
  input: PutInput
  output: PutOutput
}
structure PutInput {
  nested: Nested
}
structure PutOutput {
  @httpQuery("q")
  q: String
}
structure Nested {
  @httpHeader("X-Trace")
  trace: String
}
`);
    expect(summarize(events)).toEqual([
      'WARNING HttpBindingTraitIgnored.Input ns#PutOutput$q: The `httpQuery` trait applied to this member is ignored in all contexts.',
      'WARNING HttpBindingTraitIgnored.TopLevel ns#Nested$trace: The `httpHeader` trait applied to this member is ignored in all contexts.',
    ]);
  });

  it('lists the contexts when a structure is used both at the top level and nested', () => {
    const events = validateIdl(`
namespace ns
@http(method: "POST", uri: "/things")
operation Put {
  input: Shared
  output: Wrapper
}
structure Wrapper {
  shared: Shared
}
structure Shared {
  @httpHeader("X-Trace")
  trace: String
}
`);
    expect(summarize(events)).toEqual([
      'WARNING HttpBindingTraitIgnored.TopLevel ns#Shared$trace: The `httpHeader` trait applied to this member is ignored in some contexts: {member target: [ns#Wrapper$shared]}',
    ]);
  });
});
