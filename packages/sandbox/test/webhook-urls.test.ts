import { describe, expect, it } from 'vitest';
import { call, tokenFor, useSandbox } from './helpers.js';

const sandbox = useSandbox({ rateLimit: null });

function register(url: string) {
  return tokenFor(sandbox.current).then((token) =>
    call(sandbox.current, token, 'POST', '/v2/application/webhook-endpoints', {
      url,
      eventTypes: ['order.created'],
    }),
  );
}

describe('webhook endpoint URLs', () => {
  it.each([
    ['https://hooks.example.com:99999/platform', /port 99999; a port is 1 to 65535/],
    ['http://127.0.0.1:99999/hooks', /port 99999/],
    ['https://hooks.example.com:0/platform', /port 0/],
    ['https://partner:hunter2@hooks.example.com/platform', /credentials/],
    ['https://169.254.169.254/latest/meta-data/', /link-local/],
    ['https://2852039166/latest/meta-data/', /link-local/],
    ['https://[::ffff:169.254.169.254]/latest/', /link-local/],
    ['https://[fe80::1]/hooks', /link-local/],
    ['https://metadata.google.internal/computeMetadata/v1/', /metadata service/],
    ['https://METADATA.google.internal./computeMetadata/v1/', /metadata service/],
    ['https://10.0.0.5/hooks', /private network address/],
    ['https://172.16.1.1/hooks', /private network address/],
    ['https://192.168.1.20/hooks', /private network address/],
    ['https://[fd00::1]/hooks', /private network address/],
    ['https://0.0.0.0/hooks', /unspecified/],
    ['https://intranet/hooks', /private network resolves/],
    ['https://printer.local/hooks', /private network resolves/],
  ])('%s is refused with a ValidationError naming url', async (url, reason) => {
    const answer = await register(url);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('ValidationError');
    expect(answer.body['fieldErrors']).toEqual([
      { path: '/url', message: expect.stringMatching(reason) as string },
    ]);
    expect(JSON.stringify(answer.body)).not.toContain('hunter2');
  });

  it.each([
    'http://127.0.0.1:8080/hooks',
    'http://localhost:8080/hooks',
    'http://[::1]:8080/hooks',
    'https://hooks.example.com/platform',
    'https://hooks.example.com:8443/platform',
    'https://8.8.8.8/hooks',
  ])('%s is accepted', async (url) => {
    const answer = await register(url);
    expect(answer.status).toBe(201);
  });
});
