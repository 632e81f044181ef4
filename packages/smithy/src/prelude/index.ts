/**
 * @module The shapes every model sees without importing them: the Smithy prelude (`smithy.api`)
 * and the bundled AWS core traits (`aws.api`, `aws.auth`, `aws.protocols`,
 * `aws.customizations`: what Smithy's smithy-aws-traits package defines). Other trait packages
 * come from model files (ARCHITECTURE.md §2.1). Parsed once per process.
 */
import { readFileSync } from 'node:fs';
import { parseIdl } from '../idl/parser.js';
import type { SourcedFragment } from '../loader/assemble.js';

const PRELUDE = 'smithy.api.smithy';
const BUNDLED = [
  'aws.api.smithy',
  'aws.auth.smithy',
  'aws.customizations.smithy',
  'aws.protocols.smithy',
];

let cached: readonly SourcedFragment[] | undefined;

/** The prelude fragment first, then the bundled definitions (which user files may replace). */
export function builtInFragments(): readonly SourcedFragment[] {
  cached ??= [
    { fragment: parseBuiltIn(PRELUDE), origin: 'prelude' },
    ...BUNDLED.map((name) => ({ fragment: parseBuiltIn(name), origin: 'bundled' as const })),
  ];
  return cached;
}

function parseBuiltIn(name: string): SourcedFragment['fragment'] {
  const url = new URL(name, import.meta.url);
  return parseIdl(`<built-in>/${name}`, readFileSync(url, 'utf8'));
}
