/**
 * @module config/environments
 *
 * The shape of the environment table. The table itself is data from the model's
 * `@environments` trait: generated code passes it in through the service descriptor, so the
 * runtime holds no host names of its own.
 */

/** One environment of a service: where API calls and token requests go. */
export interface EnvironmentPreset {
  /** Name offered as the `environment` option, e.g. `sandbox`. */
  readonly name: string;
  /** API base URL; operation paths are appended to it. */
  readonly baseUrl: string;
  /** Absolute URL of the OAuth token endpoint. */
  readonly tokenUrl: string;
  /** One line for people. */
  readonly description?: string;
}

/** The environments of a service, in model order; the first is production. */
export type EnvironmentTable = readonly EnvironmentPreset[];
