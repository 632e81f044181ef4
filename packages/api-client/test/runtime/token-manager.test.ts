import { describe, expect, it } from 'vitest';
import type { CachedToken } from '../../src/runtime/index.js';
import { TokenManager, type TokenSource } from '../../src/runtime/credentials/token-manager.js';
import { ManualClock } from './support/clock.js';
import { recordingLogger } from './support/privacy.js';

const LIFETIME = 900_000;

/** A token source whose fetches the test settles one by one. */
class ScriptedSource implements TokenSource {
  readonly fetches: {
    rejected: string | undefined;
    resolve: (token: string) => void;
    reject: (error: Error) => void;
  }[] = [];

  constructor(private readonly clock: ManualClock) {}

  fetch(rejected?: string): Promise<CachedToken> {
    return new Promise((resolve, reject) => {
      this.fetches.push({
        rejected,
        resolve: (accessToken) => {
          const now = this.clock.now();
          resolve({ accessToken, issuedAt: now, expiresAt: now + LIFETIME });
        },
        reject,
      });
    });
  }

  settle(index: number, token: string): void {
    this.fetches[index]?.resolve(token);
  }
}

function setup() {
  const clock = new ManualClock();
  const source = new ScriptedSource(clock);
  const logger = recordingLogger();
  const manager = new TokenManager(source, clock, logger);
  return { clock, source, manager, logger };
}

async function withToken(
  manager: TokenManager,
  source: ScriptedSource,
  token: string,
): Promise<void> {
  const pending = manager.token();
  source.settle(source.fetches.length - 1, token);
  await pending;
}

describe('TokenManager', () => {
  it('makes one fetch for any number of callers on a cold start (single flight)', async () => {
    const { manager, source } = setup();
    const waiting = Array.from({ length: 1000 }, () => manager.token());
    expect(source.fetches).toHaveLength(1);
    source.settle(0, 'A');
    expect(new Set(await Promise.all(waiting))).toEqual(new Set(['A']));
  });

  it('serves a fresh token synchronously without fetching', async () => {
    const { manager, source, clock } = setup();
    await withToken(manager, source, 'A');
    clock.advance(LIFETIME - 225_001);
    expect(manager.token()).toBe('A');
    expect(source.fetches).toHaveLength(1);
  });

  it('in the background tier serves the current token and refreshes once alongside', async () => {
    const { manager, source, clock } = setup();
    await withToken(manager, source, 'A');
    clock.advance(LIFETIME - 225_000);
    const served = Array.from({ length: 100 }, () => manager.token());
    expect(served.every((t) => t === 'A')).toBe(true);
    expect(source.fetches).toHaveLength(2);
    source.settle(1, 'B');
    await Promise.resolve();
    await Promise.resolve();
    expect(manager.token()).toBe('B');
  });

  it('never hands out a token in the blocking tier: callers wait for the one refresh', async () => {
    const { manager, source, clock } = setup();
    await withToken(manager, source, 'A');
    clock.advance(LIFETIME - 30_000);
    const waiting = Array.from({ length: 1000 }, () => manager.token());
    expect(waiting.every((t) => t instanceof Promise)).toBe(true);
    expect(source.fetches).toHaveLength(2);
    source.settle(1, 'B');
    expect(new Set(await Promise.all(waiting))).toEqual(new Set(['B']));
  });

  it('keeps serving after a failed background refresh and waits 5 s before the next try', async () => {
    const { manager, source, clock, logger } = setup();
    await withToken(manager, source, 'A');
    clock.advance(LIFETIME - 200_000);
    expect(manager.token()).toBe('A');
    source.fetches[1]?.reject(new Error('token endpoint down'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(
      logger.lines.some((l) => l.startsWith('warn') && l.includes('token endpoint down')),
    ).toBe(true);
    clock.advance(4_999);
    expect(manager.token()).toBe('A');
    expect(source.fetches).toHaveLength(2);
    clock.advance(1);
    expect(manager.token()).toBe('A');
    expect(source.fetches).toHaveLength(3);
  });

  it('does not remember a failed blocking refresh: the next call tries again', async () => {
    const { manager, source } = setup();
    const first = manager.token() as Promise<string>;
    source.fetches[0]?.reject(new Error('invalid_client'));
    await expect(first).rejects.toThrow('invalid_client');
    const second = manager.token();
    expect(source.fetches).toHaveLength(2);
    source.settle(1, 'A');
    expect(await second).toBe('A');
  });

  it('after a rejection drops the token and fetches a new one, telling the source which was refused', async () => {
    const { manager, source } = setup();
    await withToken(manager, source, 'A');
    const renewed = manager.renew('A');
    expect(source.fetches).toHaveLength(2);
    expect(source.fetches[0]?.rejected).toBeUndefined();
    expect(source.fetches[1]?.rejected).toBe('A');
    source.settle(1, 'B');
    expect(await renewed).toBe('B');
    expect(manager.token()).toBe('B');
  });

  it('joins one refresh for many rejections of the same token', async () => {
    const { manager, source } = setup();
    await withToken(manager, source, 'A');
    const renewed = Array.from({ length: 1000 }, () => manager.renew('A'));
    expect(source.fetches).toHaveLength(2);
    source.settle(1, 'B');
    expect(new Set(await Promise.all(renewed))).toEqual(new Set(['B']));
  });

  it('answers a rejection of an old token with the newer current one', async () => {
    const { manager, source } = setup();
    await withToken(manager, source, 'A');
    const renewed = manager.renew('A');
    source.settle(1, 'B');
    await renewed;
    expect(await manager.renew('A')).toBe('B');
    expect(source.fetches).toHaveLength(2);
  });

  it('does not join a refresh that started before the rejection', async () => {
    const { manager, source, clock } = setup();
    await withToken(manager, source, 'A');
    clock.advance(LIFETIME - 200_000);
    manager.token();
    expect(source.fetches).toHaveLength(2);
    const renewed = manager.renew('A');
    expect(source.fetches).toHaveLength(3);
    source.settle(2, 'C');
    expect(await renewed).toBe('C');
  });

  it('never lets a stale refresh overwrite a newer token', async () => {
    const { manager, source, clock } = setup();
    await withToken(manager, source, 'A');
    clock.advance(LIFETIME - 200_000);
    manager.token();
    const renewed = manager.renew('A');
    source.settle(2, 'NEW');
    await renewed;
    source.settle(1, 'STALE');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(manager.token()).toBe('NEW');
  });

  it('never lets a refresh started before a drop install its token', async () => {
    const { manager, source, clock } = setup();
    await withToken(manager, source, 'A');
    clock.advance(LIFETIME - 200_000);
    manager.token();
    const renewed = manager.renew('A');
    source.settle(1, 'STALE');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(manager.token()).toBeInstanceOf(Promise);
    source.settle(2, 'NEW');
    expect(await renewed).toBe('NEW');
    expect(manager.token()).toBe('NEW');
  });
});
