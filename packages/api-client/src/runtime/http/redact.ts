/**
 * @module http/redact
 *
 * What debug logging may show of a request or response: headers without credentials or cookies,
 * and JSON bodies with secrets, tokens and `@sensitive` members replaced.
 */

/** The replacement for every redacted value. */
export const REDACTED = '[REDACTED]';

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
const SECRET_FIELDS = ['client_secret', 'access_token', 'refresh_token', 'id_token'];

/** Headers as JSON text, with credentials and cookies redacted. */
export function redactHeaders(headers: Readonly<Record<string, string>>): string {
  const shown: Record<string, string> = {};
  for (const name in headers) {
    shown[name] = SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : (headers[name] as string);
  }
  return JSON.stringify(shown);
}

/**
 * A body for the log: JSON with the values of secret fields and of `sensitive` properties
 * (at any depth) redacted; anything that is not JSON only by its size.
 */
export function redactBody(text: string | undefined, sensitive: readonly string[] = []): string {
  if (text === undefined || text === '') return '(empty)';
  const hidden = new Set([...SECRET_FIELDS, ...sensitive]);
  try {
    return JSON.stringify(JSON.parse(text), (key, value: unknown) =>
      hidden.has(key) ? REDACTED : value,
    );
  } catch {
    return `(${text.length} characters, not JSON)`;
  }
}
