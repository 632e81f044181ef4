/**
 * @module `loadModel`: reads model files and directories (`.smithy` IDL and `.json` JSON AST) or
 * in-memory sources, adds the prelude and bundled traits, assembles the model and (unless told
 * not to) validates it. Bad input never throws: it comes back as located events with hints.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { errorEvent, sortEvents } from '../events.js';
import { parseIdl } from '../idl/parser.js';
import { readJsonAst } from '../json/ast-reader.js';
import type { Model } from '../model/model.js';
import type { ValidationEvent } from '../model/shapes.js';
import { builtInFragments } from '../prelude/index.js';
import { validateModel } from '../validate/index.js';
import { applySuppressions } from '../validate/suppressions.js';
import { assemble } from './assemble.js';
import type { SourcedFragment } from './assemble.js';
import type { Fragment } from './fragment.js';

export interface ModelSource {
  readonly filename: string;
  readonly text: string;
}

export interface LoadOptions {
  /** Model files, or directories searched recursively for `.smithy` and `.json` files. */
  readonly files?: readonly string[];
  /** In-memory model files; `.json` filenames are read as JSON AST, anything else as IDL. */
  readonly sources?: readonly ModelSource[];
  /** Run the validators after loading (default true). */
  readonly validate?: boolean;
}

export interface LoadResult {
  readonly model: Model;
  /** Every event, sorted by file, line and column. */
  readonly events: ValidationEvent[];
  /** True when no event is an ERROR or DANGER. */
  readonly ok: boolean;
}

export function loadModel(options: LoadOptions): LoadResult {
  const events: ValidationEvent[] = [];
  const sources: ModelSource[] = [...(options.sources ?? [])];
  for (const path of options.files ?? []) {
    for (const file of modelFiles(path, events)) {
      try {
        sources.push({ filename: file, text: readFileSync(file, 'utf8') });
      } catch (e) {
        events.push(unreadable(file, e));
      }
    }
  }
  const fragments: SourcedFragment[] = sources.map((s) => ({
    fragment: parseSource(s),
    origin: 'user' as const,
  }));
  const assembled = assemble(builtInFragments(), fragments);
  events.push(...assembled.events);
  let decorated = events;
  if (options.validate !== false) {
    // As Smithy does, suppressions apply to the loader's events as well as the validators'.
    events.push(...validateModel(assembled.model));
    decorated = applySuppressions(assembled.model, events);
  }
  const sorted = sortEvents(decorated);
  return {
    model: assembled.model,
    events: sorted,
    ok: !sorted.some((e) => e.severity === 'ERROR' || e.severity === 'DANGER'),
  };
}

/** Parses one source by its extension. */
export function parseSource(source: ModelSource): Fragment {
  return extname(source.filename) === '.json'
    ? readJsonAst(source.filename, source.text)
    : parseIdl(source.filename, source.text);
}

function modelFiles(path: string, events: ValidationEvent[]): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    events.push(unreadable(path, e));
    return [];
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory()) return modelFiles(full, events);
      return ['.smithy', '.json'].includes(extname(entry.name)) ? [full] : [];
    });
}

function unreadable(path: string, e: unknown): ValidationEvent {
  const reason = e instanceof Error ? e.message : String(e);
  return errorEvent(
    'Model',
    `Cannot read model file ${path}: ${reason}`,
    { filename: path, line: 1, column: 1 },
    'Check the path passed to loadModel / the CLI.',
  );
}
