/**
 * @module The one way the sandbox writes a date-time: RFC 3339 in UTC with `Z`, without
 * fractional seconds when there are none (`2026-11-20T14:03:12Z`).
 */

export function toRfc3339(time: Date | number): string {
  const date = time instanceof Date ? time : new Date(time);
  return date.toISOString().replace('.000Z', 'Z');
}
