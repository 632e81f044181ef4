import { describe, expect, it } from 'vitest';
import { BigNumberValue, compareNumbers, toBigInt } from '../../src/index.js';

describe('compareNumbers', () => {
  it.each([
    [0.1, new BigNumberValue('0.1'), 0],
    [0.30000000000000004, 0.3, 1],
    [new BigNumberValue('9007199254740993'), 9007199254740992, 1],
    [9007199254740993n, new BigNumberValue('9007199254740993'), 0],
    [-2, -10, 1],
    [-0, 0, 0],
    [1e21, new BigNumberValue('1000000000000000000000'), 0],
    [new BigNumberValue('1e400'), Number.MAX_VALUE, 1],
    [Infinity, new BigNumberValue('1e400'), 1],
    [-Infinity, -1, -1],
    [5, Infinity, -1],
  ] as const)('compares %s with %s exactly', (a, b, expected) => {
    expect(compareNumbers(a, b)).toBe(expected);
  });

  it('leaves NaN uncompared, so no bound rejects or accepts it', () => {
    expect(compareNumbers(NaN, 1)).toBeUndefined();
    expect(compareNumbers(1, NaN)).toBeUndefined();
    expect(compareNumbers(Infinity, NaN)).toBeUndefined();
  });
});

describe('toBigInt', () => {
  it('keeps every digit of big integers and refuses fractions', () => {
    expect(toBigInt(new BigNumberValue('9223372036854775808'))).toBe(9223372036854775808n);
    expect(toBigInt(42)).toBe(42n);
    expect(toBigInt(1.5)).toBeUndefined();
    expect(toBigInt(new BigNumberValue('1e30'))).toBeUndefined();
  });
});
