/**
 * @module The converter's failure and warning types. A model or setting the converter cannot turn
 * into a faithful OpenAPI document raises an `OpenApiConversionError` with a stable `code`, the
 * shape it concerns, where that shape was written, and a hint saying how to fix it.
 */
import type { ShapeId, SourceLocation } from '@platform/smithy';

/** Stable machine codes of conversion failures. */
export type OpenApiErrorCode =
  | 'InvalidSettings'
  | 'ServiceNotFound'
  | 'MissingProtocol'
  | 'AmbiguousProtocol'
  | 'UnknownProtocol'
  | 'UnsupportedProtocol'
  | 'UnsupportedTrait'
  | 'UnsupportedBinding'
  | 'ConflictingBinding'
  | 'ConflictingName'
  | 'ErrorStatusConflict'
  | 'GreedyLabel'
  | 'InvalidTrait'
  | 'InvalidModel';

export interface OpenApiErrorDetails {
  readonly shapeId?: ShapeId;
  readonly location?: SourceLocation;
  /** How to fix the model or the settings. */
  readonly hint?: string;
}

/** A model or setting the converter cannot express as OpenAPI. */
export class OpenApiConversionError extends Error {
  override readonly name = 'OpenApiConversionError';
  readonly shapeId: ShapeId | undefined;
  readonly location: SourceLocation | undefined;
  readonly hint: string | undefined;

  constructor(
    readonly code: OpenApiErrorCode,
    message: string,
    details: OpenApiErrorDetails = {},
  ) {
    super(formatMessage(message, details));
    this.shapeId = details.shapeId;
    this.location = details.location;
    this.hint = details.hint;
  }
}

/** Something upstream smithy-openapi only logs: the document is still produced. */
export interface OpenApiWarning {
  readonly code: string;
  readonly message: string;
  readonly shapeId?: ShapeId;
}

/** True for an `OpenApiConversionError`, also across module copies (checks the name and code). */
export function isOpenApiConversionError(value: unknown): value is OpenApiConversionError {
  return (
    value instanceof OpenApiConversionError ||
    (value instanceof Error &&
      value.name === 'OpenApiConversionError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}

function formatMessage(message: string, details: OpenApiErrorDetails): string {
  const where = details.location
    ? `${details.location.filename}:${details.location.line}:${details.location.column}: `
    : '';
  return `${where}${message}${details.hint ? `\nHint: ${details.hint}` : ''}`;
}
