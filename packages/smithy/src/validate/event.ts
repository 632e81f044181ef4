/**
 * @module How a validation rule reports a finding: one constructor for `ValidationEvent`s that
 * takes the shape or member the finding is about, so every event carries its shape id and source
 * location the same way.
 */
import { isMember } from '../model/members.js';
import type { Member, SemanticModel, Severity, Shape, ValidationEvent } from '../model/shapes.js';

/** What an event can be about: a shape, or a member of one. */
export type Subject = Shape | Member;

/** A rule group: reads the model, returns what it found. Rules never throw on bad models. */
export type ValidationRule = (model: SemanticModel) => ValidationEvent[];

/** Builds an event about `subject`, taking its id and location. */
export function eventFor(
  subject: Subject,
  severity: Severity,
  id: string,
  message: string,
  hint?: string,
): ValidationEvent {
  return {
    id,
    severity,
    message,
    shapeId: subject.id,
    ...(subject.location ? { sourceLocation: subject.location } : {}),
    ...(hint ? { hint } : {}),
  };
}

/** Shorthand for the common case: an ERROR event. */
export function errorFor(
  subject: Subject,
  id: string,
  message: string,
  hint?: string,
): ValidationEvent {
  return eventFor(subject, 'ERROR', id, message, hint);
}

/** Java Smithy's way of naming a shape in messages: `(structure: \`ns#Foo\`)`. */
export function describeShape(subject: Subject): string {
  return `(${isMember(subject) ? 'member' : subject.type}: \`${subject.id}\`)`;
}
