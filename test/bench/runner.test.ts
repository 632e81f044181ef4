/**
 * @module The judging of `npm run bench` (`scripts/bench.mjs --report <dir>`): recorded results in,
 * summary table and exit code out. Fixtures only — nothing is measured, nothing is timed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const RUNNER = fileURLToPath(new URL('../../scripts/bench.mjs', import.meta.url));

interface Target {
  name: string;
  value: number | null;
  limit: number;
  op: '>=' | '<=';
  pass: boolean;
}

const target = (name: string, value: number | null, op: '>=' | '<=', limit: number): Target => ({
  name,
  value,
  limit,
  op,
  pass: value !== null && (op === '>=' ? value >= limit : value <= limit),
});

const QUIET = [0.2, 0.3, 0.3];
const BUSY = [5.9, 4.1, 3.2];

const client = (targets: Target[]) => ({
  rows: [{ name: 'our client (node:http)', c1: 0.97, c32: 1.02, cpu: 0.41, rssMiB: 88.5 }],
  targets,
  loadavg: QUIET,
});
const webhooks = (targets: Target[]) => ({
  rows: [{ name: 'verifyWebhookSignature', ratio1KiB: 0.97, ratio64KiB: 0.99 }],
  targets,
  loadavg: QUIET,
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes a recorded run (`run.json` plus one file per result) and runs the report on it. */
function report(
  files: Record<string, unknown>,
  { loadavg = QUIET, failed = [] as string[], strict = false } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-runner-'));
  dirs.push(dir);
  const benches = [
    ...Object.keys(files).map((name) => ({ file: `packages/x/bench/${name}.bench.ts`, status: 0 })),
    ...failed.map((name) => ({ file: `packages/x/bench/${name}.bench.ts`, status: 1 })),
  ];
  writeFileSync(join(dir, 'run.json'), JSON.stringify({ loadavg, cores: 2, benches }));
  for (const [name, contents] of Object.entries(files)) {
    writeFileSync(
      join(dir, `${name}.json`),
      typeof contents === 'string' ? contents : JSON.stringify(contents),
    );
  }
  const env = { ...process.env, BENCH_STRICT: strict ? '1' : '' };
  const run = spawnSync(process.execPath, [RUNNER, '--report', dir], { encoding: 'utf8', env });
  return { status: run.status, out: run.stdout + run.stderr };
}

/** The summary line of one target: bench, name, value, limit, verdict, split on the padding. */
const lineOf = (out: string, name: string) =>
  out
    .split('\n')
    .find((line) => line.includes(name) && /pass|missed/i.test(line))
    ?.split(/\s{2,}/);

