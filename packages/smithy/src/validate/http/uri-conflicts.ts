/**
 * @module `HttpUriConflict`: two operations of one service with the same method must not route
 * the same URIs. A literal-versus-label clash is only DANGER when `@pattern` on the label member
 * proves the label can never equal the literal.
 */
import type { OperationShape, SemanticModel, ValidationEvent } from '../../model/shapes.js';
import { errorFor, eventFor } from '../event.js';
import { asObject, asString } from '../../model/node.js';
import { containedOperations } from '../service-operations.js';
import { TRAIT_IDS } from '../../model/trait-ids.js';
import { compilePattern } from '../../constraints/check.js';
import type { HttpRoute } from './http-trait.js';
import { httpRouteOf } from './http-trait.js';
import type { UriPattern, UriSegment } from './uri-pattern.js';
import { conflictingLabelSegments, urisConflict } from './uri-pattern.js';

interface Routed {
  readonly operation: OperationShape;
  readonly http: HttpRoute;
  readonly pattern: UriPattern;
}

export function validateUriConflicts(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const service of model.shapesOfType('service')) {
    const routed: Routed[] = [];
    for (const operation of containedOperations(model, service)) {
      const http = httpRouteOf(operation);
      if (http?.parsed.ok) routed.push({ operation, http, pattern: http.parsed.pattern });
    }
    for (const mine of routed) {
      const hard: string[] = [];
      const soft: string[] = [];
      for (const other of routed) {
        if (other === mine || other.http.method !== mine.http.method) continue;
        if (!urisConflict(mine.pattern, other.pattern)) continue;
        if (!endpointsConflict(model, mine, other)) continue;
        const text = `\`${other.operation.id}\` (${other.http.uri})`;
        const allowed = allowedByPatterns(
          model,
          mine.operation,
          mine.pattern,
          other.operation,
          other.pattern,
          TRAIT_IDS.httpLabel,
        );
        (allowed ? soft : hard).push(text);
      }
      const head = (list: string[]) =>
        `Operation URI, \`${mine.http.uri}\`, conflicts with other operation URIs in the same service: [${list.sort().join(', ')}]`;
      if (hard.length > 0) {
        events.push(
          errorFor(
            mine.operation,
            'HttpUriConflict',
            head(hard),
            'Give each operation a distinct method and URI (for example a different literal segment).',
          ),
        );
      }
      if (soft.length > 0) {
        events.push(
          eventFor(
            mine.operation,
            'DANGER',
            'HttpUriConflict',
            `${head(soft)}. Pattern traits applied to the label members prevent the label value from evaluating to a conflict, but this is still a poor design. If this is acceptable, this can be suppressed.`,
            'Prefer URIs that differ in a literal segment.',
          ),
        );
      }
    }
  }
  return events;
}

/**
 * Whether two operations' `@endpoint` host prefixes overlap: with none on either side they share
 * the host; with only one they do not; with both, unless `@pattern` on the host labels keeps them
 * apart (the same test as for URI labels).
 */
function endpointsConflict(model: SemanticModel, a: Routed, b: Routed): boolean {
  const prefixA = hostPrefix(a.operation);
  const prefixB = hostPrefix(b.operation);
  if (prefixA === undefined && prefixB === undefined) return true;
  if (prefixA === undefined || prefixB === undefined) return false;
  return !allowedByPatterns(model, a.operation, prefixA, b.operation, prefixB, TRAIT_IDS.hostLabel);
}

function hostPrefix(operation: OperationShape): UriPattern | undefined {
  const text = asString(asObject(operation.traits[TRAIT_IDS.endpoint])?.['hostPrefix']);
  if (text === undefined) return undefined;
  // Like Smithy, the prefix splits around labels: `{Region}.api.` is a label then a literal.
  const segments = (text.match(/\{[^}]*\}|[^{}]+/g) ?? []).map((s): UriSegment =>
    s.startsWith('{') && s.endsWith('}')
      ? { kind: 'label', content: s.slice(1, -1) }
      : { kind: 'literal', content: s },
  );
  return { text, segments, queryLiterals: new Map() };
}

/**
 * True when every literal-versus-label clash between the two patterns is ruled out by a
 * `@pattern` on the label's member that the literal does not match.
 */
function allowedByPatterns(
  model: SemanticModel,
  opA: OperationShape,
  a: UriPattern,
  opB: OperationShape,
  b: UriPattern,
  labelTrait: string,
): boolean {
  const clashes = conflictingLabelSegments(a, b).filter(
    ([x, y]) => (x.kind === 'literal') !== (y.kind === 'literal'),
  );
  if (clashes.length === 0) return false;
  return clashes.every(([x, y]) => {
    const [label, literal, owner] = x.kind === 'literal' ? [y, x, opB] : [x, y, opA];
    const regex = labelPattern(model, owner, label.content, labelTrait);
    return regex !== undefined && !regex.test(literal.content);
  });
}

function labelPattern(
  model: SemanticModel,
  operation: OperationShape,
  label: string,
  labelTrait: string,
): RegExp | undefined {
  const input = model.getShape(operation.input);
  if (input?.type !== 'structure') return undefined;
  const member = input.members.get(label);
  if (!member || member.traits[labelTrait] === undefined) return undefined;
  const source =
    asString(member.traits[TRAIT_IDS.pattern]) ??
    asString(model.getShape(member.target)?.traits[TRAIT_IDS.pattern]);
  return source === undefined ? undefined : compilePattern(source);
}
