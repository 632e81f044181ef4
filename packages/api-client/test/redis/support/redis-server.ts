/**
 * @module test/redis/support/redis-server
 *
 * A real `redis-server` (Debian's, installed by `scripts/setup-system.sh`) for the fleet tests:
 * on a free loopback port, in a temporary directory, with persistence off, stopped and started
 * again on the same port to play an outage. Absent, it fails loudly: CI always has it, so a
 * skip would only hide a broken machine.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** Stops the server (its data is gone: nothing is persisted). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /** Stops it for good and removes its directory. */
  close(): Promise<void>;
}

const BINARY = 'redis-server';

/** Fails with the fix when the binary is missing. */
function requireBinary(): void {
  const probe = spawnSync(BINARY, ['--version'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      `${BINARY} is not installed (or does not run): run scripts/setup-system.sh, which installs Debian's redis-server. ${probe.error?.message ?? probe.stderr}`,
    );
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Whether a Redis answers PING on `port`. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(1000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(String(data).startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

function launch(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    BINARY,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--loglevel',
      'warning',
      // DEBUG SLEEP plays a Redis that stops answering for a while.
      '--enable-debug-command',
      'local',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server did not start on port ${port}: ${output}`));
    }, 10_000);
    const poll = setInterval(() => {
      void ping(port).then((up) => {
        if (!up || child.exitCode !== null) return;
        clearInterval(poll);
        clearTimeout(deadline);
        resolve(child);
      });
    }, 20);
    child.stdout?.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.stderr?.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(deadline);
      reject(new Error(`redis-server exited with ${String(code)}: ${output}`));
    });
  });
}

function terminate(child: ChildProcess | undefined): Promise<void> {
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Starts a private redis-server; see the module documentation. */
export async function startRedisServer(): Promise<RedisServer> {
  requireBinary();
  const dir = mkdtempSync(join(tmpdir(), 'platform-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined = await launch(port, dir);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      await terminate(child);
      child = undefined;
    },
    async start() {
      if (child === undefined) child = await launch(port, dir);
    },
    async close() {
      await terminate(child);
      child = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
