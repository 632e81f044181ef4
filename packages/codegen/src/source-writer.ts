/**
 * @module source-writer
 *
 * Text building for generated TypeScript: the fixed file header, JSDoc from model
 * documentation, and string literals. Every emitter goes through it so output stays uniform
 * and deterministic.
 */
import type { NodeValue, Traits } from '@platform/smithy';

/** First lines of every generated file (ARCHITECTURE.md §3.4). */
export const GENERATED_HEADER =
  '// @platform/codegen generated code: do not edit. Change model/ and run `npm run generate`.\n';

const DOCUMENTATION = 'smithy.api#documentation';
const DEPRECATED = 'smithy.api#deprecated';

/** A JSDoc block from a shape's or member's documentation and deprecation, or ''. */
export function jsDoc(traits: Traits, indent = '', extra: readonly string[] = []): string {
  const lines: string[] = [];
  const doc = traits[DOCUMENTATION];
  if (typeof doc === 'string') lines.push(...doc.trim().split('\n'));
  lines.push(...extra);
  const deprecated = traits[DEPRECATED];
  if (deprecated !== undefined) lines.push(deprecationTag(deprecated));
  if (lines.length === 0) return '';
  const body = lines.map((line) => `${indent} *${line ? ` ${line.replace(/\*\//g, '*\\/')}` : ''}`);
  return `${indent}/**\n${body.join('\n')}\n${indent} */\n`;
}

function deprecationTag(value: NodeValue): string {
  const fields = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  const record = fields as Record<string, NodeValue>;
  const parts = [record.message, record.since && `Since ${String(record.since)}.`].filter(
    (part): part is string => typeof part === 'string' && part !== '',
  );
  return `@deprecated${parts.length ? ` ${parts.join(' ')}` : ''}`;
}

/** A single-quoted TypeScript string literal. */
export function literal(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** A property key: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : literal(name);
}

/** `ListOrders` → `listOrders`. */
export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The name part of `ns#Name` or `ns#Name$member`. */
export function shapeName(id: string): string {
  return id.slice(id.indexOf('#') + 1).replace(/\$.*/, '');
}
