/**
 * The SDK call the request console shows compiles against the real SDK, in both forms the
 * console writes: a model environment (`environment: 'local'`) and edited URLs (`baseUrl`,
 * `tokenUrl`), each with the scopes it asked for and, where the operation takes one, a typed
 * idempotency key. The console builds it in the browser with the same `sdkSample` as the page's
 * own sample, from the example the form is prefilled with.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPortalModel } from '../src/portal.js';
import { methodName, sdkSample, type LiteralValue } from '../src/reference/sample-text.js';
import { firstOutputMember, sampleExample, sdkEntryPoint } from '../src/reference/samples.js';
import { buildReference } from '../src/reference/site.js';
import { sdkMembers } from '../src/reference/values.js';
import { referenceSamples } from '../src/samples/collect.js';
import { typecheckSamples } from '../src/samples/typecheck.js';
import { sdkEntryPoints, sourcePaths } from '../src/sdk/entry-points.js';
import { createCodeHighlighter } from '../src/site/highlight.js';
import { createMarkdownRenderer } from '../src/site/markdown.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const model = loadPortalModel(REPO_ROOT);
const reference = buildReference(model, createMarkdownRenderer(await createCodeHighlighter()));

const ENVIRONMENTS: readonly (readonly [string, Record<string, LiteralValue>])[] = [
  ['local', { environment: 'local' }],
  ['urls', { baseUrl: 'http://127.0.0.1:41234', tokenUrl: 'http://127.0.0.1:41234/oauth/token' }],
];

const consoleCalls = reference.api.flatMap((version) =>
  version.services.flatMap((service) =>
    service.operations.flatMap((op) => {
      const input = sdkMembers(model, sampleExample(op)?.input ?? {}, op.shape.input);
      const token = op.input.find((m) => m.idempotencyToken);
      if (token) input[token.member.name] = 'console-typed-key-1';
      return ENVIRONMENTS.map(([name, environment]) => ({
        id: `console/${version.name}/${op.name}/${name}`,
        page: `${version.name}/${service.slug}/${op.name}.html`,
        code: sdkSample({
          entryPoint: sdkEntryPoint(version.name),
          client: service.name,
          method: methodName(op.name),
          input,
          shown: firstOutputMember(op),
          fillsIdempotencyKey: false,
          options: { ...environment, ...(op.scopes.length > 0 ? { scopes: [...op.scopes] } : {}) },
        }),
      }));
    }),
  ),
);

describe('request console SDK calls', () => {
  it(
    'type-check for every operation, with a model environment or edited URLs',
    {
      timeout: 180_000,
    },
    async () => {
      expect(consoleCalls.length).toBeGreaterThan(20);
      const paths = sourcePaths(await sdkEntryPoints(REPO_ROOT));
      const errors = typecheckSamples(
        referenceSamples(consoleCalls),
        join(REPO_ROOT, '.tmp/portal-console-samples'),
        paths,
      );
      expect(errors.map((e) => e.message)).toEqual([]);
    },
  );
});
