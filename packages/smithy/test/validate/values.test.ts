import { describe, expect, it } from 'vitest';
import { summarize, validateIdl } from './idl.js';

describe('TraitValue', () => {
  it('checks trait values against the trait shape, with a path to the bad value', () => {
    const events = validateIdl(`
namespace ns
@trait
structure limits {
  @required
  @range(min: 1, max: 10)
  max: Integer
  tags: Tags
}
@length(max: 1)
list Tags { member: String }

@limits(max: 11, tags: ["a", "b"], extra: true)
string A

@limits(tags: [1])
string B
`);
    expect(summarize(events)).toEqual([
      'ERROR TraitValue.Member.InvalidRange ns#A: Error validating trait `ns#limits`.max: Value provided for `ns#limits$max` must be less than or equal to 10, but found 11',
      'ERROR TraitValue ns#A: Error validating trait `ns#limits`.tags: Value provided for `ns#Tags` must have no more than 1 elements, but the provided value has 2 elements',
      'WARNING TraitValue.UnknownMember.ns#limits.extra ns#A: Error validating trait `ns#limits`: Member `extra` does not exist in `ns#limits`',
      'ERROR TraitValue ns#B: Error validating trait `ns#limits`.tags.0: Expected string value for string shape, `smithy.api#String`; found number value, `1`',
      'ERROR TraitValue ns#B: Error validating trait `ns#limits`: Missing required structure member `max` for `ns#limits`',
    ]);
  });

  it('checks prelude trait values such as @auth ids against their selectors', () => {
    const events = validateIdl(`
namespace ns
@auth([String])
service Svc { version: "1" }
`);
    expect(summarize(events)).toEqual([
      'ERROR TraitValue ns#Svc: Error validating trait `auth`.0: Shape ID `smithy.api#String` does not match selector `[trait|authDefinition]`',
    ]);
  });
});

describe('DefaultTrait', () => {
  it('checks default values against the target and its constraints', () => {
    const events = validateIdl(`
namespace ns
@length(min: 3)
string Code
@range(min: 1)
integer Count
list Names { member: String }
structure S {
  code: Code = "ab"
  count: Count = 0
  names: Names = ["x"]
  flag: Boolean = "yes"
}
`);
    expect(summarize(events)).toEqual([
      'ERROR DefaultTrait ns#S$code: Error validating @default trait: String value provided for `ns#Code` must be >= 3 characters, but the provided value is only 2 characters.',
      'WARNING DefaultTrait.Target.InvalidRange ns#S$count: Error validating @default trait: Value provided for `ns#Count` must be greater than or equal to 1, but found 0',
      'ERROR DefaultTrait ns#S$names: The @default value of a list must be an empty list',
      'ERROR DefaultTrait ns#S$flag: Error validating @default trait: Expected boolean value for boolean shape, `smithy.api#Boolean`; found string value, `yes`',
    ]);
  });

  it('requires members to repeat the default of their target', () => {
    const events = validateIdl(`
namespace ns
@default(1)
integer One
structure S {
  missing: One
  differs: One = 2
  same: One = 1
  @default(null)
  optional: One
}
`);
    expect(summarize(events)).toEqual([
      'ERROR DefaultTrait ns#S$missing: Member targets ns#One, which requires that the member defines the same default of `1` or `null`',
      'ERROR DefaultTrait ns#S$differs: Member defines a default value that differs from the default value of the target shape, ns#One. The member has a default of `2`, but the target has a default of `1`.',
    ]);
  });

  it('accepts enum defaults that are values of the enum and rejects others', () => {
    const events = validateIdl(`
namespace ns
enum Color {
  RED = "red"
  BLUE = "blue"
}
structure S {
  ok: Color = "red"
  bad: Color = "RED"
}
`);
    expect(summarize(events)).toEqual([
      'ERROR DefaultTrait ns#S$bad: Error validating @default trait: String value provided for `ns#Color` must be one of the following values: `blue`, `red`',
    ]);
  });
});

describe('EnumShape', () => {
  it('reports duplicate values and unconventional names', () => {
    const events = validateIdl(`
namespace ns
enum Color {
  RED = "red"
  CRIMSON = "red"
  lightBlue = "light-blue"
}
intEnum Level {
  LOW = 1
  ALSO_LOW = 1
}
`);
    expect(summarize(events)).toEqual([
      'ERROR EnumShape ns#Color$CRIMSON: Multiple enum members found with duplicate value `red`',
      'WARNING EnumShape ns#Color$lightBlue: The name `lightBlue` does not match the recommended enum name format of beginning with an uppercase letter, followed by any number of uppercase letters, numbers, or underscores.',
      'ERROR EnumShape ns#Level$ALSO_LOW: Multiple intEnum members found with duplicate value `1`',
    ]);
    expect(events[1]?.hint).toContain('LIGHT_BLUE');
  });
});
