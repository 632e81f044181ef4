/**
 * @module test/redis/support/fleet-protocol
 *
 * What the test process and its fleet members say to each other over IPC.
 */

export interface FleetMemberConfig {
  readonly role: 'client' | 'webhooks';
  readonly redisUrl: string;
  readonly baseUrl: string;
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly webhookSecret: string;
  /** Where a client member keeps its token: the fleet's Redis, or only its own memory. */
  readonly tokenCache: 'redis' | 'memory';
  /** Time allowed per Redis command (`commandTimeoutMs`). */
  readonly commandTimeoutMs: number;
  /** A webhook member whose handler always throws. */
  readonly failing: boolean;
}

export type ParentMessage =
  | { readonly type: 'burst'; readonly calls: number }
  /** Answered with `redis-ready` once the member's Redis client is connected again. */
  | { readonly type: 'redis-ready' };

export interface BurstDone {
  readonly type: 'burst-done';
  readonly ok: number;
  /** Error code → how many calls failed with it. */
  readonly failures: Record<string, number>;
  /** Every bearer token this member has sent so far. */
  readonly tokensSent: string[];
  /** Every warning and notice the SDK logged so far. */
  readonly warnings: string[];
  readonly notices: string[];
}

export type MemberMessage =
  | { readonly type: 'ready'; readonly port?: number }
  | { readonly type: 'redis-ready' }
  | BurstDone
  | {
      readonly type: 'handled';
      readonly id: string;
      readonly eventType: string;
      readonly failed: boolean;
    };
