/**
 * @module The breaking-change gate: compares the working model with the released model of each
 * major (its JSON AST, committed under `api-snapshot/vN/model.json`) using
 * `@platform/model-diff` — the same diff the portal's changelog uses — and reports the breaking
 * changes nobody announced in `api-snapshot/announced-breaking-changes.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadModel, type ModelSource, type SemanticModel } from '@platform/smithy';
import { diffServices, type ModelChange } from '@platform/model-diff';
import { REPO_ROOT } from './api-surface.js';

export const SNAPSHOT_DIR = `${REPO_ROOT}api-snapshot`;
export const ANNOUNCEMENTS_FILE = `${SNAPSHOT_DIR}/announced-breaking-changes.json`;

/** A breaking change someone decided to ship within a major, with the reason partners read. */
export interface Announcement {
  readonly major: number;
  readonly code: ModelChange['code'];
  readonly subject: string;
  readonly reason: string;
}

export interface MajorReport {
  readonly major: number;
  /** Breaking changes not covered by an announcement: these fail the gate. */
  readonly unannounced: readonly ModelChange[];
  readonly announced: readonly ModelChange[];
  readonly additive: readonly ModelChange[];
}

/** Loads a model and fails with its errors, so a broken model never looks like "no changes". */
function load(options: { files?: string[]; sources?: ModelSource[] }, what: string): SemanticModel {
  const { model, ok, events } = loadModel({ ...options, validate: false });
  if (!ok) {
    const errors = events.filter((e) => e.severity === 'ERROR' || e.severity === 'DANGER');
    throw new Error(`${what} does not load: ${errors.map((e) => e.message).join('; ')}`);
  }
  return model;
}

/** The working model: `model/` plus optional in-memory replacements (tests mutate through it). */
export function loadWorkingModel(sources?: ModelSource[]): SemanticModel {
  return sources
    ? load({ sources }, 'the working model')
    : load({ files: [`${REPO_ROOT}model`] }, 'the working model');
}

export function releasedModelPath(major: number): string {
  return `${SNAPSHOT_DIR}/v${major}/model.json`;
}

export function loadReleasedModel(major: number): SemanticModel {
  const path = releasedModelPath(major);
  if (!existsSync(path)) {
    throw new Error(
      `no released model for v${major} at ${path}: record it with \`npm run api-snapshot -- --release ${major}\``,
    );
  }
  return load({ sources: [{ filename: 'released.json', text: readFileSync(path, 'utf8') }] }, path);
}

/** The service ids of one major, e.g. `example.platform.v2#Commercial`. */
export function servicesOf(model: SemanticModel, major: number): string[] {
  return model
    .shapesOfType('service')
    .map((s) => s.id)
    .filter((id) => id.startsWith(`example.platform.v${major}#`))
    .sort();
}

export function readAnnouncements(file = ANNOUNCEMENTS_FILE): Announcement[] {
  if (!existsSync(file)) return [];
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) {
    throw new Error(`${file} must hold a JSON array of { major, code, subject, reason }`);
  }
  return parsed as Announcement[];
}

/** Compares every service of `major`; a service missing from the working model is breaking. */
export function compareMajor(
  major: number,
  released: SemanticModel,
  working: SemanticModel,
  announcements: readonly Announcement[],
): MajorReport {
  const changes: ModelChange[] = [];
  const now = new Set(servicesOf(working, major));
  for (const service of servicesOf(released, major)) {
    if (!now.has(service)) {
      changes.push({
        severity: 'breaking',
        code: 'OperationRemoved',
        subject: service,
        message: `service \`${service}\` removed`,
      });
      continue;
    }
    changes.push(...diffServices({ model: released, service }, { model: working, service }));
  }
  const isAnnounced = (c: ModelChange): boolean =>
    announcements.some((a) => a.major === major && a.code === c.code && a.subject === c.subject);
  const breaking = changes.filter((c) => c.severity === 'breaking');
  return {
    major,
    unannounced: breaking.filter((c) => !isAnnounced(c)),
    announced: breaking.filter(isAnnounced),
    additive: changes.filter((c) => c.severity === 'additive'),
  };
}

/** One line per change, for failure messages and the CLI. */
export function formatReport(report: MajorReport): string {
  const line = (c: ModelChange): string => `  [${c.code}] ${c.subject}: ${c.message}`;
  return [
    `v${report.major}: ${report.unannounced.length} unannounced breaking, ${report.announced.length} announced, ${report.additive.length} additive`,
    ...report.unannounced.map(line),
  ].join('\n');
}
