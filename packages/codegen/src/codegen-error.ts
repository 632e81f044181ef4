/**
 * @module codegen-error
 *
 * The one error generation fails with: a model construct the generator cannot express, named
 * with its shape id and source location, so the fix is in the model (or the generator), never a
 * silently skipped output.
 */
import type { SourceLocation } from '@platform/smithy';

export class CodegenError extends Error {
  override readonly name = 'CodegenError';

  constructor(
    message: string,
    readonly shapeId?: string,
    readonly location?: SourceLocation,
  ) {
    const where = location ? `${location.filename}:${location.line}:${location.column}: ` : '';
    super(`${where}${shapeId ? `${shapeId}: ` : ''}${message}`);
  }
}
