/**
 * @module The hand-written behaviour of every operation the sandbox serves, by operation name
 * (the same handler serves every version; it asks `call.major` where versions differ).
 */
import { applicationsHandlers } from './applications.js';
import { commercialHandlers } from './commercial.js';
import type { OperationBehaviour } from './types.js';
import { usersHandlers } from './users.js';

export const OPERATION_HANDLERS: Readonly<Record<string, OperationBehaviour>> = {
  ...commercialHandlers,
  ...applicationsHandlers,
  ...usersHandlers,
};