describe('npm run bench: the summary of targets', () => {
  it('passes a quiet run that meets every target, with one table of all of them', () => {
    const { status, out } = report({
      client: client([target('c1 ×node:http', 0.97, '>=', 0.8), target('import ms', 31, '<=', 40)]),
      webhooks: webhooks([target('verifyWebhookSignature 1 KiB ×floor', 0.97, '>=', 0.95)]),
    });
    expect(status).toBe(0);
    expect(out).toContain('Load average before the run: 0.20 0.30 0.30 (1, 5, 15 min) on 2 cores');
    expect(out).toContain(': quiet.');
    expect(lineOf(out, 'c1 ×node:http')).toEqual([
      'client',
      'c1 ×node:http',
      '0.97',
      '>= 0.8',
      'pass',
    ]);
    expect(lineOf(out, 'import ms')).toEqual(['client', 'import ms', '31', '<= 40', 'pass']);
    expect(lineOf(out, 'verifyWebhookSignature 1 KiB')).toEqual([
      'webhooks',
      'verifyWebhookSignature 1 KiB ×floor',
      '0.97',
      '>= 0.95',
      'pass',
    ]);
    expect(out).toContain('OK: 3 of 3 target(s) met.');
    expect(out).not.toContain('NOT A QUIET RUN');
  });

  it('prints each result’s rows, a column per figure', () => {
    const { out } = report({ client: client([]), webhooks: webhooks([]) });
    const lines = out.split('\n');
    const header = lines[lines.indexOf('## client') + 1]!;
    expect(header.trim().split(/\s+/)).toEqual(['c1', 'c32', 'cpu', 'rssMiB']);
    expect(out).toMatch(/our client \(node:http\)\s+0\.97\s+1\.02\s+0\.41\s+88\.5/);
    expect(out).toMatch(/verifyWebhookSignature\s+0\.97\s+0\.99/);
  });

  it('fails a quiet run that misses a target, and names it', () => {
    const { status, out } = report({
      webhooks: webhooks([
        target('verifyWebhookSignature 1 KiB ×floor', 0.91, '>=', 0.95),
        target('verifyWebhook ×(floor + parse)', 0.93, '>=', 0.9),
      ]),
    });
    expect(status).toBe(1);
    expect(lineOf(out, 'verifyWebhookSignature 1 KiB')?.at(-1)).toBe('MISSED');
    expect(lineOf(out, 'verifyWebhook ×(floor')?.at(-1)).toBe('pass');
    expect(out).toContain('FAILED: 0 error(s), 1 missed target(s) judged.');
  });

  it('counts a target that could not be measured (value null) as missed', () => {
    const { status, out } = report({ client: client([target('c32 ×fetch', null, '>=', 1)]) });
    expect(status).toBe(1);
    expect(lineOf(out, 'c32 ×fetch')).toEqual(['client', 'c32 ×fetch', '—', '>= 1', 'MISSED']);
  });

  it('says loudly that a busy run was not judged, and exits 0', () => {
    const { status, out } = report(
      { webhooks: webhooks([target('verifyWebhookSignature 1 KiB ×floor', 0.8, '>=', 0.95)]) },
      { loadavg: BUSY },
    );
    expect(status).toBe(0);
    expect(out).toContain(': BUSY.');
    expect(out).toContain(
      'NOT A QUIET RUN: the 1-minute load average was 5.90 before the run, not below 1.00 (half of 2 cores).',
    );
    expect(out).toContain('1 missed target(s) were NOT JUDGED.');
    expect(lineOf(out, 'verifyWebhookSignature')?.at(-1)).toBe('missed (not judged)');
  });

  it('judges a busy run anyway with BENCH_STRICT=1', () => {
    const { status, out } = report(
      { webhooks: webhooks([target('verifyWebhookSignature 1 KiB ×floor', 0.8, '>=', 0.95)]) },
      { loadavg: BUSY, strict: true },
    );
    expect(status).toBe(1);
    expect(out).toContain('BENCH_STRICT=1: targets are judged anyway.');
    expect(lineOf(out, 'verifyWebhookSignature')?.at(-1)).toBe('MISSED');
  });

  it('fails a run in which a bench crashed, even a busy one whose targets were met', () => {
    const { status, out } = report(
      { webhooks: webhooks([target('verifyWebhook ×(floor + parse)', 0.93, '>=', 0.9)]) },
      { loadavg: BUSY, failed: ['load'] },
    );
    expect(status).toBe(1);
    expect(out).toContain('ERROR: packages/x/bench/load.bench.ts failed (exit 1).');
  });

  it('fails on a result that does not hold together, naming the file and the problem', () => {
    const wrongPass = { ...target('c1 ×node:http', 0.7, '>=', 0.8), pass: true };
    const { status, out } = report({
      client: client([wrongPass]),
      webhooks: '{"rows": [',
      sandbox: { rows: [{ figure: 1 }], targets: [{ name: 'x', value: 1, limit: 1, op: '<' }] },
    });
    expect(status).toBe(1);
    expect(out).toContain(
      'client.json does not hold together: target "c1 ×node:http": pass is true, but 0.7 ≥ 0.8 says otherwise.',
    );
    expect(out).toMatch(/webhooks\.json is not JSON/);
    expect(out).toContain(
      'sandbox.json does not hold together: rows must be a list of objects with a name; target "x": op must be >= or <=',
    );
  });

  it('explains a directory without a recorded run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-runner-'));
    dirs.push(dir);
    const run = spawnSync(process.execPath, [RUNNER, '--report', dir], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No recorded run in');
  });
});
