/**
 * @module Runs the cases of `smithy-corpus/openapi/cases.json` (hand transcriptions of upstream's
 * JUnit tests) against our converter: whole-document comparisons, checks of values at JSON
 * pointers, and expected errors. Checks that need something our port does not offer (custom Java
 * mappers, smithy-build plugins, CORS header sets) are reported as not applicable, with the reason.
 */
import { convertToOpenApi, writeOpenApiJson } from '../../src/index.js';
import { getAtPointer } from '../../src/json/json-pointer.js';
import { jsonDifferences } from './compare-json.js';
import { corpusPath, loadCorpusModel, readJsonExact } from './corpus-files.js';
import type { JsonValue, OpenApiConversionResult } from '../../src/index.js';

export type CaseKind = 'whole document' | 'pointer checks' | 'expected error';
export type Outcome = 'pass' | 'fail' | 'n/a';

export interface CaseResult {
  readonly name: string;
  readonly kind: CaseKind;
  readonly outcome: Outcome;
  readonly detail: string;
}

interface Assertion {
  readonly pointer?: string;
  readonly check?: string;
  readonly equals?: JsonValue;
  readonly operation?: string;
}

interface OpenApiCase {
  readonly name: string;
  readonly inputs: readonly string[];
  readonly config: Readonly<Record<string, unknown>>;
  readonly expected?: string;
  readonly expectErrorContains?: string;
  readonly assertions?: readonly Assertion[];
  readonly note?: string;
}

export function openApiCases(): OpenApiCase[] {
  const file = readJsonExact(corpusPath('openapi', 'cases.json')) as unknown as {
    cases: OpenApiCase[];
  };
  return file.cases;
}

export function runOpenApiCase(c: OpenApiCase): CaseResult {
  const kind: CaseKind = c.expected
    ? 'whole document'
    : c.expectErrorContains !== undefined
      ? 'expected error'
      : 'pointer checks';
  const result = (outcome: Outcome, detail = ''): CaseResult => ({
    name: c.name,
    kind,
    outcome,
    detail,
  });
  const notApplicable = notApplicableReason(c);
  if (notApplicable) return result('n/a', notApplicable);
  let converted: OpenApiConversionResult;
  try {
    const model = loadCorpusModel(c.inputs.map((i) => corpusPath('openapi', i)));
    converted = convertToOpenApi(model, c.config);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (kind === 'expected error') {
      return message.includes(c.expectErrorContains as string)
        ? result('pass')
        : result('fail', `error "${message.split('\n')[0]}" lacks "${c.expectErrorContains}"`);
    }
    return result('fail', `conversion failed: ${message.split('\n')[0]}`);
  }
  if (kind === 'expected error')
    return result('fail', `converted without the expected error "${c.expectErrorContains}"`);
  if (c.expected) {
    const differences = jsonDifferences(
      converted.document,
      readJsonExact(corpusPath('openapi', c.expected)),
    );
    return differences.length === 0 ? result('pass') : result('fail', differences.join('\n    '));
  }
  const failures = (c.assertions ?? [])
    .map((a) => checkAssertion(a, converted))
    .filter((f): f is string => f !== undefined);
  return failures.length === 0 ? result('pass') : result('fail', failures.join('\n    '));
}

/** Why a case cannot apply to this port, if it cannot. */
function notApplicableReason(c: OpenApiCase): string | undefined {
  if (
    c.note?.includes('Custom Java mapper') ||
    c.note?.includes('custom Java OpenApiMapper') ||
    c.note?.includes('Needs a mapper hook')
  ) {
    return 'needs a custom Java OpenApiMapper (no mapper hooks in this port)';
  }
  for (const a of c.assertions ?? []) {
    if (a.operation !== undefined)
      return 'checks CORS protocol header sets (not part of the document)';
    if (a.check?.includes('smithy-build plugin'))
      return 'checks the smithy-build plugin, not the converter';
  }
  return undefined;
}

function checkAssertion(a: Assertion, result: OpenApiConversionResult): string | undefined {
  const doc = result.document;
  const at =
    a.pointer === undefined
      ? undefined
      : a.pointer === '/paths/*'
        ? undefined
        : getAtPointer(doc, a.pointer);
  const fail = (what: string): string => `${a.pointer ?? ''} ${a.check ?? 'equals'}: ${what}`;
  if (a.equals !== undefined || (a.check === undefined && a.pointer !== undefined)) {
    const differences = jsonDifferences(at, a.equals ?? null);
    return differences.length === 0 ? undefined : fail(differences.join('; '));
  }
  const check = a.check ?? '';
  const text = writeOpenApiJson(doc);
  const contains = /^serialized JSON contains '(.+)'$/.exec(check);
  if (contains) return text.includes(contains[1] as string) ? undefined : fail('not found');
  const equalsString = /^== '(.+)'$/.exec(check);
  if (equalsString) return at === equalsString[1] ? undefined : fail(`got ${JSON.stringify(at)}`);
  if (check.startsWith('conversion succeeds')) return undefined;
  if (check === 'non-empty object' || check === 'non-empty') {
    return isObject(at) && Object.keys(at).length > 0
      ? undefined
      : fail(`got ${JSON.stringify(at)}`);
  }
  if (check === 'is an object') return isObject(at) ? undefined : fail(`got ${JSON.stringify(at)}`);
  if (check.startsWith('no path item has')) {
    const methods = ['get', 'head', 'delete', 'patch', 'post', 'put', 'trace', 'options'];
    const paths = isObject(doc.paths) ? Object.values(doc.paths) : [];
    return paths.every((item) => isObject(item) && methods.every((m) => !(m in item)))
      ? undefined
      : fail('an operation is present');
  }
  const hasLacks = /^has (.+); lacks (.+)$/.exec(check);
  if (hasLacks && isObject(at)) {
    const has = (hasLacks[1] as string).split(' and ');
    const lacks = (hasLacks[2] as string).split(' and ');
    const ok = has.every((k) => k in at) && lacks.every((k) => !(k in at));
    return ok ? undefined : fail(`keys ${Object.keys(at).join(', ')}`);
  }
  const warning = /^logs a warning containing '(.+)'$/.exec(check);
  if (warning) {
    return result.warnings.some((w) => w.message.includes(warning[1] as string))
      ? undefined
      : fail('no such warning');
  }
  return fail('check not understood by this harness');
}

function isObject(v: JsonValue | undefined): v is { readonly [k: string]: JsonValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !('text' in v);
}
