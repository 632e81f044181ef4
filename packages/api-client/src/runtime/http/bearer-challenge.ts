/**
 * @module http/bearer-challenge
 *
 * The `WWW-Authenticate: Bearer` challenge of a 403 (RFC 6750 §3): with
 * `error="insufficient_scope"` its `scope` attribute lists the scopes the resource requires, which
 * is what a partner needs to know to fix the call (ask for them, or get them granted).
 */

// auth-param = token BWS "=" BWS ( token / quoted-string ), RFC 9110 §11.2.
const AUTH_PARAM =
  /([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([!#$%&'*+.^_`|~0-9A-Za-z-]+))/g;

/** The auth-params of the first `Bearer` challenge in `header`, or `undefined`. */
function bearerParams(header: string): Map<string, string> | undefined {
  const start = /(?:^|,)\s*Bearer(?:\s+|$)/i.exec(header);
  if (start === null) return undefined;
  const params = new Map<string, string>();
  AUTH_PARAM.lastIndex = start.index + start[0].length;
  for (let match = AUTH_PARAM.exec(header); match !== null; match = AUTH_PARAM.exec(header)) {
    const name = (match[1] as string).toLowerCase();
    // The first occurrence wins, so a later challenge's params never override the Bearer ones.
    if (!params.has(name)) params.set(name, match[2]?.replace(/\\(.)/g, '$1') ?? match[3] ?? '');
  }
  return params;
}

/**
 * The scopes a 403's `insufficient_scope` challenge says the operation requires, or `undefined`
 * when the header carries no such challenge.
 */
export function insufficientScopeChallenge(
  header: string | undefined,
): readonly string[] | undefined {
  if (header === undefined) return undefined;
  const params = bearerParams(header);
  if (params?.get('error') !== 'insufficient_scope') return undefined;
  return (params.get('scope') ?? '').split(' ').filter((scope) => scope !== '');
}
