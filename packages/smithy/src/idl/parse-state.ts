/**
 * @module What the statement parser (`parser.ts`) shares with the parsers of shape bodies
 * (`shape-body.ts`, `property-block.ts`): the mutable parse state they all advance, and the
 * warning for documentation comments attached to nothing, which each of them can meet. Kept apart
 * so that the body parsers depend on this contract, not on the statement parser that calls them.
 */
import type { SourceLocation, ValidationEvent } from '../model/shapes.js';
import type { IdlVersion, ShapeDecl, TraitDecl } from '../loader/fragment.js';
import type { TokenCursor } from './cursor.js';
import type { NodeParser } from './node-parser.js';
import { warningEvent } from '../events.js';

/** Mutable state shared with the shape-body parsers. */
export interface ParseState {
  docsAndTraits(member: boolean): TraitDecl[];
  readonly cursor: TokenCursor;
  readonly nodes: NodeParser;
  readonly filename: string;
  version: IdlVersion;
  namespace: string;
  inputSuffix: string;
  outputSuffix: string;
  readonly shapes: ShapeDecl[];
  readonly events: ValidationEvent[];
  /** Reports a version or semantic problem found while parsing; parsing continues. */
  report(message: string, location: SourceLocation, hint: string, shapeId?: string): void;
}

export function danglingDocsEvent(location: SourceLocation, text: string): ValidationEvent {
  return warningEvent(
    'Model.BadDocumentationComment',
    "Found documentation comments ('///') attached to nothing. Documentation comments must " +
      'appear on their own lines, directly before shapes and members, and before any traits.' +
      ` The invalid comments were: ${text}`,
    location,
    'Move the `///` comment directly above the shape or member it documents (before its traits), or make it a `//` comment.',
  );
}
