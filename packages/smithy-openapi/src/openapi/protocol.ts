/**
 * @module What a protocol contributes to the conversion: its defaults, and for each operation the
 * HTTP method, path and OpenAPI operation (or nothing, when the protocol cannot carry it).
 */
import type { OperationShape, ShapeId } from '@platform/smithy';
import type { ResolvedSettings } from '../settings.js';
import type { ConversionContext } from './context.js';
import type { OperationObject } from './openapi-objects.js';

export interface ConvertedOperation {
  readonly method: string;
  readonly path: string;
  readonly operation: OperationObject;
}

export interface OpenApiProtocol {
  /** The protocol trait this converts (e.g. `aws.protocols#restJson1`). */
  readonly traitId: ShapeId;
  /** Adjusts settings the way upstream's `updateDefaultSettings` does. */
  applyDefaults(settings: ResolvedSettings): void;
  createOperation(
    ctx: ConversionContext,
    operation: OperationShape,
  ): ConvertedOperation | undefined;
}
