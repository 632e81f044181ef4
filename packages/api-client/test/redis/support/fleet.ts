/**
 * @module test/redis/support/fleet
 *
 * A fleet of real Node processes (`fleet-member.ts`), started and driven by a test: the member
 * program is bundled once with esbuild from the SDK sources (so nothing needs building first and
 * each member starts in a fraction of a second), then forked with its configuration; the test
 * sends bursts and reads back what each member saw.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import type { BurstDone, FleetMemberConfig, MemberMessage } from './fleet-protocol.js';

const REPO_ROOT = join(import.meta.dirname, '../../../../..');

/**
 * Bundles the member program into the repository's `.tmp/` (dependencies such as `redis` stay
 * imports, resolved from the repository's `node_modules`). Returns the bundle's path.
 */
export async function bundleFleetMember(): Promise<string> {
  mkdirSync(join(REPO_ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(REPO_ROOT, '.tmp', 'fleet-'));
  const outfile = join(dir, 'fleet-member.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'fleet-member.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

/** Removes what {@link bundleFleetMember} wrote. */
export function removeFleetBundle(bundle: string): void {
  rmSync(dirname(bundle), { recursive: true, force: true });
}

/** One process of the fleet. */
export class FleetMember {
  readonly #child: ChildProcess;
  readonly #inbox: MemberMessage[] = [];
  #waiting: (() => void) | undefined;

  constructor(child: ChildProcess) {
    this.#child = child;
    child.on('message', (message: MemberMessage) => {
      this.#inbox.push(message);
      this.#waiting?.();
    });
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** The next message of `type` (earlier ones of other types stay in the inbox). */
  async next<T extends MemberMessage['type']>(
    type: T,
    timeoutMs = 45_000,
  ): Promise<Extract<MemberMessage, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.#inbox.findIndex((m) => m.type === type);
      if (index >= 0) {
        return this.#inbox.splice(index, 1)[0] as Extract<MemberMessage, { type: T }>;
      }
      if (this.#child.exitCode !== null || this.#child.signalCode !== null) {
        throw new Error(
          `fleet member ${String(this.pid)} exited (${this.#child.exitCode ?? this.#child.signalCode})`,
        );
      }
      if (Date.now() > deadline) throw new Error(`fleet member sent no ${type} in ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.#waiting = resolve;
        setTimeout(resolve, 50);
      });
    }
  }

  /** Messages of `type` received so far, removed from the inbox. */
  take<T extends MemberMessage['type']>(type: T): Extract<MemberMessage, { type: T }>[] {
    const taken = this.#inbox.filter((m) => m.type === type);
    this.#inbox.splice(0, this.#inbox.length, ...this.#inbox.filter((m) => m.type !== type));
    return taken as Extract<MemberMessage, { type: T }>[];
  }

  /** `calls` concurrent API calls; resolves with what the member saw. */
  burst(calls: number): Promise<BurstDone> {
    this.#child.send({ type: 'burst', calls });
    return this.next('burst-done');
  }

  /** Resolves once the member's Redis client is connected (after an outage). */
  redisReady(): Promise<void> {
    this.#child.send({ type: 'redis-ready' });
    return this.next('redis-ready').then(() => undefined);
  }

  /** Kills the process at once (SIGKILL: no cleanup, as a crash or an OOM kill). */
  kill(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.#child.once('exit', () => resolve());
      this.#child.kill('SIGKILL');
    });
  }
}

/** Starts one member per config and waits until each is ready (connected to Redis). */
export async function startFleet(
  bundle: string,
  configs: readonly FleetMemberConfig[],
): Promise<{ members: FleetMember[]; ports: (number | undefined)[] }> {
  const members = configs.map(
    (config) =>
      new FleetMember(
        fork(bundle, [], {
          env: { PATH: process.env['PATH'], FLEET_MEMBER: JSON.stringify(config) },
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        }),
      ),
  );
  const ready = await Promise.all(members.map((m) => m.next('ready', 30_000)));
  return { members, ports: ready.map((r) => r.port) };
}

/** Stops every member. */
export async function stopFleet(members: readonly FleetMember[]): Promise<void> {
  await Promise.all(members.map((m) => m.kill()));
}
