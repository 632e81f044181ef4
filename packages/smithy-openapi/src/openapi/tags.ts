/**
 * @module `@tags` in the document (only with the `tags` setting), filtered by `supportedTags`.
 */
import { TRAIT_IDS } from '@platform/smithy';
import type { Shape } from '@platform/smithy';
import type { ConversionContext } from './context.js';

export function supportedTags(ctx: ConversionContext, shape: Shape): string[] {
  if (!ctx.settings.tags) return [];
  const tags = shape.traits[TRAIT_IDS.tags];
  const list = Array.isArray(tags)
    ? (tags as unknown[]).filter((t): t is string => typeof t === 'string')
    : [];
  const supported = ctx.settings.supportedTags;
  return supported ? list.filter((t) => supported.includes(t)) : list;
}
