/**
 * @module Building and printing validation events. Every event the front end emits has a
 * location (file, line, column), a message saying what is wrong and a hint saying how to fix it.
 */
import type { Severity, ShapeId, SourceLocation, ValidationEvent } from './model/shapes.js';

/** Events from the IDL parser: syntax errors, and version rules it checks as it reads. */
export function syntaxEvent(
  message: string,
  location: SourceLocation,
  hint: string,
  shapeId: ShapeId | undefined,
  syntax: boolean,
): ValidationEvent {
  return {
    id: 'Model',
    severity: 'ERROR',
    message: syntax
      ? `Syntax error at line ${location.line}, column ${location.column}: ${message}`
      : message,
    sourceLocation: location,
    hint,
    ...(shapeId ? { shapeId } : {}),
  };
}

/** Builds loader events of one severity: what went wrong, where, and how to fix it. */
function eventsOf(severity: Severity) {
  return (
    id: string,
    message: string,
    location: SourceLocation | undefined,
    hint: string,
    shapeId?: ShapeId,
  ): ValidationEvent => ({
    id,
    severity,
    message,
    hint,
    ...(location ? { sourceLocation: location } : {}),
    ...(shapeId ? { shapeId } : {}),
  });
}

export const errorEvent = eventsOf('ERROR');
export const warningEvent = eventsOf('WARNING');

/**
 * One line per event, compiler style, then the hint:
 * `model/main.smithy:12:5: ERROR [Model] smithy.example#Foo: message` / `  hint: ...`.
 * A suppressed event ends with its suppression's reason in parentheses, as Smithy prints it.
 */
export function formatEvent(event: ValidationEvent): string {
  const loc = event.sourceLocation;
  const where = loc ? `${loc.filename}:${loc.line}:${loc.column}: ` : '';
  const shape = event.shapeId ? `${event.shapeId}: ` : '';
  const reason = event.suppressionReason ? ` (${event.suppressionReason})` : '';
  const head = `${where}${event.severity} [${event.id}] ${shape}${event.message}${reason}`;
  return event.hint ? `${head}\n  hint: ${event.hint}` : head;
}

/** Sorts events by file, line, column (events without a location last), keeping ties stable. */
export function sortEvents(events: readonly ValidationEvent[]): ValidationEvent[] {
  const key = (e: ValidationEvent): [string, number, number] => [
    e.sourceLocation?.filename ?? '\uffff',
    e.sourceLocation?.line ?? 0,
    e.sourceLocation?.column ?? 0,
  ];
  return [...events].sort((a, b) => {
    const [fa, la, ca] = key(a);
    const [fb, lb, cb] = key(b);
    return fa < fb ? -1 : fa > fb ? 1 : la - lb || ca - cb;
  });
}
