import { describe, expect, it } from 'vitest';
import { summarize, validateIdl } from './idl.js';

describe('Union and DefaultValueInUpdate', () => {
  it('notes union members whose targets have defaults', () => {
    const events = validateIdl(`
namespace ns
union Choice {
  count: PrimitiveInteger
  name: String
}
`);
    expect(summarize(events)).toEqual([
      expect.stringMatching(
        /^NOTE Union ns#Choice\$count: This union member targets `smithy.api#PrimitiveInteger`, a shape with a default value of `0`\./,
      ),
    ]);
  });

  it('warns about defaults in update-style operation inputs', () => {
    const events = validateIdl(`
namespace ns
operation PatchThing {
  input := {
    name: String
    size: Integer = 1
    enabled: Boolean = false
  }
}
operation CreateThing {
  input := {
    size: Integer = 1
  }
}
`);
    expect(summarize(events)).toEqual([
      'WARNING DefaultValueInUpdate ns#PatchThing: This update style operation has top-level input members marked with the @default trait. It will be impossible to tell if the member was omitted or explicitly provided. Affected members: [enabled, size]',
    ]);
  });
});
