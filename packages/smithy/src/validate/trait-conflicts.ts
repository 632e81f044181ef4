/**
 * @module `TraitConflict`: traits whose definitions list each other in `conflicts` (for example
 * `@httpHeader` and `@httpPayload`) cannot be applied to the same shape or member.
 */
import type { SemanticModel, ValidationEvent } from '../model/shapes.js';
import type { Subject } from './event.js';
import { errorFor } from './event.js';
import { isMember } from '../model/members.js';
import { appliedTraits, traitDefinition, traitName } from './trait-definitions.js';

const ID = 'TraitConflict';

export function validateTraitConflicts(model: SemanticModel): ValidationEvent[] {
  const conflictsBySubject = new Map<Subject, string[]>();
  for (const [traitId, subjects] of appliedTraits(model)) {
    const definition = traitDefinition(model, traitId);
    if (!definition || definition.conflicts.length === 0) continue;
    for (const subject of subjects) {
      for (const conflict of definition.conflicts) {
        if (subject.traits[conflict] === undefined) continue;
        const lines = conflictsBySubject.get(subject) ?? [];
        lines.push(`\`${traitName(traitId)}\` conflicts with \`${traitName(conflict)}\``);
        conflictsBySubject.set(subject, lines);
      }
    }
  }
  return [...conflictsBySubject].map(([subject, lines]) =>
    errorFor(
      subject,
      ID,
      `Found conflicting traits on ${isMember(subject) ? 'member' : subject.type} shape: ${lines.sort().join(', ')}`,
      'Keep only one of the conflicting traits on this shape.',
    ),
  );
}
