import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/platform-sandbox.mjs', import.meta.url));

describe('platform-sandbox CLI', () => {
  it('--port 0 --json prints one line with the URLs and demo credentials, serves, stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, '--port', '0', '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const lines = createInterface({ input: child.stdout });
      const [line] = (await once(lines, 'line')) as [string];
      const printed = JSON.parse(line) as {
        baseUrl: string;
        tokenUrl: string;
        clients: { clientId: string; clientSecret: string; scopes: string[] }[];
      };
      expect(Object.keys(printed)).toEqual(['baseUrl', 'tokenUrl', 'clients']);
      expect(printed.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(printed.tokenUrl).toBe(`${printed.baseUrl}/oauth/token`);
      const client = printed.clients[0]!;
      expect(Object.keys(client)).toEqual(['clientId', 'clientSecret', 'scopes']);
      const token = await fetch(printed.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: client.clientId,
          client_secret: client.clientSecret,
        }),
      });
      expect(token.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  }, 60_000);

  it('a bad option exits 2 with the usage', async () => {
    const child = spawn(process.execPath, [BIN, '--colour'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option '--colour'/);
    expect(stderr).toMatch(/Usage: platform-sandbox/);
  }, 60_000);
});
