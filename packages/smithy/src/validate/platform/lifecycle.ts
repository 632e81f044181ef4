/**
 * @module `PlatformLifecycle`: `@lifecycle` dates are real RFC 3339 date-times, in order
 * (released ≤ deprecated < sunset); a sunset needs a deprecation; a deprecated version names a
 * successor, which is another service with a higher `major`.
 */
import type { SemanticModel, ServiceShape, ValidationEvent } from '../../model/shapes.js';
import { eventFor } from '../event.js';
import type { NodeObject } from '../../model/node.js';
import { asNumber, asObject, asString } from '../../model/node.js';
import { TRAIT_IDS } from '../../model/trait-ids.js';

const ID = 'PlatformLifecycle';
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function validateLifecycle(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const service of model.shapesOfType('service')) {
    const body = asObject(service.traits[TRAIT_IDS.lifecycle]);
    if (body) checkService(model, service, body, events);
  }
  return events;
}

function checkService(
  model: SemanticModel,
  service: ServiceShape,
  body: NodeObject,
  events: ValidationEvent[],
): void {
  const report = (severity: 'ERROR' | 'WARNING', detail: string, message: string, hint: string) =>
    events.push(eventFor(service, severity, `${ID}.${detail}`, message, hint));
  const dates = new Map<string, number>();
  for (const key of ['releasedAt', 'deprecatedAt', 'sunsetAt'] as const) {
    const text = asString(body[key]);
    if (text === undefined) continue;
    const time = parseDateTime(text);
    if (time === undefined) {
      report(
        'ERROR',
        'InvalidDate',
        `\`${key}\` is not a valid RFC 3339 date-time: ${text}`,
        'Write a real date and time with an offset, for example `2026-06-01T00:00:00Z`.',
      );
    } else {
      dates.set(key, time);
    }
  }
  const released = dates.get('releasedAt');
  const deprecated = dates.get('deprecatedAt');
  const sunset = dates.get('sunsetAt');
  if (released !== undefined && deprecated !== undefined && deprecated < released) {
    report(
      'ERROR',
      'Order',
      '`deprecatedAt` is before `releasedAt`',
      'A version can only be deprecated after its release.',
    );
  }
  if (sunset !== undefined && deprecated === undefined && body['deprecatedAt'] === undefined) {
    report(
      'ERROR',
      'SunsetWithoutDeprecation',
      '`sunsetAt` is set but `deprecatedAt` is not',
      'Deprecate the version (set `deprecatedAt`) before announcing its sunset.',
    );
  }
  const start = deprecated ?? released;
  if (sunset !== undefined && start !== undefined && sunset <= start) {
    report(
      'ERROR',
      'Order',
      `\`sunsetAt\` must be after \`${deprecated !== undefined ? 'deprecatedAt' : 'releasedAt'}\``,
      'Sunset comes last: released, then deprecated, then sunset.',
    );
  }
  const successorId = asString(body['successor']);
  if (body['deprecatedAt'] !== undefined && successorId === undefined) {
    report(
      'WARNING',
      'NoSuccessor',
      'The version is deprecated but `successor` does not name the service that replaces it',
      "Set `successor` to the next major version's service, so clients and the portal can point partners to it.",
    );
  }
  if (successorId === undefined) return;
  if (successorId === service.id) {
    report(
      'ERROR',
      'Successor',
      'A service cannot be its own `successor`',
      "Name the next major version's service.",
    );
    return;
  }
  const successor = model.getShape(successorId);
  const major = asNumber(body['major']);
  const successorMajor = asNumber(asObject(successor?.traits[TRAIT_IDS.lifecycle])?.['major']);
  if (major !== undefined && successorMajor !== undefined && successorMajor <= major) {
    report(
      'ERROR',
      'Successor',
      `\`successor\` \`${successorId}\` has major ${successorMajor}, which is not greater than this service's major ${major}`,
      'The successor must be a later major version.',
    );
  }
}

/** Milliseconds since the epoch for a real RFC 3339 date-time, else `undefined`. */
function parseDateTime(text: string): number | undefined {
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : time;
}
