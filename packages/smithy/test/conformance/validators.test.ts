/**
 * Conformance of the validators against Smithy's own `.errors` cases in
 * `<repo>/../shared/smithy-corpus/{validators,idl-errorfiles}` (see the corpus README for the
 * matching rules). Only the event ids our validators implement are scored, plus the ids a case's
 * model gives its own validators (`metadata validators`, `@traitValidators`): a case passes when
 * every expected event of those ids is matched (same severity and shape, actual id contains the
 * expected id, actual message starts with the expected message) and none of our ERROR events is
 * unexpected. The table is printed; the test fails if the pass counts drop below the pinned ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/index.js';
import type { ValidationEvent } from '../../src/index.js';
import { CRITICAL_EVENT_IDS, validateModel, validatorEventIds } from '../../src/validate/index.js';
import { applySuppressions } from '../../src/validate/suppressions.js';
import type { SemanticModel } from '../../src/model/shapes.js';
import { asObject } from '../../src/model/node.js';
import { TRAIT_IDS } from '../../src/model/trait-ids.js';
import { readDefinitions } from '../../src/validate/model-validators/definitions.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const corpus = join(repoRoot, '..', 'shared', 'smithy-corpus');
const present = existsSync(join(corpus, 'validators', 'index.json'));

/** Passing cases per folder, pinned at the level reached; raise them as validators improve. */
const PINNED: Readonly<Record<string, number>> = { validators: 105, 'idl-errorfiles': 6 };

interface ExpectedEvent {
  readonly severity: string;
  /** `null` for events about no shape (the index writes Smithy's `-` as null). */
  readonly shape: string | null;
  readonly messagePrefix: string;
  readonly id: string;
}
interface Case {
  readonly model: string;
  readonly events: readonly ExpectedEvent[];
}
interface Outcome {
  readonly folder: string;
  /** Expected events of our ids, and whether each was matched. */
  readonly scored: readonly { readonly id: string; readonly matched: boolean }[];
  readonly model: string;
  readonly relevant: boolean;
  readonly pass: boolean;
  readonly missing: readonly ExpectedEvent[];
  readonly unexpected: readonly ValidationEvent[];
  /** Our non-ERROR events that no expected event matches (reported, not scored). */
  readonly extraOther: readonly ValidationEvent[];
}

const ours = new Set(validatorEventIds());
const baseId = (id: string) => id.split('.')[0] ?? id;
/** Our validators' ids, plus the ids the case's model defines for its own validators. */
const oursFor = (declared: readonly string[]) => (id: string) =>
  ours.has(baseId(id)) || declared.some((d) => id === d || id.startsWith(`${d}.`));

function matches(expected: ExpectedEvent, actual: ValidationEvent): boolean {
  return (
    actual.severity === expected.severity &&
    (actual.shapeId ?? '-') === (expected.shape ?? '-') &&
    actual.id.includes(expected.id) &&
    actual.message.replace(/\n/g, '\\n').startsWith(expected.messagePrefix)
  );
}

function runCase(folder: string, c: Case): Outcome {
  let isOurs = oursFor([]);
  let expected = c.events.filter((e) => isOurs(e.id));
  let actual: ValidationEvent[];
  try {
    // As Smithy's assembler does: validators run only on a model that loaded without errors.
    const loaded = loadModel({ files: [join(corpus, folder, c.model)], validate: false });
    isOurs = oursFor(modelDefinedEventIds(loaded.model));
    expected = c.events.filter((e) => isOurs(e.id));
    const loadFailed = loaded.events.some((e) => e.severity === 'ERROR');
    // Smithy's test suite keeps validating past critical errors when a case expects both kinds.
    const critical = c.events.some((e) => CRITICAL_EVENT_IDS.has(baseId(e.id)));
    const other = c.events.some((e) => !CRITICAL_EVENT_IDS.has(baseId(e.id)));
    const options = { continueAfterCriticalErrors: critical && other };
    // Suppressions and severity overrides decorate the validators' events, as in loadModel.
    actual = loadFailed
      ? []
      : applySuppressions(loaded.model, validateModel(loaded.model, options)).filter((e) =>
          isOurs(e.id),
        );
  } catch (error) {
    actual = [
      {
        id: 'HarnessCrash',
        severity: 'ERROR',
        message: error instanceof Error ? error.message : String(error),
      },
    ];
  }
  const missing = expected.filter((e) => !actual.some((a) => matches(e, a)));
  const unexpected = actual.filter(
    (a) =>
      (a.severity === 'ERROR' && !expected.some((e) => matches(e, a))) || a.id === 'HarnessCrash',
  );
  const extraOther = actual.filter(
    (a) => a.severity !== 'ERROR' && !expected.some((e) => matches(e, a)),
  );
  return {
    folder,
    model: c.model,
    scored: expected.map((e) => ({ id: scoredId(e.id), matched: !missing.includes(e) })),
    extraOther,
    relevant: expected.length > 0 || unexpected.length > 0,
    pass: missing.length === 0 && unexpected.length === 0,
    missing,
    unexpected,
  };
}

