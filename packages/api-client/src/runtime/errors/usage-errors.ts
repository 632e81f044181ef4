/**
 * @module errors/usage-errors
 *
 * Mistakes in how the SDK is called, reported before anything is sent: a bad client option, an
 * input that cannot be serialized safely, or a command given to a client of another API version.
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

/**
 * A client was given a command of another API version (a v2 command to a v1 client, say); nothing
 * was sent. The types prevent this unless a cast or plain JavaScript got around them.
 */
export class ApiVersionMismatchError extends PlatformError {
  static override readonly brand: string = 'ApiVersionMismatchError';
  declare readonly code: 'ApiVersionMismatchError';
  /** The API version of the client, e.g. `v1`. */
  readonly clientApiVersion: string;
  /** The API version of the command it was given, e.g. `v2`. */
  readonly commandApiVersion: string;

  constructor(
    service: string,
    clientApiVersion: string,
    operation: string,
    commandApiVersion: string,
  ) {
    super(
      'ApiVersionMismatchError',
      `${service}Client of API ${clientApiVersion} cannot send ${operation}Command of API ${commandApiVersion}: ` +
        `import the command from @platform/api-client/${clientApiVersion}, or use a client from @platform/api-client/${commandApiVersion}.`,
    );
    this.clientApiVersion = clientApiVersion;
    this.commandApiVersion = commandApiVersion;
  }
}

export const isApiVersionMismatchError = errorGuard<ApiVersionMismatchError>(
  ApiVersionMismatchError.brand,
);
export const isConfigurationError = errorGuard<ConfigurationError>(ConfigurationError.brand);
export const isInvalidInputError = errorGuard<InvalidInputError>(InvalidInputError.brand);
