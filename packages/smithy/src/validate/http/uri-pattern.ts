/**
 * @module The `@http` trait's `uri` pattern: parsing (`/a/{label}/{greedy+}?literal=x`) with the
 * same syntax rules as Smithy, and the conflict test used to find operations that route the same.
 */

export interface UriSegment {
  readonly kind: 'literal' | 'label' | 'greedy';
  /** The literal text, or the label name without braces. */
  readonly content: string;
}

export interface UriPattern {
  readonly text: string;
  readonly segments: readonly UriSegment[];
  /** Literal query parameters (`?foo=bar&baz`), in order; a bare key maps to `""`. */
  readonly queryLiterals: ReadonlyMap<string, string>;
}

export type UriParse =
  | { readonly ok: true; readonly pattern: UriPattern }
  | { readonly ok: false; readonly message: string };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function parseUriPattern(uri: string): UriParse {
  const fail = (message: string): UriParse => ({ ok: false, message });
  if (uri.endsWith('?')) return fail(`URI patterns must not end with '?'. Found ${uri}`);
  if (!uri.startsWith('/')) return fail(`URI pattern must start with '/'. Found ${uri}`);
  if (uri.includes('#')) return fail(`URI pattern must not contain a fragment. Found ${uri}`);
  const queryStart = uri.indexOf('?');
  const path = queryStart === -1 ? uri : uri.slice(0, queryStart);
  const query = queryStart === -1 ? undefined : uri.slice(queryStart + 1);
  // Like Java's String.split, trailing empty segments are dropped ("/a/" has one segment).
  const raw = path.slice(1).split('/');
  while (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  const segments: UriSegment[] = [];
  let offset = 1;
  for (const text of raw) {
    const at = ` at index ${offset}`;
    offset += text.length + 1;
    if (text.length >= 2 && text.startsWith('{') && text.endsWith('}')) {
      const greedy = text.endsWith('+}');
      const name = text.slice(1, greedy ? -2 : -1);
      if (name === '') return fail(`Empty label declaration in pattern${at}.`);
      if (!IDENTIFIER.test(name)) {
        return fail(
          `Invalid label name in pattern: '${name}'${at}. Labels must contain value identifiers.`,
        );
      }
      segments.push({ kind: greedy ? 'greedy' : 'label', content: name });
    } else {
      if (text === '') return fail(`Segments must not be empty${at}`);
      if (text.includes('{') || text.includes('}')) {
        return fail(
          `Literal segments must not contain \`{\` or \`}\` characters. Found segment \`${text}\`${at}`,
        );
      }
      segments.push({ kind: 'literal', content: text });
    }
  }
  const seen = new Set<string>();
  for (const s of segments) {
    if (s.kind === 'literal') continue;
    const key = s.content.toLowerCase();
    if (seen.has(key)) {
      return fail(`Label \`${s.content}\` is defined more than once in pattern: ${uri}`);
    }
    seen.add(key);
  }
  const queryLiterals = new Map<string, string>();
  if (query !== undefined) {
    if (query.includes('{') || query.includes('}')) {
      return fail(`URI labels must not appear in the query string. Found ${uri}`);
    }
    for (const pair of query.split('&')) {
      const eq = pair.indexOf('=');
      const key = eq === -1 ? pair : pair.slice(0, eq);
      if (queryLiterals.has(key))
        return fail(`Literal query parameters must not be repeated: ${uri}`);
      queryLiterals.set(key, eq === -1 ? '' : pair.slice(eq + 1));
    }
  }
  return { ok: true, pattern: { text: uri, segments, queryLiterals } };
}

/** The label segment named `name` (case-insensitively, as Smithy matches labels to members). */
export function findLabel(pattern: UriPattern, name: string): UriSegment | undefined {
  const key = name.toLowerCase();
  return pattern.segments.find((s) => s.kind !== 'literal' && s.content.toLowerCase() === key);
}

/**
 * True when two patterns route the same requests: same number of segments, labels against labels
 * of the same greediness, equal literals, and equal query literals.
 */
export function urisConflict(a: UriPattern, b: UriPattern): boolean {
  if (a.segments.length !== b.segments.length) return false;
  for (let i = 0; i < a.segments.length; i++) {
    const x = a.segments[i] as UriSegment;
    const y = b.segments[i] as UriSegment;
    if (x.kind !== y.kind) return false;
    if (x.kind === 'literal' && x.content !== y.content) return false;
  }
  if (a.queryLiterals.size !== b.queryLiterals.size) return false;
  for (const [k, v] of a.queryLiterals) if (b.queryLiterals.get(k) !== v) return false;
  return true;
}

/**
 * Pairs of segments at the same position where one pattern has a literal and the other a label
 * (or greediness differs), up to the first pair of different literals. Used to decide whether a
 * conflict is made harmless by `@pattern` on the label member.
 */
export function conflictingLabelSegments(a: UriPattern, b: UriPattern): [UriSegment, UriSegment][] {
  const out: [UriSegment, UriSegment][] = [];
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const x = a.segments[i] as UriSegment;
    const y = b.segments[i] as UriSegment;
    const xLabel = x.kind !== 'literal';
    const yLabel = y.kind !== 'literal';
    if (xLabel !== yLabel || (x.kind === 'greedy') !== (y.kind === 'greedy')) out.push([x, y]);
    else if (!xLabel && x.content !== y.content) return out;
  }
  return out;
}
