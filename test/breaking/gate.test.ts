/**
 * @module The breaking-change gate: the committed SDK surfaces match the generated code, the
 * working model has no unannounced breaking change against each released major, and deliberate
 * model mutations show that the gate can fail (and that additions do not).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, readSurfaces } from '../../scripts/api-surface.js';
import {
  MAJORS,
  UPDATE_COMMAND,
  readCommittedSurface,
  serializeSurface,
  surfacePath,
} from '../../scripts/api-snapshot.js';
import {
  compareMajor,
  loadReleasedModel,
  loadWorkingModel,
  readAnnouncements,
  type Announcement,
} from '../../scripts/breaking-changes.js';

const MODEL_DIR = join(REPO_ROOT, 'model');

function modelFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? modelFiles(join(dir, e.name))
      : e.name.endsWith('.smithy')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The working model with one textual edit in one file; fails if the edit does not apply. */
function mutated(file: string, from: string, to: string) {
  const sources = modelFiles(MODEL_DIR).map((path) => {
    const text = readFileSync(path, 'utf8');
    if (relative(MODEL_DIR, path) !== file) return { filename: path, text };
    expect(text, `mutation target not found in ${file}`).toContain(from);
    return { filename: path, text: text.replace(from, to) };
  });
  return loadWorkingModel(sources);
}

const released = new Map(MAJORS.map((m) => [m, loadReleasedModel(m)]));
const v2 = (model: ReturnType<typeof loadWorkingModel>, announcements: Announcement[] = []) =>
  compareMajor(2, released.get(2)!, model, announcements);

describe('SDK surface snapshot', () => {
  const surfaces = readSurfaces(MAJORS);
  it.each(MAJORS)(
    'v%i exports match api-snapshot (update: npm run api-snapshot -- --update)',
    (major) => {
      expect(
        serializeSurface(surfaces.get(major) ?? []),
        `the v${major} SDK surface changed; review it and run \`${UPDATE_COMMAND}\` (${surfacePath(major)})`,
      ).toBe(readCommittedSurface(major));
    },
  );
});

describe('model gate', () => {
  it.each(MAJORS)('working model has no unannounced breaking change to released v%i', (major) => {
    const report = compareMajor(
      major,
      released.get(major)!,
      loadWorkingModel(),
      readAnnouncements(),
    );
    expect(report.unannounced).toEqual([]);
  });

  it('removing an output member breaks', () => {
    const model = mutated('v2/commercial.smithy', '    @required\n    partnerId: PartnerId\n', '');
    const codes = v2(model).unannounced.map((c) => `${c.code} ${c.subject}`);
    expect(codes.some((c) => c.startsWith('MemberRemoved') && c.includes('partnerId'))).toBe(true);
  });

  it('narrowing an enum breaks', () => {
    const model = mutated('common/orders.smithy', 'FULFILLED = "fulfilled"', '');
    const report = v2(model);
    expect(report.unannounced.map((c) => c.code)).toContain('EnumValueRemoved');
  });

  it('adding an optional output member is additive only', () => {
    const model = mutated(
      'v2/commercial.smithy',
      '    @required\n    partnerId: PartnerId\n',
      '    @required\n    partnerId: PartnerId\n\n    /// A new optional field.\n    channel: String\n',
    );
    const report = v2(model);
    expect(report.unannounced).toEqual([]);
    expect(report.additive.map((c) => c.code)).toContain('MemberAdded');
  });

  it('a new required input member breaks', () => {
    const model = mutated(
      'v2/commercial.smithy',
      '            @httpLabel\n            orderId: OrderId\n        }',
      '            @httpLabel\n            orderId: OrderId\n\n            @required\n            @httpQuery("view")\n            view: String\n        }',
    );
    expect(v2(model).unannounced.map((c) => c.code)).toContain('RequiredMemberAdded');
  });

  it('changing an HTTP binding breaks', () => {
    const model = mutated(
      'v2/commercial.smithy',
      '@http(method: "GET", uri: "/v2/orders/{orderId}")',
      '@http(method: "GET", uri: "/v2/order/{orderId}")',
    );
    expect(v2(model).unannounced.map((c) => c.code)).toContain('HttpBindingChanged');
  });

  it('an announced breaking change passes the gate; the same change in another major does not', () => {
    const model = mutated('v2/commercial.smithy', '    @required\n    partnerId: PartnerId\n', '');
    const breaking = v2(model).unannounced;
    expect(breaking.length).toBeGreaterThan(0);
    const announce = (major: number): Announcement[] =>
      breaking.map((c) => ({ major, code: c.code, subject: c.subject, reason: 'test' }));
    expect(v2(model, announce(2)).unannounced).toEqual([]);
    expect(v2(model, announce(1)).unannounced).toEqual(breaking);
  });
});
