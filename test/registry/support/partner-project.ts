/**
 * @module A partner's project, made the way the guides say: an empty folder with the `.npmrc`
 * line, `npm init -y` (CommonJS) or also `npm pkg set type=module` (ES modules), then the guides'
 * installs. npm runs hermetically: its own cache, user and global config, and a stand-in for the
 * public registry as the default registry, so only the `.npmrc` line leads to `@platform`.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CodeSample } from '@platform/portal';

export const STEP_TIMEOUT_MS = 180_000;

export type ProjectType = 'commonjs' | 'module';

/** npm's environment: nothing from the machine's npm config or the public registry. */
export async function npmEnvironment(
  work: string,
  defaultRegistry: string,
): Promise<Record<string, string>> {
  const config = join(work, 'partner-npm');
  await mkdir(config, { recursive: true });
  await writeFile(join(config, 'npmrc'), '');
  await writeFile(join(config, 'global-npmrc'), '');
  return {
    PATH: process.env.PATH ?? '',
    HOME: config,
    npm_config_userconfig: join(config, 'npmrc'),
    npm_config_globalconfig: join(config, 'global-npmrc'),
    npm_config_cache: join(config, 'cache'),
    npm_config_registry: defaultRegistry,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command, never throwing: the test asserts on code and output. */
export function command(
  file: string,
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>>,
  timeout: number = STEP_TIMEOUT_MS,
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      [...args],
      { cwd, env, timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        const killed = error?.killed === true ? `\n(killed after ${timeout} ms)` : '';
        resolve({ code, stdout, stderr: `${stderr}${killed}` });
      },
    );
  });
}

/** Like `command`, but a failure is an error carrying the command's output. */
export async function mustRun(
  file: string,
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>>,
): Promise<string> {
  const result = await command(file, args, cwd, env);
  if (result.code !== 0) {
    throw new Error(
      `\`${[file, ...args].join(' ')}\` failed (${result.code}) in ${cwd}:\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** The empty project: `.npmrc`, `npm init -y`, and for ES modules `npm pkg set type=module`. */
export async function createProject(
  dir: string,
  type: ProjectType,
  npmrc: string,
  env: Readonly<Record<string, string>>,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, '.npmrc'), `${npmrc}\n`);
  await mustRun('npm', ['init', '-y'], dir, env);
  if (type === 'module') await mustRun('npm', ['pkg', 'set', 'type=module'], dir, env);
}

/** What `platform-sandbox --json` prints. */
export interface SandboxLine {
  readonly baseUrl: string;
  readonly tokenUrl: string;
  readonly clients: readonly { clientId: string; clientSecret: string; scopes: string[] }[];
}

export interface SandboxProcess {
  readonly info: SandboxLine;
  /** Stops npx and the sandbox under it. */
  stop(): Promise<void>;
}

/** `npx platform-sandbox --port 0 --json` in `dir`, resolved with its JSON line. */
export async function startSandboxCli(
  dir: string,
  env: Readonly<Record<string, string>>,
): Promise<SandboxProcess> {
  // Its own process group, so stopping it reaches npx's child too.
  const child: ChildProcess = spawn('npx', ['platform-sandbox', '--port', '0', '--json'], {
    cwd: dir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = once(child, 'exit');
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  const lines = createInterface({ input: child.stdout! });
  let timer: NodeJS.Timeout | undefined;
  const first = new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    void exited.then(() => reject(new Error(`platform-sandbox exited:\n${stderr.join('')}`)));
    timer = setTimeout(() => reject(new Error('platform-sandbox printed nothing in 60 s')), 60_000);
  }).finally(() => clearTimeout(timer));
  try {
    return { info: JSON.parse(await first) as SandboxLine, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Where a sample is saved: under its documented name, or named after its line. */
export function samplePath(dir: string, sample: CodeSample): string {
  const doc = sample.source.file.replace(/\.md$/, '').replace(/[^A-Za-z0-9]+/g, '-');
  return join(dir, 'samples', doc, sample.name ?? `line-${sample.source.line}.ts`);
}

/** Writes every sample into the project, as the docs give it. */
export async function writeSamples(dir: string, samples: readonly CodeSample[]): Promise<void> {
  for (const sample of samples) {
    const path = samplePath(dir, sample);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, sample.code);
  }
}

/**
 * A strict tsconfig for the saved samples, as a partner's Node.js project would have: the
 * project's own `type` decides what each `.ts` file is, `.mts` is always ESM.
 */
export const SAMPLES_TSCONFIG = {
  compilerOptions: {
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    lib: ['es2022'],
    types: ['node'],
    strict: true,
    noUncheckedIndexedAccess: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
  },
  include: ['samples/**/*.ts', 'samples/**/*.mts', 'samples/**/*.cts'],
} as const;
