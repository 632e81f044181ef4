// @platform/codegen generated code: do not edit. Change model/ and run `npm run generate`.
import {
  PlatformClient,
  PlatformCommand,
  createErrorRegistry,
  defineOperation,
  type CallOptions,
  type ClientInternals,
  type CommandOutput,
  type PlatformClientOptions,
  type ServiceDescriptor,
  paginate,
  paginateItems,
  type PaginationConfiguration,
} from '../../runtime/index.js';
import { SDK_VERSION } from '../../sdk-version.js';
import { ENVIRONMENTS, type Environment } from './environments.js';
import { ApiVersionRetiredError, ForbiddenError, GoneError, InternalError, NotFoundError, RateLimitedError, ServiceUnavailableError, UnauthorizedError, ValidationError } from './errors.js';
import type { DeleteUserInput, DeleteUserOutput, GetUserInput, GetUserOutput, ListUsersInput, ListUsersOutput, User } from './models.js';

/** How DeleteUser is sent: `DELETE /v1/users/{userId}`. */
export const DeleteUserOperation = /* @__PURE__ */ defineOperation({
  name: 'DeleteUser',
  method: 'DELETE',
  path: '/v1/users/{userId}',
  kinds: { userId: 'string' },
  required: ['userId'],
  idempotent: true,
  scopes: ['users:write'],
});

/**
 * Deletes a user account. For people only: it is part of the API so that the reference is
 * complete, but an application calling it always gets `ForbiddenError` with reason
 * `human_only`, whatever its scopes. Delete users in the partner portal instead.
 * `DELETE /v1/users/{userId}`.
 * Requires the scopes `users:write`.
 */
export class DeleteUserCommand extends PlatformCommand<DeleteUserInput, DeleteUserOutput> {
  constructor(input: DeleteUserInput) {
    super(DeleteUserOperation, input);
  }
}

/** How GetUser is sent: `GET /v1/users/{userId}`. */
export const GetUserOperation = /* @__PURE__ */ defineOperation({
  name: 'GetUser',
  method: 'GET',
  path: '/v1/users/{userId}',
  kinds: { userId: 'string' },
  required: ['userId'],
  idempotent: true,
  scopes: ['users:read'],
  output: { body: { user: 'user' } },
});

/**
 * Gets one of the partner's users. A deleted user is a `GoneError`.
 * `GET /v1/users/{userId}`.
 * Requires the scopes `users:read`.
 */
export class GetUserCommand extends PlatformCommand<GetUserInput, GetUserOutput> {
  constructor(input: GetUserInput) {
    super(GetUserOperation, input);
  }
}

/** How ListUsers is sent: `GET /v1/users`. */
export const ListUsersOperation = /* @__PURE__ */ defineOperation({
  name: 'ListUsers',
  method: 'GET',
  path: '/v1/users',
  query: { page: 'page', pageSize: 'pageSize', status: 'status' },
  kinds: { page: 'string', pageSize: 'integer', status: 'string' },
  idempotent: true,
  scopes: ['users:read'],
  output: { body: { users: 'users', nextPage: 'nextPage', totalCount: 'totalCount' } },
  pagination: { inputToken: 'page', outputToken: 'nextPage', pageSize: 'pageSize', items: 'users' },
});

/**
 * Lists the partner's users, newest first, a page at a time.
 * `GET /v1/users`.
 * Requires the scopes `users:read`.
 */
export class ListUsersCommand extends PlatformCommand<ListUsersInput, ListUsersOutput> {
  constructor(input: ListUsersInput = {}) {
    super(ListUsersOperation, input);
  }
}

/** What the runtime needs to know about Users v1. */
export const usersService: ServiceDescriptor<Environment> = {
  name: 'Users',
  sdkVersion: SDK_VERSION,
  successorMajor: 2,
  environments: ENVIRONMENTS,
  errors: /* @__PURE__ */ createErrorRegistry([ApiVersionRetiredError, ForbiddenError, GoneError, InternalError, NotFoundError, RateLimitedError, ServiceUnavailableError, UnauthorizedError, ValidationError]),
  sensitiveMembers: ['displayName', 'email'],
};

/**
 * The partner's user accounts: the people who sign in to the partner portal. Applications can
 * read them; changing them is reserved for people.
 *
 * Version 1 is deprecated since 2026-06-01 and answers until 2027-12-01; move to version 2.
 *
 * The bare client: send any Users command with `send`. Only the commands you import are bundled.
 */
export class UsersClient extends PlatformClient<Environment> {
  constructor(options?: PlatformClientOptions<Environment>, internals?: ClientInternals) {
    super(usersService, options, internals);
  }
}

/** The aggregated Users client: one method per operation. */
export class Users extends UsersClient {
  /**
   * Deletes a user account. For people only: it is part of the API so that the reference is
   * complete, but an application calling it always gets `ForbiddenError` with reason
   * `human_only`, whatever its scopes. Delete users in the partner portal instead.
   * `DELETE /v1/users/{userId}`.
   * Requires the scopes `users:write`.
   */
  deleteUser(input: DeleteUserInput, options?: CallOptions): Promise<CommandOutput<DeleteUserOutput>> {
    return this.send(new DeleteUserCommand(input), options);
  }

  /**
   * Gets one of the partner's users. A deleted user is a `GoneError`.
   * `GET /v1/users/{userId}`.
   * Requires the scopes `users:read`.
   */
  getUser(input: GetUserInput, options?: CallOptions): Promise<CommandOutput<GetUserOutput>> {
    return this.send(new GetUserCommand(input), options);
  }

  /**
   * Lists the partner's users, newest first, a page at a time.
   * `GET /v1/users`.
   * Requires the scopes `users:read`.
   */
  listUsers(input: ListUsersInput = {}, options?: CallOptions): Promise<CommandOutput<ListUsersOutput>> {
    return this.send(new ListUsersCommand(input), options);
  }
}

/** Every page of ListUsers, following `nextPage` until the last page. */
export function paginateListUsers(config: PaginationConfiguration, input: ListUsersInput = {}): AsyncGenerator<CommandOutput<ListUsersOutput>, undefined, undefined> {
  return paginate(config, input, ListUsersCommand);
}

/** Every item (`users`) of every page of ListUsers. */
export function paginateListUsersItems(config: PaginationConfiguration, input: ListUsersInput = {}): AsyncGenerator<User, undefined, undefined> {
  return paginateItems<ListUsersInput, ListUsersOutput, User>(config, input, ListUsersCommand);
}
