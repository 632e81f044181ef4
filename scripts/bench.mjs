#!/usr/bin/env node
// `npm run bench [filter]`: runs every benchmark file (packages/*/bench/*.bench.ts) one after
// another, so that each owns the machine while it measures, then prints one summary of every
// target the benches recorded and judges them.
//
// A bench that has targets writes `.tmp/bench/<name>.json`:
//   { rows: [{ name, ...figures }], targets: [{ name, value, limit, op: '>=' | '<=', pass }] }
// (`value` null when it could not be measured, which misses the target). The runner records the
// run itself in `.tmp/bench/run.json`: the load average before it, the cores, each bench's exit.
//
// Targets are judged only on a quiet run — a 1-minute load average before the run below half the
// cores — since on a busy machine a missed ratio says more about the neighbours than about us. A
// busy run prints that loudly and exits 0 unless BENCH_STRICT=1. A bench that crashes, or writes
// a result that does not hold together, always fails the run.
//
// `npm run bench -- --report [dir]` prints and judges the recorded run again without measuring.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const RUN_FILE = 'run.json';
/** A run is quiet when the 1-minute load average before it is below this share of the cores. */
const QUIET_LOAD_PER_CORE = 0.5;

/** The bench files whose path contains `filter`, in a stable order. */
function benchFiles(filter) {
  return readdirSync(join(root, 'packages'))
    .map((pkg) => join(root, 'packages', pkg, 'bench'))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.bench.ts'))
        .map((f) => join(dir, f)),
    )
    .filter((file) => !filter || file.slice(root.length).includes(filter))
    .sort();
}

/** Runs the benches, recording the run in `dir` as it goes; stale results are removed first. */
function runBenches(files, dir) {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) rmSync(join(dir, name));
  const run = { loadavg: loadavg(), cores: availableParallelism(), benches: [] };
  const record = () => writeFileSync(join(dir, RUN_FILE), `${JSON.stringify(run, null, 2)}\n`);
  record();
  for (const file of files) {
    const relative = file.slice(root.length);
    console.log(`\n# ${relative}`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', file], {
      stdio: 'inherit',
      cwd: root,
    });
    run.benches.push({ file: relative, status: child.status ?? String(child.signal) });
    record();
  }
  run.loadavgAfter = loadavg();
  record();
}

/** The problems of one result file's contents; none when it holds together. */
function problemsOf(result) {
  if (typeof result !== 'object' || result === null) return ['it is not a JSON object'];
  const problems = [];
  if (!Array.isArray(result.rows) || result.rows.some((row) => typeof row?.name !== 'string')) {
    problems.push('rows must be a list of objects with a name');
  }
  if (!Array.isArray(result.targets)) return [...problems, 'targets must be a list'];
  for (const target of result.targets) {
    const label = `target ${JSON.stringify(target?.name)}`;
    if (typeof target?.name !== 'string') problems.push(`${label}: name must be a string`);
    if (target?.op !== '>=' && target?.op !== '<=') problems.push(`${label}: op must be >= or <=`);
    if (typeof target?.limit !== 'number') problems.push(`${label}: limit must be a number`);
    if (target?.value !== null && typeof target?.value !== 'number') {
      problems.push(`${label}: value must be a number, or null when not measured`);
    } else if (target.pass !== meets(target)) {
      problems.push(`${label}: pass is ${target.pass}, but ${describe(target)} says otherwise`);
    }
  }
  return problems;
}

function meets({ value, op, limit }) {
  if (value === null) return false;
  return op === '>=' ? value >= limit : value <= limit;
}

const figure = (value) =>
  typeof value === 'number' ? String(Number(value.toPrecision(4))) : value === null ? '—' : value;

function describe(target) {
  return `${figure(target.value)} ${target.op === '>=' ? '≥' : '≤'} ${figure(target.limit)}`;
}

