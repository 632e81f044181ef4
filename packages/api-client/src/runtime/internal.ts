/**
 * @module runtime/internal
 *
 * The generator-facing entry of the runtime: the building blocks generated clients, commands,
 * errors and paginators are made of, and the knobs the SDK's own tests turn. Generated code
 * imports it by relative path; it is not in the package's `exports` map and version entries do
 * not re-export it, so none of it is partner API (not in the API snapshot, not in the SDK
 * reference) and it may change in any release. What partners use is in `index.ts`.
 *
 * @internal
 */
export {
  BACKGROUND_REFRESH_MIN_MARGIN_MS,
  BACKGROUND_REFRESH_RETRY_DELAY_MS,
  BLOCKING_REFRESH_MAX_MARGIN_MS,
} from './credentials/refresh-schedule.js';

export { errorGuard } from './errors/platform-error.js';
export {
  createErrorRegistry,
  type ErrorRegistry,
  type ServiceErrorClass,
} from './errors/service-error.js';

export {
  defineOperation,
  type HttpMethod as OperationHttpMethod,
  type MemberBindings,
  type MemberKind,
  type Operation,
  type PathParts,
  type OperationSpec,
  type OutputBindings,
  type PaginationSpec,
  type ScalarKind,
} from './client/operation.js';
export { VERSION_RETIRED_ERROR_CODE, type ServiceDescriptor } from './client/service.js';
export type { ClientInternals } from './client/platform-client.js';
export { paginate, paginateItems, type CommandClass } from './client/paginate.js';
export type { Clock } from './http/clock.js';
