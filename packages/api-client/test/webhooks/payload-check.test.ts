/**
 * The helpers the generated payload checks report with: how a problem reads, given / want.
 */
import { describe, expect, it } from 'vitest';
import {
  at,
  describeProblem,
  isJsonObject,
  mismatch,
  unknownEventType,
} from '../../src/webhooks/payload-check.js';

describe('describeProblem', () => {
  it.each([
    [mismatch('an object', undefined), 'the payload is missing (an object is required)'],
    [at(mismatch('a string', undefined), 'id'), 'id is missing (a string is required)'],
    [
      at(at(at(mismatch('an integer', '2'), 'quantity'), 0), 'lineItems'),
      'lineItems[0].quantity must be an integer, not a string',
    ],
    [
      at(at(mismatch('a string', 7), 'crm id'), 'metadata'),
      'metadata["crm id"] must be a string, not a number',
    ],
    [at(mismatch('an object', null), 'data'), 'data must be an object, not null'],
    [at(mismatch('an object', []), 'data'), 'data must be an object, not an array'],
    [at(mismatch('an array', {}), 'items'), 'items must be an array, not an object'],
    [at(mismatch('a string', true), 'name'), 'name must be a string, not a boolean'],
    [at(mismatch('a string', 'x'.repeat(65)), 'id'), 'id must be a string, not a string'],
  ])('%#: %s', (problem, text) => {
    expect(describeProblem(problem)).toBe(text);
  });

  it('quotes a short event type, and only the event type', () => {
    expect(describeProblem(unknownEventType('invoice.paid', ['test']))).toBe(
      'type must be one of test, not "invoice.paid"',
    );
    expect(describeProblem(unknownEventType('x'.repeat(65), ['test']))).toBe(
      'type must be one of test, not a string',
    );
    const nested = at(at(mismatch('an integer', 'jane@example.com'), 'type'), 'data');
    expect(describeProblem(nested)).toBe('data.type must be an integer, not a string');
  });
});

describe('unknownEventType', () => {
  it('is unknown_event_type for a string type, invalid_event for none', () => {
    expect(unknownEventType('invoice.paid', ['test']).reason).toBe('unknown_event_type');
    expect(unknownEventType(undefined, ['test'])).toMatchObject({
      reason: 'invalid_event',
      path: ['type'],
    });
    expect(unknownEventType(3, []).expected).toBe('an event type');
  });
});

describe('isJsonObject', () => {
  it.each([
    [{}, true],
    [[], false],
    [null, false],
    ['{}', false],
  ])('%j → %s', (value, expected) => {
    expect(isJsonObject(value)).toBe(expected);
  });
});
