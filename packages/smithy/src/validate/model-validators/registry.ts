/**
 * @module The validators a `metadata validators` entry can name, as Smithy's built-in set
 * (smithy-model's `EmitEachSelector`, `EmitNoneSelector`, `UnreferencedShape`, and the
 * smithy-linters rules), by name.
 */
import type { ValidatorFactory } from './config.js';
import { emitEachSelector } from './emit-each-selector.js';
import { emitNoneSelector } from './emit-none-selector.js';
import { unreferencedShape } from './unreferenced-shape.js';

export const BUILT_IN_VALIDATORS: ReadonlyMap<string, ValidatorFactory> = new Map([
  ['EmitEachSelector', emitEachSelector],
  ['EmitNoneSelector', emitNoneSelector],
  ['UnreferencedShape', unreferencedShape],
]);
