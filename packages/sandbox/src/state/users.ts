/**
 * @module Users of each partner (people with portal accounts). Applications may read them;
 * deleted users answer `GoneError`; another partner's users read as missing.
 */
import { ApiError, notFound } from '../api-error.js';
import { toRfc3339 } from '../http/rfc3339.js';

export type UserStatus = 'invited' | 'active' | 'suspended';

export interface UserRecord {
  readonly id: string;
  readonly partnerId: string;
  readonly email: string;
  readonly displayName: string;
  readonly status: UserStatus;
  readonly createdAt: number;
  readonly lastSignedInAt?: number;
  readonly deletedAt?: number;
}

export class UserStore {
  readonly #byId = new Map<string, UserRecord>();

  insert(user: UserRecord): void {
    this.#byId.set(user.id, user);
  }

  get(partnerId: string, userId: string): UserRecord {
    const user = this.#byId.get(userId);
    if (!user || user.partnerId !== partnerId) {
      throw notFound(`No user ${userId}.`, { type: 'user', id: userId });
    }
    if (user.deletedAt !== undefined) {
      throw new ApiError('gone', `User ${userId} was deleted.`, {
        resourceType: 'user',
        resourceId: userId,
        deletedAt: toRfc3339(user.deletedAt),
      });
    }
    return user;
  }

  /** The partner's users that are not deleted, oldest first. */
  list(partnerId: string, status?: UserStatus): UserRecord[] {
    return [...this.#byId.values()]
      .filter(
        (user) =>
          user.partnerId === partnerId &&
          user.deletedAt === undefined &&
          (status === undefined || user.status === status),
      )
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }
}
