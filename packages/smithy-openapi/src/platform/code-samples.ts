/**
 * @module The `x-codeSamples` slot on operations: empty when the setting is `true` (for the
 * codegen/portal to fill), or filled by the provider the setting names.
 */
import type { JsonValue } from '../json/json-value.js';
import type { CodeSampleContext, PlatformSettings } from '../settings.js';

export function codeSamplesExtension(
  setting: PlatformSettings['codeSamples'],
  operation: CodeSampleContext,
): JsonValue | undefined {
  if (!setting) return undefined;
  if (setting === true) return [];
  return setting(operation).map((sample) => ({
    lang: sample.lang,
    ...(sample.label !== undefined ? { label: sample.label } : {}),
    source: sample.source,
  }));
}
