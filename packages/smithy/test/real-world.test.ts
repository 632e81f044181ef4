/**
 * Real-world conformance: real AWS service models (Smithy JSON AST, from the shared test data
 * beside the checkout, skipped when absent), each loaded with the upstream trait-definition
 * files that come with them, must validate as upstream Smithy validates them:
 * no ERROR or DANGER event, and the events their suppressions cover reported as SUPPRESSED.
 * One test per model, in sequence in one process; a report (validated / total, failures with
 * their first events, the largest model's load time and memory) is printed at the end.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { formatEvent, loadModel } from '../src/index.js';
import type { LoadResult, ValidationEvent } from '../src/index.js';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const REAL = join(REPO, '..', 'shared', 'smithy-real');
const present = existsSync(join(REAL, 'SOURCES.tsv'));

/**
 * Models whose own `metadata suppressions` cover DANGER events our validators raise: those events
 * must be reported as SUPPRESSED (an id prefix each), not dropped and not left as DANGER.
 */
const SUPPRESSED_DANGER: Readonly<Record<string, string>> = {
  'dynamodb-2012-08-10': 'PaginatedTrait',
  'efs-2015-02-01': 'HttpMethodSemantics',
  'opensearch-2021-01-01': 'HttpMethodSemantics',
  's3-2006-03-01': 'HttpHeaderTrait',
  'transcribe-2017-10-26': 'HttpMethodSemantics',
};

/**
 * Models that together use every AWS core trait family (restXml, awsJson1_0, awsQuery,
 * awsQueryCompatible, httpChecksum, unsignedPayload, S3 customizations, ARNs, endpoint
 * discovery, control and data plane). Loaded without smithy-aws-traits' own files, the bundled
 * definitions must give exactly the events those files give.
 */
const BUNDLE_WITNESSES = [
  'dynamodb-2012-08-10',
  'location-2020-11-19',
  's3-2006-03-01',
  'sqs-2012-11-05',
  'sts-2011-06-15',
];
const AWS_CORE_TRAIT_FILES = /^smithy-aws-traits__/;

/** `SEVERITY Id shape: message` per event, to compare two loads of one model. */
function eventLines(result: LoadResult): string[] {
  return result.events.map((e) => `${e.severity} ${e.id} ${e.shapeId ?? '-'}: ${e.message}`);
}

const withUpstreamTraits = new Map<string, string[]>();

interface Outcome {
  readonly model: string;
  readonly bytes: number;
  readonly ok: boolean;
  readonly failures: readonly ValidationEvent[];
  readonly suppressed: number;
  readonly ms: number;
  /** CPU time of this process (user + system), which a loaded machine does not inflate. */
  readonly cpuMs: number;
  /** Retained heap (after a full GC) and process RSS, measured for the largest model only. */
  readonly memory?: { readonly heapMb: number; readonly rssMb: number };
}

const outcomes: Outcome[] = [];

