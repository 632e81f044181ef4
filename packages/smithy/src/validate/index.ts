/**
 * @module Entry point of the validators: runs every rule group over a loaded model and returns
 * the events sorted by location, so output is stable whatever order the rules ran in.
 */
import type { SemanticModel, ValidationEvent } from '../model/shapes.js';
import type { ValidationRule } from './event.js';
import { validateExclusiveMembers } from './exclusive-members.js';
import { validateHeadersAndQuery } from './http/headers-query.js';
import { validateHttpLabels } from './http/labels.js';
import { validateHttpPayloads } from './http/payload.js';
import { validateHttpSemantics } from './http/semantics.js';
import { validateUriConflicts } from './http/uri-conflicts.js';
import { validateHttpUris } from './http/uri-rules.js';
import { validateTargets } from './targets.js';
import { validateTraitConflicts } from './trait-conflicts.js';
import { validateTraitTargets } from './trait-targets.js';

/** The rule groups, in the order they run. */
const RULES: readonly (readonly [string, ValidationRule])[] = [
  ['Target', validateTargets],
  ['TraitTarget', validateTraitTargets],
  ['TraitConflict', validateTraitConflicts],
  ['ExclusiveStructureMemberTrait', validateExclusiveMembers],
  ['HttpUriFormat', validateHttpUris],
  ['HttpLabelTrait', validateHttpLabels],
  ['HttpHeaderTrait', validateHeadersAndQuery],
  ['HttpPayload', validateHttpPayloads],
  ['HttpUriConflict', validateUriConflicts],
  ['HttpSemantics', validateHttpSemantics],
];

/** Runs every validator over `model`. Never throws on a bad model: problems become events. */
export function validateModel(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const [name, rule] of RULES) {
    try {
      events.push(...rule(model));
    } catch (cause) {
      // A validator bug must not hide the other rules' findings; report it as an event instead.
      events.push({
        id: 'ValidatorError',
        severity: 'ERROR',
        message: `The ${name} validator failed: ${cause instanceof Error ? cause.message : String(cause)}`,
        hint: 'This is a bug in the validator, not necessarily in the model; please report it.',
      });
    }
  }
  return sortEvents(events);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortEvents(events: readonly ValidationEvent[]): ValidationEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((x, y) => {
      const a = x.event.sourceLocation;
      const b = y.event.sourceLocation;
      return (
        compareText(a?.filename ?? '', b?.filename ?? '') ||
        (a?.line ?? 0) - (b?.line ?? 0) ||
        (a?.column ?? 0) - (b?.column ?? 0) ||
        x.index - y.index
      );
    })
    .map(({ event }) => event);
}
