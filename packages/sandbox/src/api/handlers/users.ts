/**
 * @module Users: read-only for applications. Deleting a user is for people signed in to the
 * portal, so an application's attempt is a 403 `human_only` whatever its scopes.
 */
import type { UserRecord, UserStatus } from '../../state/users.js';
import { dateOf, timeKey } from './types.js';
import type { OperationBehaviour, Output } from './types.js';

function userView(user: UserRecord): Output {
  return {
    userId: user.id,
    partnerId: user.partnerId,
    email: user.email,
    displayName: user.displayName,
    status: user.status,
    createdAt: new Date(user.createdAt),
    lastSignedInAt: dateOf(user.lastSignedInAt),
  };
}

export const usersHandlers: Readonly<Record<string, OperationBehaviour>> = {
  GetUser: {
    handle: (call) => ({
      user: userView(call.domain.users.get(call.caller.partnerId, String(call.input['userId']))),
    }),
  },
  ListUsers: {
    handle(call) {
      const status = call.input['status'] as UserStatus | undefined;
      const users = call.domain.users.list(call.caller.partnerId, status);
      const page = call.page(users, (u) => timeKey(u.createdAt, u.id), 'ascending', { status });
      return call.pageOutput(page, userView);
    },
  },
  DeleteUser: {
    humanOnly: 'Deleting a user is reserved for people signed in to the partner portal.',
  },
};
