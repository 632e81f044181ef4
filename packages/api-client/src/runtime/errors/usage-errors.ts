/**
 * @module errors/usage-errors
 *
 * Mistakes in how the SDK is called, reported before anything is sent: a bad client option, or
 * an input that cannot be serialized safely.
 */
import { PlatformError, errorGuard } from './platform-error.js';

/** A client option is missing or malformed; thrown by the client constructor. */
export class ConfigurationError extends PlatformError {
  static override readonly brand: string = 'ConfigurationError';
  declare readonly code: 'ConfigurationError';
  /** The option at fault, e.g. `clientSecret`. */
  readonly option: string;

  constructor(option: string, message: string) {
    super('ConfigurationError', `${option}: ${message}`);
    this.option = option;
  }
}

/** An input member is missing or has a value that cannot be sent; nothing was sent. */
export class InvalidInputError extends PlatformError {
  static override readonly brand: string = 'InvalidInputError';
  declare readonly code: 'InvalidInputError';
  /** The input member at fault. */
  readonly member: string;

  constructor(operation: string, member: string, problem: string) {
    super('InvalidInputError', `${operation}: input member "${member}" ${problem}`);
    this.member = member;
  }
}

export const isConfigurationError = errorGuard<ConfigurationError>(ConfigurationError.brand);
export const isInvalidInputError = errorGuard<InvalidInputError>(InvalidInputError.brand);
