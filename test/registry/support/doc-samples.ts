/**
 * @module What the partner-facing docs tell a reader to do, read from the docs themselves with
 * the portal's own code-block extraction, so the registry test proves the text partners copy:
 * the `.npmrc` line, the `npm i` lines, and every TypeScript and JavaScript sample. A block
 * named in its fence (```` ```ts first-call.mts ````) is a program the docs tell the reader to
 * save under that name and run; the others are type-checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCodeBlocks, type CodeSample } from '@platform/portal';

/**
 * Guides whose programs need a service a blank project does not have: the fleet guide runs
 * against the partner's own Redis with the `redis` client. Its samples are type-checked by the
 * portal like every other guide's, and test/redis drives the same calls on a real redis-server.
 */
const NEEDS_OWN_SERVICES = new Set(['running-many-processes.md']);

/** The guides, and the READMEs of the published packages. */
export function partnerDocs(repo: string): string[] {
  const guides = readdirSync(join(repo, 'docs'))
    .filter((f) => f.endsWith('.md') && !NEEDS_OWN_SERVICES.has(f))
    .sort()
    .map((f) => `docs/${f}`);
  return [...guides, 'packages/api-client/README.md', 'packages/sandbox/README.md'];
}

function blocks(repo: string, file: string, langs: readonly string[]): CodeSample[] {
  return extractCodeBlocks(readFileSync(join(repo, file), 'utf8'), file, langs);
}

/** Every TypeScript and JavaScript sample of `docs`. */
export function codeSamples(repo: string, docs: readonly string[]): CodeSample[] {
  return docs.flatMap((file) => blocks(repo, file, ['ts', 'typescript', 'js', 'javascript']));
}

/** The registry URL of the `.npmrc` block of `file`, which must be that one line. */
export function documentedNpmrc(repo: string, file: string): { line: string; url: string } {
  const [block] = blocks(repo, file, ['ini']).filter((b) => b.name === '.npmrc');
  const match = /^@platform:registry=(\S+)\n$/.exec(block?.code ?? '');
  if (block === undefined || match === null) {
    throw new Error(
      `${file} has no \`\`\`ini .npmrc block holding one @platform:registry=<url> line`,
    );
  }
  return { line: block.code.trim(), url: match[1]! };
}

/** The commands of `file`'s ```sh blocks, one per line, comments removed. */
export function shellCommands(repo: string, file: string): string[] {
  return blocks(repo, file, ['sh'])
    .flatMap((block) => block.code.split('\n'))
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');
}

export interface InstallLines {
  readonly dependencies: readonly string[];
  readonly devDependencies: readonly string[];
}

/** The packages the `npm i` / `npm install` lines of `docs`' ```sh blocks install. */
export function installLines(repo: string, docs: readonly string[]): InstallLines {
  const dependencies = new Set<string>();
  const devDependencies = new Set<string>();
  for (const words of docs
    .flatMap((file) => shellCommands(repo, file))
    .map((l) => l.split(/\s+/))) {
    if (words[0] !== 'npm' || (words[1] !== 'i' && words[1] !== 'install')) continue;
    const dev = words.includes('-D') || words.includes('--save-dev');
    for (const word of words.slice(2).filter((w) => !w.startsWith('-'))) {
      (dev ? devDependencies : dependencies).add(word);
    }
  }
  return { dependencies: [...dependencies], devDependencies: [...devDependencies] };
}