function listDir(dir: string, suffix: string): string[] {
  return present
    ? readdirSync(dir)
        .filter((f) => f.endsWith(suffix))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

const traitFiles = listDir(join(REAL, 'traits'), '.smithy');
/** Largest first: its memory is measured before any other model has been loaded. */
const models = listDir(join(REAL, 'aws'), '.json').sort(
  (a, b) => statSync(b).size - statSync(a).size,
);
const largest = models[0];

/** A full garbage collection, so heap figures are what the model retains (V8's own switch). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}

function loadMeasured(file: string): { result: LoadResult; outcome: Outcome } {
  const measure = file === largest;
  if (measure) collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = loadModel({ files: [...traitFiles, file] });
  const cpu = process.cpuUsage(cpuStart);
  const ms = performance.now() - start;
  let memory: Outcome['memory'];
  if (measure) {
    collectGarbage();
    const after = process.memoryUsage();
    memory = { heapMb: megabytes(after.heapUsed - heapBefore), rssMb: megabytes(after.rss) };
  }
  const outcome: Outcome = {
    model: basename(file, '.json'),
    bytes: statSync(file).size,
    ok: result.ok,
    failures: result.events.filter((e) => e.severity === 'ERROR' || e.severity === 'DANGER'),
    suppressed: result.events.filter((e) => e.severity === 'SUPPRESSED').length,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    ...(memory ? { memory } : {}),
  };
  return { result, outcome };
}

function report(): string {
  const passed = outcomes.filter((o) => o.ok);
  const failed = outcomes.filter((o) => !o.ok);
  const big = outcomes.find((o) => o.memory);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const lines = [
    `Real-world Smithy models: ${passed.length}/${outcomes.length} validate as upstream ` +
      `(no ERROR or DANGER), each loaded with ${traitFiles.length} trait-definition files`,
    `SUPPRESSED events reported: ${outcomes.reduce((n, o) => n + o.suppressed, 0)} in ` +
      `${outcomes.filter((o) => o.suppressed > 0).length} models`,
    `Load + validate, all models: ${seconds(outcomes.reduce((n, o) => n + o.ms, 0))} ` +
      `(CPU ${seconds(outcomes.reduce((n, o) => n + o.cpuMs, 0))})`,
  ];
  if (big?.memory) {
    lines.push(
      `Largest model: ${big.model} (${(big.bytes / 1e6).toFixed(1)} MB): ${seconds(big.ms)} ` +
        `(CPU ${seconds(big.cpuMs)}), ` +
        `heap retained ${big.memory.heapMb} MB, process RSS ${big.memory.rssMb} MB`,
    );
  }
  for (const o of failed) {
    lines.push(`FAIL ${o.model}: ${o.failures.length} ERROR/DANGER`);
    for (const e of o.failures.slice(0, 3)) lines.push(`  ${formatEvent(e).split('\n')[0]}`);
  }
  return lines.join('\n');
}

if (!present) {
  console.warn(`Real-world Smithy models not found at ${REAL}: real-world conformance skipped.`);
}

const needsRealModels = {
  skip: !present,
  meta: { skipReason: `${REAL} (the real-world AWS models) is absent` },
};

describe('real-world AWS models validate as upstream Smithy', needsRealModels, () => {
  afterAll(() => {
    if (outcomes.length > 0) console.log(report());
  });

  it('finds the 63 models the shared data lists', () => {
    expect(models).toHaveLength(63);
  });

  for (const file of models) {
    const model = basename(file, '.json');
    it(`${model}: validates with no ERROR or DANGER`, { timeout: 120_000 }, () => {
      const { result, outcome } = loadMeasured(file);
      outcomes.push(outcome);
      if (BUNDLE_WITNESSES.includes(model)) withUpstreamTraits.set(model, eventLines(result));
      const prefix = SUPPRESSED_DANGER[model];
      if (prefix !== undefined) {
        const suppressed = result.events.filter(
          (e) => e.severity === 'SUPPRESSED' && e.id.split('.')[0] === prefix,
        );
        expect(suppressed.length, `${prefix} events reported as SUPPRESSED`).toBeGreaterThan(0);
      }
      expect(outcome.failures.map((e) => formatEvent(e))).toEqual([]);
    });
  }
});

describe('the bundled AWS core traits stand in for smithy-aws-traits', needsRealModels, () => {
  const otherTraitFiles = traitFiles.filter((f) => !AWS_CORE_TRAIT_FILES.test(basename(f)));

  it('the trait files hold the AWS core trait files this test leaves out', () => {
    expect(traitFiles.length - otherTraitFiles.length).toBe(4);
  });

  for (const model of BUNDLE_WITNESSES) {
    it(`${model}: the same events without smithy-aws-traits' files`, { timeout: 120_000 }, () => {
      const file = join(REAL, 'aws', `${model}.json`);
      const bundled = loadModel({ files: [...otherTraitFiles, file] });
      const upstream = withUpstreamTraits.get(model) ?? eventLines(loadMeasured(file).result);
      expect(eventLines(bundled)).toEqual(upstream);
    });
  }
});
