/**
 * @module webhooks-entry.test
 *
 * The `/webhooks` entry of an SDK line re-exports the hand-written webhook names, except those
 * the version's `webhook-events.ts` declares itself, which it takes from there instead.
 */
import { join } from 'node:path';
import { loadModel } from '@platform/smithy';
import { describe, expect, it } from 'vitest';
import { collectApiVersions } from '../src/api-version.js';
import { emitWebhooksEntry } from '../src/emit/webhooks.js';
import { REPO_ROOT } from './support/paths.js';

const COMMON = ['traits.smithy', 'types.smithy'].map((f) => join(REPO_ROOT, 'model/common', f));
const loaded = loadModel({
  files: [...COMMON, join(import.meta.dirname, 'fixtures/golden/widgets.smithy')],
});
const [v1] = collectApiVersions(loaded.model);

describe('emitWebhooksEntry', () => {
  it('takes the version’s own verifiers and events, and every other hand-written name', () => {
    const entry = emitWebhooksEntry(
      v1!,
      {
        from: '../../webhooks/index.js',
        values: ['signWebhook', 'verifyWebhook', 'verifyWebhookRequest'],
        types: ['JsonObject', 'WebhookSecrets'],
      },
      {
        from: './webhook-events.js',
        values: ['verifyWebhook', 'verifyWebhookRequest', 'WEBHOOK_EVENT_TYPES'],
        types: ['WebhookEvent'],
      },
    );
    expect(entry).toContain(
      "export {\n  type JsonObject,\n  signWebhook,\n  type WebhookSecrets,\n} from '../../webhooks/index.js';\n",
    );
    expect(entry).toContain(
      "export {\n  verifyWebhook,\n  verifyWebhookRequest,\n  WEBHOOK_EVENT_TYPES,\n  type WebhookEvent,\n} from './webhook-events.js';\n",
    );
    expect(entry).toContain('@module @platform/api-client/webhooks');
    expect(entry).toContain('In `@platform/api-client` 1.x this');
  });
});
