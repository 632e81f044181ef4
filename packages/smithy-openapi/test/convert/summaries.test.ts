import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../src/platform/summaries.js';
import type { Shape } from '@platform/smithy';

function shape(id: string, traits: Shape['traits'] = {}): Shape {
  return {
    id,
    type: 'operation',
    traits,
    mixins: [],
    input: 'smithy.api#Unit',
    output: 'smithy.api#Unit',
    errors: [],
  };
}

describe('summaryOf', () => {
  it.each([
    ['a#ListOrders', 'List orders'],
    ['a#RotateWebhookSigningSecret', 'Rotate webhook signing secret'],
    ['a#OrderCreatedEvent', 'Order created event'],
    ['a#GetHTTPStatus', 'Get HTTP status'],
    ['a#get_thing', 'get thing'],
  ])('%s → %s', (id, want) => {
    expect(summaryOf(shape(id))).toBe(want);
  });

  it('prefers @title', () => {
    expect(summaryOf(shape('a#ListOrders', { 'smithy.api#title': 'Browse orders' }))).toBe(
      'Browse orders',
    );
  });
});
