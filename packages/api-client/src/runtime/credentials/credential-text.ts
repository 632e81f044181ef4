/**
 * @module credentials/credential-text
 *
 * Client ids and secrets as text: a value with surrounding whitespace or control characters is
 * almost always a copy-paste or environment-file mistake (a trailing newline), and sent as is it
 * fails later as a bare `invalid_client`. Nothing is trimmed: a credential that silently means
 * something other than what was configured is worse than one refused at once.
 */

// Controls are C0, DEL and C1; whitespace is what `String.prototype.trim` removes.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** What is wrong with `value` as a credential, or `undefined`; never quotes the value. */
export function credentialTextProblem(value: string): string | undefined {
  if (value.trim() !== value) {
    return 'has leading or trailing whitespace (a stray space or newline from a copy or an env file?); remove it.';
  }
  if (CONTROL.test(value)) return 'contains control characters; check how it was copied.';
  return undefined;
}
