/**
 * @module Short summaries for operations and webhooks (opt-in; Smithy has no summary trait): the
 * shape's `@title`, else its name split into words — `ListOrders` → "List orders",
 * `OrderCreatedEvent` → "Order created event".
 */
import { shapeName, TRAIT_IDS } from '@platform/smithy';
import type { Shape } from '@platform/smithy';

export function summaryOf(shape: Shape): string {
  const title = shape.traits[TRAIT_IDS.title];
  if (typeof title === 'string' && title.trim() !== '') return title.trim();
  const words = shapeName(shape.id)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_]+/)
    .filter((w) => w !== '');
  return words.map((w, i) => (i === 0 || /^[A-Z0-9]+$/.test(w) ? w : w.toLowerCase())).join(' ');
}
