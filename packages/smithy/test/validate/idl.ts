/**
 * @module Test helper: loads an IDL snippet with the real loader (validation off), checks that it
 * loaded cleanly, then runs the validators alone, so a test sees exactly what they report.
 */
import { expect } from 'vitest';
import { formatEvent, loadModel } from '../../src/index.js';
import type { ValidationEvent } from '../../src/index.js';
import { validateModel } from '../../src/validate/index.js';

export function validateIdl(text: string): ValidationEvent[] {
  const source = text.startsWith('$version') ? text : `$version: "2.0"\n${text}`;
  const loaded = loadModel({
    sources: [{ filename: 'test.smithy', text: source }],
    validate: false,
  });
  const loadErrors = loaded.events.filter((e) => e.severity === 'ERROR').map(formatEvent);
  expect(loadErrors, 'the snippet should load without errors').toEqual([]);
  return validateModel(loaded.model);
}

/** `SEVERITY Id shape: message` lines, for compact assertions. */
export function summarize(events: readonly ValidationEvent[]): string[] {
  return events.map((e) => `${e.severity} ${e.id} ${e.shapeId ?? '-'}: ${e.message}`);
}
