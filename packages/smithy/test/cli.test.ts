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
