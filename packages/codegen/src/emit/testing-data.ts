/**
 * @module emit/testing-data
 *
 * `testing-data.ts` of a version: per operation, the HTTP route and the model's `@examples`
 * (first successful output, error bodies by error name) and every error the operation can
 * return with its status. The hand-written testing kit (`src/testing/`) turns it into msw
 * handlers and fixture factories; nothing else imports it, so it is not in the version index.
 */
import { asList, asObject, httpErrorStatus, httpTraitOf, TRAIT_IDS } from '@platform/smithy';
import type { NodeValue, SemanticModel } from '@platform/smithy';
import type { ApiVersion } from '../api-version.js';
import { GENERATED_HEADER, shapeName } from '../source-writer.js';
import { ioType } from './type-names.js';

/** Node values as JSON; big numbers become numbers (examples use small ones). */
function json(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' &&
    v !== null &&
    'text' in v &&
    !Array.isArray(v) &&
    Object.keys(v).length === 1
      ? Number((v as { text: string }).text)
      : v,
  );
}

export function emitTestingData(model: SemanticModel, version: ApiVersion): string {
  const entries: string[] = [];
  for (const service of version.services) {
    const serviceErrors = (service.shape as { errors?: readonly string[] }).errors ?? [];
    for (const op of service.operations) {
      const name = shapeName(op.id);
      const http = httpTraitOf(op);
      const examples = (asList(op.traits[TRAIT_IDS.examples]) ?? []).map(asObject);
      const output = examples.find((e) => e?.['output'] !== undefined)?.['output'] ?? {};
      const errorExamples = new Map<string, NodeValue>();
      for (const example of examples) {
        const error = asObject(example?.['error']);
        const id = error?.['shapeId'];
        if (typeof id === 'string' && !errorExamples.has(shapeName(id))) {
          errorExamples.set(shapeName(id), error?.['content'] ?? {});
        }
      }
      const errors = [...new Set([...op.errors, ...serviceErrors])]
        .map((id) => {
          const shape = model.getShape(id);
          const status = (shape && httpErrorStatus(shape)) ?? 500;
          const errorName = shapeName(id);
          const example = errorExamples.get(errorName);
          return `      ${errorName}: { status: ${status}${example ? `, example: ${json(example)}` : ''} },\n`;
        })
        .sort();
      entries.push(
        `  ${name}: {\n    service: ${json(service.name)},\n    method: ${json(http?.method ?? 'POST')},\n    path: ${json(http?.uri ?? '/')},\n    status: ${json(http?.code ?? 200)},\n    output: ${json(output)},\n    errors: {\n${errors.join('')}    },\n  },\n`,
      );
    }
  }
  entries.sort();
  const operations = version.services
    .flatMap((s) => s.operations)
    .map((op) => ({ name: shapeName(op.id), output: ioType(op.output) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const outputs = operations.map((op) => `  ${op.name}: ${op.output};\n`).join('');
  const imports = [...new Set(operations.map((op) => op.output))]
    .filter((type) => !type.startsWith('Record<'))
    .sort();
  return (
    GENERATED_HEADER +
    `import type { ${imports.join(', ')} } from './models.js';\n` +
    `\n/** The SDK output type of every v${version.major} operation, by operation name. */\n` +
    `export interface OperationOutputs {\n${outputs}}\n` +
    `\n/** Routes, example outputs and modeled errors of every v${version.major} operation, from the model. */\n` +
    `export const TESTING_DATA = {\n${entries.join('')}} as const;\n`
  );
}
