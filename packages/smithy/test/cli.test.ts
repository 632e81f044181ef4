import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';

function run(...args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function modelFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'smithy-cli-'));
  const file = join(dir, 'main.smithy');
  writeFileSync(file, text);
  return file;
}

const VALID = `$version: "2"
namespace ex.v1

@range(max: 9007199254740993)
long Big

service Api {
    version: "1.0"
    operations: [Ping]
}

@readonly
operation Ping {}
`;

describe('smithy CLI', () => {
  it('validate: exit 0 and a summary of the services for a valid model', () => {
    const r = run('validate', modelFile(VALID));
    expect(r.code).toBe(0);
    expect(r.out).toContain('ex.v1: 1 services, 1 operations');
    expect(r.out).toContain('ex.v1#Api (version 1.0): 1 operations');
    expect(r.out).toContain('Model is valid: 0 ERROR');
  });

  it('validate: exit 1 with every error located and hinted', () => {
    const file = modelFile('$version: "2"\nnamespace ex\nstring A B\nstructure S { a: Nope }\n');
    const r = run('validate', file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${file}:3:10: ERROR`);
    expect(r.out).toContain('hint: ');
    expect(r.out).toContain('Model is invalid');
  });

  it('validate: suppressed events are counted, listed with --verbose, and never fail', () => {
    const file = modelFile(
      '$version: "2"\n' +
        'metadata suppressions = [{ id: "ModelDeprecation", namespace: "*", reason: "legacy" }]\n' +
        'namespace ex\n@enum([{ value: "a" }])\nstring Old\n',
    );
    const quiet = run('validate', file);
    expect(quiet.code).toBe(0);
    expect(quiet.out).not.toContain('[ModelDeprecation]');
    expect(quiet.out).toContain('Model is valid: 0 ERROR, 0 DANGER, 0 WARNING, 1 SUPPRESSED.');
    const verbose = run('validate', '--verbose', file);
    expect(verbose.out).toContain(
      `${file}:4:1: SUPPRESSED [ModelDeprecation] ex#Old: The enum trait is deprecated. ` +
        'Smithy 2.0 models should use the enum shape. (legacy)',
    );
  });

  it('--help says which traits are built in and how to load the others', () => {
    const r = run('--help');
    expect(r.out).toContain('AWS core traits (aws.api, aws.auth,');
    expect(r.out).toContain('smithy validate traits/*.smithy model/service.json');
    expect(r.out).toContain('--verbose       also print NOTE and SUPPRESSED events');
  });

  it('ast: prints JSON AST with big numbers exact', () => {
    const r = run('ast', modelFile(VALID));
    expect(r.code).toBe(0);
    expect(r.out).toContain('"max": 9007199254740993');
    const ast = JSON.parse(r.out) as { shapes: Record<string, unknown> };
    expect(Object.keys(ast.shapes)).toEqual(['ex.v1#Api', 'ex.v1#Big', 'ex.v1#Ping']);
  });

  it.each([[[]], [['frob', 'x']], [['validate']], [['validate', '--bogus', 'x']]])(
    'usage errors exit 2: %j',
    (args) => {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('Usage: smithy');
    },
  );
});
