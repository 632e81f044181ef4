/**
 * @module The CHANGELOG.md of each published package, computed from the API model with the
 * portal's model diff — the one behind the portal's changelog page and the breaking-change gate.
 * This is the only release module that reaches the diff, so moving it to another package is a
 * change of this file's imports.
 */
import type { SemanticModel } from '@platform/smithy';
import { diffServices, type ModelChange } from '@platform/model-diff';
import {
  compareMajor,
  loadReleasedModel,
  loadWorkingModel,
  readAnnouncements,
  releasedModelPath,
  servicesOf,
} from '../breaking-changes.js';
import { REPO_ROOT } from '../api-surface.js';

const serviceName = (id: string): string => id.slice(id.indexOf('#') + 1);

/** Models loaded once per process: a release writes several changelogs from the same ones. */
let working: SemanticModel | undefined;
const released = new Map<number, SemanticModel>();
const workingModel = (): SemanticModel => (working ??= loadWorkingModel());
function releasedModel(major: number): SemanticModel {
  const model = released.get(major) ?? loadReleasedModel(major);
  released.set(major, model);
  return model;
}

/** v(N-1) → vN of the working model, service by service (a service only in one is a change). */
function upgradeChanges(model: SemanticModel, major: number): ModelChange[] {
  const before = new Map(servicesOf(model, major - 1).map((id) => [serviceName(id), id]));
  const after = servicesOf(model, major);
  const changes: ModelChange[] = [];
  for (const id of after) {
    const old = before.get(serviceName(id));
    if (old === undefined) {
      const message = `new service \`${serviceName(id)}\``;
      changes.push({ severity: 'additive', code: 'OperationAdded', subject: id, message });
    } else {
      changes.push(...diffServices({ model, service: old }, { model, service: id }));
    }
  }
  for (const [name, id] of before) {
    if (!after.some((a) => serviceName(a) === name)) {
      const message = `service \`${name}\` removed`;
      changes.push({ severity: 'breaking', code: 'OperationRemoved', subject: id, message });
    }
  }
  return changes;
}

function bullets(changes: readonly ModelChange[], reason?: (c: ModelChange) => string): string[] {
  return changes.map(
    (c) => `- \`${c.subject}\`: ${c.message} (${c.code})${reason ? ` — ${reason(c)}` : ''}`,
  );
}

/** The part of one API major: changes since its recorded release, and the upgrade path. */
function majorSection(model: SemanticModel, major: number): string[] {
  const announcements = readAnnouncements();
  const report = compareMajor(major, releasedModel(major), model, announcements);
  const reasonOf = (c: ModelChange): string | undefined =>
    announcements.find((a) => a.major === major && a.code === c.code && a.subject === c.subject)
      ?.reason;
  const lines = [`### API v${major}: changes since its recorded release`, ''];
  const since = [...report.announced, ...report.additive];
  if (since.length === 0) {
    lines.push(
      `None: the model of v${major} equals the recorded release (\`${releasedModelPath(major).slice(REPO_ROOT.length)}\`).`,
    );
  } else {
    const announced = (c: ModelChange): string => `breaking, announced: ${reasonOf(c)}`;
    lines.push(...bullets(report.announced, announced), ...bullets(report.additive));
  }
  lines.push('');
  if (servicesOf(model, major - 1).length > 0) {
    const upgrade = upgradeChanges(model, major);
    const breaking = upgrade.filter((c) => c.severity === 'breaking');
    const additive = upgrade.filter((c) => c.severity === 'additive');
    lines.push(`### API v${major}: upgrading from v${major - 1}`, '');
    lines.push(`Breaking (${breaking.length}):`, '', ...bullets(breaking), '');
    lines.push(`Additive (${additive.length}):`, '', ...bullets(additive), '');
  }
  return lines;
}

/** The API changes of `majors` (newest first), as markdown sections for changelogs and notes. */
export function apiChanges(
  majors: readonly number[],
  model: SemanticModel = workingModel(),
): string {
  return [...majors]
    .sort((a, b) => b - a)
    .flatMap((major) => majorSection(model, major))
    .join('\n');
}

/**
 * CHANGELOG.md of `version` of package `title`, which carries the API `majors` (newest first in
 * the text); `date` is the release day, `YYYY-MM-DD`.
 */
export function changelog(
  title: string,
  version: string,
  majors: readonly number[],
  date: string,
  model: SemanticModel = workingModel(),
): string {
  return [
    '# Changelog',
    '',
    `The changes of the Platform partner API that \`${title}\` carries, computed from the API`,
    'model. Breaking changes can make a working integration fail; additive ones only add. The',
    'portal’s changelog page shows the same differences.',
    '',
    `## ${version} (${date})`,
    '',
    apiChanges(majors, model),
  ]
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n*$/, '\n');
}
