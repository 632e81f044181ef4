import { describe, expect, it } from 'vitest';
import { summarize, validateIdl } from './idl.js';

describe('constraint traits', () => {
  it('rejects inverted and negative bounds, decimal integer bounds and unanchored patterns', () => {
    const events = validateIdl(`
namespace ns
@range(min: 10, max: 1)
integer Inverted
@range(min: 0.5)
integer Fraction
@length(min: -1)
string Negative
@pattern("[a-z]+")
string Loose
@pattern("^[a-z]+$")
string Anchored
`);
    expect(summarize(events)).toEqual([
      'ERROR RangeTrait ns#Inverted: A range trait is applied with a `min` value greater than its `max` value.',
      'ERROR RangeTrait ns#Fraction: Shape `ns#Fraction` is marked with the `range` trait, but its `min` property is a decimal (0.5) when its shape (`integer`) does not support decimals.',
      'ERROR LengthTrait ns#Negative: A length trait is applied with a negative `min` value.',
      expect.stringContaining(
        "WARNING PatternTrait ns#Loose: A pattern trait is applied without a leading '^' and trailing '$'",
      ),
    ]);
    expect(events[3]?.hint).toBe('Anchor the pattern: `^[a-z]+$`.');
  });
});

describe('auth traits', () => {
  it('requires @auth entries to be applied to the service', () => {
    const events = validateIdl(`
namespace ns
@httpBasicAuth
@auth([httpBasicAuth, httpBearerAuth])
service Svc { version: "1", operations: [Op] }
@auth([httpBearerAuth])
operation Op {}
`);
    expect(summarize(events)).toEqual([
      'DANGER AuthTrait ns#Svc: auth trait applies authentication that is not configured on the service shape, `ns#Svc`: [smithy.api#httpBearerAuth]',
      'DANGER AuthTrait ns#Op: auth trait applies authentication that is not configured on the service shape, `ns#Svc`: [smithy.api#httpBearerAuth]',
    ]);
  });

  it('asks for an @auth order when a service has several schemes', () => {
    const events = validateIdl(`
namespace ns
@httpBasicAuth
@httpBearerAuth
service Svc { version: "1" }
`);
    expect(events.map((e) => [e.severity, e.id])).toEqual([['WARNING', 'ServiceAuthDefinitions']]);
    expect(events[0]?.hint).toBe(
      'Add `@auth([smithy.api#httpBasicAuth, smithy.api#httpBearerAuth])` in the order clients should try them.',
    );
  });
});
