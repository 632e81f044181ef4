/**
 * @module `HttpUriFormat` and `HttpUriGreedyLabel`: the `@http` URI must be a valid ASCII pattern
 * (starts with `/`, no empty segments, labels are identifiers and unique, no labels in the query
 * string), and a greedy label must be the only greedy label and the last label.
 */
import type { SemanticModel, ValidationEvent } from '../../model/shapes.js';
import { errorFor, eventFor } from '../event.js';
import { httpRouteOf } from './http-trait.js';

export function validateHttpUris(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const operation of model.shapesOfType('operation')) {
    const http = httpRouteOf(operation);
    if (!http) continue;
    if (!http.parsed.ok) {
      events.push(
        errorFor(
          operation,
          'HttpUriFormat',
          `@http trait \`uri\` is invalid: ${http.parsed.message}`,
          'Write the URI as `/segment/{label}/{greedy+}?literal=value`: it starts with `/`, has no empty segments, and labels are identifiers in whole segments.',
        ),
      );
      continue;
    }
    // eslint-disable-next-line no-control-regex
    if (!/^[\x00-\x7f]*$/.test(http.uri)) {
      events.push(
        errorFor(
          operation,
          'HttpUriFormat',
          `@http trait \`uri\` is invalid: ${http.uri}`,
          'Use only ASCII characters in the URI; percent-encode anything else.',
        ),
      );
    }
    const segments = http.parsed.pattern.segments;
    segments.forEach((segment, i) => {
      if (segment.kind !== 'greedy') return;
      for (const later of segments.slice(i + 1)) {
        if (later.kind === 'greedy') {
          events.push(
            eventFor(
              operation,
              'DANGER',
              'HttpUriGreedyLabel.MultipleGreedyLabels',
              `At most one greedy label segment may exist in a pattern: ${http.uri}`,
              'Keep a single greedy label (`{name+}`) and make the others plain labels.',
            ),
          );
        }
        if (later.kind !== 'literal') {
          events.push(
            eventFor(
              operation,
              'DANGER',
              'HttpUriGreedyLabel.GreedyLabelIsNotLastLabel',
              `A greedy label must be the last label in its pattern: ${http.uri}`,
              'Move the greedy label after every other label in the URI.',
            ),
          );
        }
      }
    });
  }
  return events;
}
