/**
 * @module cli.test
 *
 * `npm run portal`'s command line, run as a process: `--help` prints the usage and exits 0 (it
 * threw node:util's TypeError before), a malformed command line says what is wrong, prints the
 * usage and exits 2. Neither builds the portal.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

async function runCli(
  args: readonly string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

describe('npm run portal', () => {
  it('--help prints the usage and exits 0', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run portal -- \[options\]/);
    expect(stdout).toContain('--serve');
  }, 60_000);

  it('an unknown option exits 2 naming it, with the usage', async () => {
    const { code, stdout, stderr } = await runCli(['--colour']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^portal: Unknown option '--colour'/);
    expect(stderr).toContain('Usage: npm run portal -- [options]');
  }, 60_000);
});
