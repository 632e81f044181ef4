/**
 * @module test/runtime/support/privacy
 *
 * The privacy net of the runtime suite. Tests use the secret and token values from here, route
 * what the SDK produces — errors, log lines, clients — through {@link observe}, and every test
 * file ends by asserting {@link leaks} is empty: no message, log line, `util.inspect` or
 * `JSON.stringify` output contains the secret (in any of its wire encodings) or a token.
 */
import { inspect } from 'node:util';
import type { Logger } from '@smithy/types';

export const CLIENT_ID = 'app_privacy_0001';
export const CLIENT_SECRET = 'cs_Zq8+Wk/9x:Tn%3Dsecret';

const issued = new Set<string>();
const outputs: string[] = [];

/** A token value nobody could produce by accident; remembered for the leak check. */
export function issueToken(label: string | number): string {
  const token = `at_${label}_${Math.random().toString(36).slice(2, 12)}`;
  issued.add(token);
  return token;
}

/** Records what `value` shows to people: inspect, JSON and, for errors, message and stack. */
export function observe<T>(value: T): T {
  outputs.push(inspect(value, { depth: 10, showHidden: true, getters: true }));
  try {
    outputs.push(JSON.stringify(value) ?? '');
  } catch {
    outputs.push('(not serializable)');
  }
  if (value instanceof Error) outputs.push(value.message, value.stack ?? '', String(value));
  return value;
}

/** Awaits a promise expected to reject, observes the error and returns it. */
export async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return observe(error);
  }
  throw new Error('expected the promise to reject');
}

/** A logger that records every line (all levels) for the leak check and for assertions. */
export function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  const record =
    (level: string) =>
    (...content: unknown[]): void => {
      const line = `${level} ${content.map((c) => (typeof c === 'string' ? c : inspect(c))).join(' ')}`;
      lines.push(line);
      outputs.push(line);
    };
  return {
    lines,
    trace: record('trace'),
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
  };
}

function secretForms(): string[] {
  const form = (v: string): string => new URLSearchParams([['', v]]).toString().slice(1);
  return [
    CLIENT_SECRET,
    encodeURIComponent(CLIENT_SECRET),
    form(CLIENT_SECRET),
    btoa(`${form(CLIENT_ID)}:${form(CLIENT_SECRET)}`),
    ...issued,
  ];
}

/** The outputs among `texts` that contain the secret or an issued token, with what they contained. */
export function leaksIn(texts: readonly string[]): string[] {
  const forms = secretForms();
  return texts.flatMap((text) =>
    forms.filter((f) => text.includes(f)).map((f) => `${f} in: ${text.slice(0, 300)}`),
  );
}

/** Every recorded output that contains the secret or an issued token. */
export function leaks(): string[] {
  return leaksIn(outputs);
}

/** How many outputs were recorded (the leak check must have looked at something). */
export function observedCount(): number {
  return outputs.length;
}
