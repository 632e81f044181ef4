/**
 * @module Test helper: loads an IDL snippet with the real loader (validation off), checks that it
 * loaded cleanly, then runs the validators alone, so a test sees exactly what they report.
 */
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { formatEvent, loadModel } from '../../src/index.js';
import type { ValidationEvent } from '../../src/index.js';
import { validateModel } from '../../src/validate/index.js';

/** The project's own trait definitions, for tests of the platform rules. */
export const PLATFORM_TRAIT_FILES = ['traits.smithy', 'types.smithy'].map((f) =>
  fileURLToPath(new URL(`../../../../model/common/${f}`, import.meta.url)),
);

/** Validates `text` (an IDL 2.0 snippet), loaded together with the model `files`. */
export function validateIdl(text: string, files: readonly string[] = []): ValidationEvent[] {
  const source = text.startsWith('$version') ? text : `$version: "2.0"\n${text}`;
  const loaded = loadModel({
    files,
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

/**
 * Asserts that `events` is the one located ERROR a `metadata validators` entry whose
 * configuration is wrong gets (the entry on line 3 of the snippet): upstream's wording, `message`
 * after it and `hint` in its hint.
 */
export function expectValidatorConfigurationError(
  events: readonly ValidationEvent[],
  name: string,
  message: string,
  hint: string,
): void {
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ id: 'Model', severity: 'ERROR' });
  expect(events[0]?.message).toContain(`Error creating \`${name}\` validator: ${message}`);
  expect(events[0]?.hint).toContain(hint);
  expect(events[0]?.sourceLocation).toMatchObject({ filename: 'test.smithy', line: 3 });
}
