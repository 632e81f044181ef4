/**
 * @module The one-character escapes of JSON strings, which Smithy IDL strings share: `\n`, `\t`,
 * `\"`, ... (`\uXXXX` is decoded by each reader, which reports bad digits in its own words).
 */
export const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
