/**
 * @module The validators a `metadata validators` entry can name, as Smithy's built-in set:
 * smithy-model's `EmitEachSelector`, `EmitNoneSelector` and `UnreferencedShape`, and the
 * smithy-linters rules (`linters/`).
 */
import type { ValidatorFactory } from './config.js';
import { emitEachSelector } from './emit-each-selector.js';
import { emitNoneSelector } from './emit-none-selector.js';
import { abbreviationName } from './linters/abbreviation-name.js';
import { camelCase } from './linters/camel-case.js';
import { inputOutputStructureReuse } from './linters/input-output-structure-reuse.js';
import { missingClientOptionalTrait } from './linters/missing-client-optional-trait.js';
import { missingPaginatedTrait } from './linters/missing-paginated-trait.js';
import { missingSensitiveTrait } from './linters/missing-sensitive-trait.js';
import { noninclusiveTerms } from './linters/noninclusive-terms.js';
import { reservedWords } from './linters/reserved-words.js';
import { shouldHaveUsedTimestamp } from './linters/should-have-used-timestamp.js';
import { standardOperationVerb } from './linters/standard-operation-verb.js';
import { repeatedShapeName, stutteredShapeName } from './linters/stuttered-shape-name.js';
import { unreferencedShape } from './unreferenced-shape.js';

export const BUILT_IN_VALIDATORS: ReadonlyMap<string, ValidatorFactory> = new Map([
  ['EmitEachSelector', emitEachSelector],
  ['EmitNoneSelector', emitNoneSelector],
  ['UnreferencedShape', unreferencedShape],
  ['AbbreviationName', abbreviationName],
  ['CamelCase', camelCase],
  ['InputOutputStructureReuse', inputOutputStructureReuse],
  ['MissingClientOptionalTrait', missingClientOptionalTrait],
  ['MissingPaginatedTrait', missingPaginatedTrait],
  ['MissingSensitiveTrait', missingSensitiveTrait],
  ['NoninclusiveTerms', noninclusiveTerms],
  ['RepeatedShapeName', repeatedShapeName],
  ['ReservedWords', reservedWords],
  ['ShouldHaveUsedTimestamp', shouldHaveUsedTimestamp],
  ['StandardOperationVerb', standardOperationVerb],
  ['StutteredShapeName', stutteredShapeName],
]);
