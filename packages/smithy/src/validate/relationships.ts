/**
 * @module The directed edges between shapes, named as Smithy names its relationship types
 * (`MEMBER_TARGET`, `INPUT`, `RESOURCE`, ...). The target validator checks each edge; the selector
 * engine walks them for `>`, `-[rel]->` and `~>`.
 */
import type { SemanticModel, ShapeId } from '../model/shapes.js';
import type { Subject } from './event.js';
import { isMember } from '../model/members.js';

export type RelationshipType =
  | 'MEMBER'
  | 'MEMBER_TARGET'
  | 'MIXIN'
  | 'INPUT'
  | 'OUTPUT'
  | 'ERROR'
  | 'OPERATION'
  | 'RESOURCE'
  | 'IDENTIFIER'
  | 'PROPERTY'
  | 'CREATE'
  | 'PUT'
  | 'READ'
  | 'UPDATE'
  | 'DELETE'
  | 'LIST'
  | 'COLLECTION_OPERATION'
  | 'INSTANCE_OPERATION';

/** One directed edge. `neighborId` may name a shape that does not exist (checked by `Target`). */
export interface Relationship {
  readonly type: RelationshipType;
  readonly neighborId: ShapeId;
  /** For member edges, the key/value/member role: `MAP_KEY` checks differ from other members. */
  readonly memberRole?: 'key' | 'value' | 'member';
}

/** Every outgoing edge of `subject`, in a stable order. */
export function relationshipsOf(subject: Subject): Relationship[] {
  if (isMember(subject)) return [{ type: 'MEMBER_TARGET', neighborId: subject.target }];
  const out: Relationship[] = subject.mixins.map((id) => ({ type: 'MIXIN', neighborId: id }));
  const add = (type: RelationshipType, id: ShapeId | undefined): void => {
    if (id !== undefined) out.push({ type, neighborId: id });
  };
  switch (subject.type) {
    case 'list':
    case 'set':
      out.push({ type: 'MEMBER', neighborId: subject.member.id, memberRole: 'member' });
      break;
    case 'map':
      out.push({ type: 'MEMBER', neighborId: subject.key.id, memberRole: 'key' });
      out.push({ type: 'MEMBER', neighborId: subject.value.id, memberRole: 'value' });
      break;
    case 'structure':
    case 'union':
    case 'enum':
    case 'intEnum':
      for (const m of subject.members.values()) add('MEMBER', m.id);
      break;
    case 'operation':
      add('INPUT', subject.input);
      add('OUTPUT', subject.output);
      for (const e of subject.errors) add('ERROR', e);
      break;
    case 'service':
      for (const o of subject.operations) add('OPERATION', o);
      for (const r of subject.resources) add('RESOURCE', r);
      for (const e of subject.errors) add('ERROR', e);
      break;
    case 'resource':
      for (const id of Object.values(subject.identifiers)) add('IDENTIFIER', id);
      for (const id of Object.values(subject.properties)) add('PROPERTY', id);
      add('CREATE', subject.create);
      add('PUT', subject.put);
      add('READ', subject.read);
      add('UPDATE', subject.update);
      add('DELETE', subject.delete);
      add('LIST', subject.list);
      for (const o of subject.operations) add('OPERATION', o);
      for (const o of subject.collectionOperations) add('COLLECTION_OPERATION', o);
      for (const r of subject.resources) add('RESOURCE', r);
      break;
    default:
      break;
  }
  return out;
}

/** Looks an id up as a shape or, for `ns#A$b`, as a member. */
export function resolveSubject(model: SemanticModel, id: ShapeId): Subject | undefined {
  return id.includes('$') ? model.getMember(id) : model.getShape(id);
}
