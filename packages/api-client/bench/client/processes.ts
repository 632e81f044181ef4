/**
 * @module bench/client/processes
 *
 * Starting the benches' processes: the loopback bench server (`server.ts`), and commands pinned
 * to one core where `taskset` exists, so the client and the server never share a core.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const hasTaskset = spawnSync('taskset', ['-V']).status === 0;

/** `command` as `[file, args]`, pinned to `core` where `taskset` exists. */
export function pinned(core: number | undefined, command: readonly string[]): [string, string[]] {
  return hasTaskset && core !== undefined
    ? ['taskset', ['-c', String(core), ...command]]
    : [command[0] as string, command.slice(1)];
}

/** Starts the bench server (on `core`, if given) and resolves once it listens. */
export async function startBenchServer(
  core?: number,
): Promise<{ child: ChildProcess; baseUrl: string }> {
  const [file, args] = pinned(core, [
    process.execPath,
    '--import',
    'tsx',
    join(import.meta.dirname, 'server.ts'),
  ]);
  const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (data: Buffer) => resolve(Number(String(data).trim())));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${String(code)}`)));
  });
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}