/**
 * The event ids the model's own validators can emit: each `metadata validators` entry's id, the
 * `@traitValidators` keys, and the ids of problems with those definitions.
 */
function modelDefinedEventIds(model: SemanticModel): string[] {
  const ids = new Set<string>();
  if (model.metadata['validators'] !== undefined) ids.add('Model');
  for (const d of readDefinitions(model).definitions) {
    ids.add(d.id);
    ids.add(`UnknownValidator_${d.name}`);
  }
  for (const shape of model.shapes()) {
    const validators = asObject(shape.traits[TRAIT_IDS.traitValidators]);
    if (!validators) continue;
    ids.add('TraitValidators');
    for (const key of Object.keys(validators)) ids.add(key);
  }
  return [...ids];
}

/** Built-in ids are scored under their base id; model-defined ones under `(model-defined)`. */
function scoredId(id: string): string {
  return ours.has(baseId(id)) ? baseId(id) : '(model-defined)';
}

function loadCases(folder: string): Case[] {
  const index = JSON.parse(readFileSync(join(corpus, folder, 'index.json'), 'utf8')) as {
    cases: Case[];
  };
  return index.cases;
}

function table(outcomes: readonly Outcome[]): string {
  const rows = ['validators', 'idl-errorfiles'].map((folder) => {
    const all = outcomes.filter((o) => o.folder === folder);
    const relevant = all.filter((o) => o.relevant);
    const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
    const passRelevant = relevant.filter((o) => o.pass).length;
    const passAll = all.filter((o) => o.pass).length;
    const other = all.reduce((n, o) => n + o.extraOther.length, 0);
    return `| ${folder} | ${all.length} | ${passAll} (${pct(passAll, all.length)}) | ${relevant.length} | ${passRelevant} (${pct(passRelevant, relevant.length)}) | ${other} |`;
  });
  const byId = new Map<string, [number, number]>();
  for (const { id, matched } of outcomes.flatMap((o) => o.scored)) {
    const [n, m] = byId.get(id) ?? [0, 0];
    byId.set(id, [n + 1, m + (matched ? 1 : 0)]);
  }
  const idRows = [...byId]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, [n, m]]) => `| ${id} | ${n} | ${m} |`);
  return [
    `Validator conformance (event ids scored: ${[...ours].join(', ')})`,
    '| folder | cases | pass | cases with our ids | pass | unmatched non-ERROR events (not scored) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '| event id | expected events | matched |',
    '| --- | --- | --- |',
    ...idRows,
  ].join('\n');
}

describe('validator conformance on smithy-corpus', () => {
  it(
    'matches Smithy .errors files for the implemented event ids',
    { timeout: 60_000, skip: !present, meta: { skipReason: `${corpus} is absent` } },
    () => {
      const outcomes = ['validators', 'idl-errorfiles'].flatMap((folder) =>
        loadCases(folder).map((c) => runCase(folder, c)),
      );
      console.log(table(outcomes));
      if (process.env['CONFORMANCE_DETAILS']) {
        for (const o of outcomes.filter((x) => !x.pass || x.extraOther.length > 0)) {
          console.log(`${o.pass ? 'NOTE' : 'FAIL'} ${o.folder}/${o.model}`);
          for (const m of o.missing)
            console.log(`  missing  [${m.severity}] ${m.shape}: ${m.messagePrefix} | ${m.id}`);
          for (const u of [...o.unexpected, ...o.extraOther])
            console.log(`  extra    [${u.severity}] ${u.shapeId ?? '-'}: ${u.message} | ${u.id}`);
        }
      }
      for (const [folder, pinned] of Object.entries(PINNED)) {
        const passing = outcomes.filter((o) => o.folder === folder && o.relevant && o.pass).length;
        expect(passing, `${folder}: passing cases with our ids`).toBeGreaterThanOrEqual(pinned);
      }
    },
  );
});
