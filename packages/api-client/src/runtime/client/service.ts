/**
 * @module client/service
 *
 * What generated code tells the runtime about one service of one API version: its name, SDK
 * version, environments, modeled errors and sensitive members. All of it comes
 * from the model; the runtime has no service knowledge of its own.
 */
import type { EnvironmentPreset } from '../config/environments.js';
import type { ErrorRegistry } from '../errors/service-error.js';
import type { ApiVersionLabel } from './api-version.js';

/**
 * One service of one API version, as generated from the model.
 * @internal
 */
export interface ServiceDescriptor<
  Env extends string = string,
  Version extends ApiVersionLabel = ApiVersionLabel,
> {
  /** Service shape name, e.g. `Commercial`. */
  readonly name: string;
  /** The API version (`@lifecycle` major) the service belongs to, e.g. `v2`. */
  readonly apiVersion: Version;
  /** SDK package version, sent in the user agent, e.g. `2.0.0`. */
  readonly sdkVersion: string;
  /** SDK major of the successor API version (`@lifecycle` successor), for a retired version. */
  readonly successorMajor?: number;
  /** `@environments`, in model order (the first is production). */
  readonly environments: readonly (EnvironmentPreset & { readonly name: Env })[];
  /** Modeled error classes by wire code (`createErrorRegistry`). */
  readonly errors: ErrorRegistry;
  /** JSON property names marked `@sensitive`, redacted in debug logs. */
  readonly sensitiveMembers?: readonly string[];
}

/**
 * Wire code of the model's version-retired error: a 410 with it is `ApiVersionGoneError`.
 * @internal
 */
export const VERSION_RETIRED_ERROR_CODE = 'ApiVersionRetiredError';

/**
 * The user agent of the SDK: `platform-api-client/<SDK version> api/<API version>`. Both SDK lines
 * carry both API versions (`2.x` has `/v1` too), so the SDK version alone does not say which API
 * a call was made for.
 */
export function userAgent(service: Pick<ServiceDescriptor, 'sdkVersion' | 'apiVersion'>): string {
  return `platform-api-client/${service.sdkVersion} api/${service.apiVersion}`;
}