function table(header, lines) {
  const widths = header.map((_, i) => Math.max(...[header, ...lines].map((l) => `${l[i]}`.length)));
  return [header, ...lines].map((line) =>
    line
      .map((cell, i) => `${cell}`.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
}

/** A result's rows as one table, a column per figure any row has. */
function printRows(bench, rows) {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((c) => c !== 'name');
  console.log(`\n## ${bench}`);
  const lines = rows.map((row) => [
    row.name,
    ...columns.map((column) => figure(row[column]) ?? ''),
  ]);
  for (const line of table(['', ...columns], lines)) console.log(line);
}

/** Prints the recorded run in `dir` and judges it; returns the exit code. */
function report(dir, strict) {
  const runPath = join(dir, RUN_FILE);
  if (!existsSync(runPath)) {
    console.error(`No recorded run in ${dir} (no ${RUN_FILE}). Run \`npm run bench\` first.`);
    return 2;
  }
  const run = JSON.parse(readFileSync(runPath, 'utf8'));
  const errors = run.benches
    .filter((bench) => bench.status !== 0)
    .map((bench) => `${bench.file} failed (exit ${bench.status}).`);
  const targets = [];
  const results = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== RUN_FILE)
    .sort();
  for (const file of results) {
    const bench = basename(file, '.json');
    let result;
    try {
      result = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      errors.push(`${file} is not JSON: ${error.message}`);
      continue;
    }
    const problems = problemsOf(result);
    if (problems.length > 0) {
      errors.push(`${file} does not hold together: ${problems.join('; ')}.`);
      continue;
    }
    printRows(bench, result.rows);
    for (const target of result.targets) targets.push({ bench, ...target });
  }

  const load = (values) => values.map((value) => value.toFixed(2)).join(' ');
  const quietBelow = QUIET_LOAD_PER_CORE * run.cores;
  const quiet = run.loadavg[0] < quietBelow;
  const judged = quiet || strict;
  const missed = targets.filter((target) => !target.pass);
  const verdict = (target) => {
    if (target.pass) return 'pass';
    return judged ? 'MISSED' : 'missed (not judged)';
  };

  console.log(`\n## Summary`);
  console.log(
    `Load average before the run: ${load(run.loadavg)} (1, 5, 15 min) on ${run.cores} cores; quiet below ${quietBelow.toFixed(2)}: ${quiet ? 'quiet' : 'BUSY'}.`,
  );
  if (run.loadavgAfter) console.log(`Load average after the run: ${load(run.loadavgAfter)}.`);
  if (targets.length === 0) console.log('No bench recorded a target.');
  else {
    const lines = targets.map((t) => [
      t.bench,
      t.name,
      figure(t.value),
      `${t.op} ${figure(t.limit)}`,
      verdict(t),
    ]);
    for (const line of table(['bench', 'target', 'value', 'limit', 'verdict'], lines)) {
      console.log(line);
    }
  }
  for (const error of errors) console.log(`ERROR: ${error}`);
  if (!quiet) {
    const banner = '!'.repeat(78);
    console.log(`\n${banner}`);
    console.log(
      `NOT A QUIET RUN: the 1-minute load average was ${run.loadavg[0].toFixed(2)} before the run, not below ${quietBelow.toFixed(2)} (half of ${run.cores} cores).`,
    );
    console.log(
      strict
        ? 'BENCH_STRICT=1: targets are judged anyway.'
        : `${missed.length} missed target(s) were NOT JUDGED. Rerun on a quiet machine, or set BENCH_STRICT=1 to judge anyway.`,
    );
    console.log(banner);
  }
  const failed = errors.length > 0 || (judged && missed.length > 0);
  console.log(
    failed
      ? `\nFAILED: ${errors.length} error(s), ${judged ? missed.length : 0} missed target(s) judged.`
      : `\nOK: ${targets.length - missed.length} of ${targets.length} target(s) met${judged ? '' : ' (not judged)'}.`,
  );
  return failed ? 1 : 0;
}

const args = process.argv.slice(2);
const strict = process.env.BENCH_STRICT === '1';
const defaultDir = join(root, '.tmp', 'bench');
if (args[0] === '--report') {
  process.exit(report(args[1] ?? defaultDir, strict));
}
const files = benchFiles(args[0]);
if (files.length === 0) {
  console.error(args[0] ? `No benchmark matches "${args[0]}".` : 'No benchmarks found.');
  process.exit(1);
}
runBenches(files, defaultDir);
process.exit(report(defaultDir, strict));
