/** @module Starts the SDK reference build in a child process and reports how it ended. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SdkEntryPoint } from './entry-points.js';
import { SdkReferenceError } from './typedoc.js';

const CLI = fileURLToPath(new URL('./typedoc-cli.ts', import.meta.url));

/** Resolves when typedoc has written `outDir`; rejects with its messages otherwise. */
export function runSdkReference(
  entryPoints: readonly SdkEntryPoint[],
  outDir: string,
  cwd: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, outDir, ...entryPoints.map((e) => `${e.specifier}=${e.source}`)],
      { cwd, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(new SdkReferenceError(stderr.trim() || `typedoc exited with code ${String(code)}`));
    });
  });
}
