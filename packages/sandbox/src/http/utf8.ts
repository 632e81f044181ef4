/**
 * @module The one way the sandbox turns request bytes into text: strict UTF-8. Node's lenient
 * decoding turns invalid bytes into U+FFFD, which would then be stored and echoed as if the
 * client had sent it; here they are refused instead (RFC 8259 §8.1 requires UTF-8 for JSON).
 */

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The bytes as text, or `undefined` when they are not valid UTF-8. */
export function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Half a surrogate pair without its other half: a `\ud800` escape decodes to one. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string is whole Unicode characters, with no unpaired surrogate. */
export function isWellFormedText(text: string): boolean {
  return !UNPAIRED_SURROGATE.test(text);
}
