/**
 * @module A Verdaccio registry on loopback for one test: storage in a temp folder, no uplink
 * (nothing ever comes from the public registry), one user whose token lives only in that
 * folder. Verdaccio 5 cannot report the port it bound to, so a free port is picked first.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface LocalRegistry {
  /** `http://127.0.0.1:<port>/`. */
  readonly url: string;
  /** A publish token of the registry's only user. */
  readonly token: string;
  /** The `.npmrc` line that gives npm that token for this registry. */
  readonly authLine: string;
  /** Verdaccio's output so far, for failure messages. */
  log(): string;
  close(): Promise<void>;
}

const START_TIMEOUT_MS = 30_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPing(url: string, child: ChildProcess, output: string[]): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited:\n${output.join('')}`);
    const up = await fetch(`${url}-/ping`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    if (Date.now() - started > START_TIMEOUT_MS) {
      throw new Error(`verdaccio did not answer ${url}-/ping within 30 s:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Starts Verdaccio (`bin`) with its files under `dir`. */
export async function startRegistry(bin: string, dir: string): Promise<LocalRegistry> {
  await mkdir(dir, { recursive: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const config = join(dir, 'verdaccio.yaml');
  await writeFile(
    config,
    [
      `storage: ${JSON.stringify(join(dir, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $authenticated',
      // typescript's tarball, base64 in a publish request, is over the default 10 MB.
      'max_body_size: 200mb',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  const child = spawn(bin, ['--config', config, '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const close = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  try {
    await waitForPing(url, child, output);
    const password = `pw-${Math.random().toString(36).slice(2)}`;
    const addUser = (): Promise<Response> =>
      fetch(`${url}-/user/org.couchdb.user:release-ci`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'release-ci', password }),
      });
    // Verdaccio may close the kept-alive connection of the last ping just as it is reused.
    const login = await addUser().catch(addUser);
    const { token } = (await login.json()) as { token?: string };
    if (!login.ok || token === undefined) {
      throw new Error(`verdaccio refused to add a user (${login.status})`);
    }
    return {
      url,
      token,
      authLine: `//127.0.0.1:${port}/:_authToken=${token}`,
      log: () => output.join(''),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
