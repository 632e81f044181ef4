import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatEvent, loadModel } from '../src/index.js';

const MODEL_DIR = fileURLToPath(new URL('../../../model', import.meta.url));

const needsModel = { skip: !existsSync(MODEL_DIR), meta: { skipReason: `${MODEL_DIR} is absent` } };

describe('the Platform API model (model/)', needsModel, () => {
  it('loads and validates with zero ERROR or DANGER events', () => {
    const result = loadModel({ files: [MODEL_DIR] });
    const problems = result.events.filter((e) => e.severity === 'ERROR' || e.severity === 'DANGER');
    expect(problems.map(formatEvent)).toEqual([]);
    expect(result.model.shapesOfType('service').length).toBeGreaterThan(0);
  });
});
