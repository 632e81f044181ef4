/**
 * @module Runs the cases of `smithy-corpus/jsonschema/cases.json` (smithy-jsonschema, the schema
 * layer under smithy-openapi) against our schema layer on its own.
 */
import { jsonSchemaConversion } from '../../src/schema/json-schema-document.js';
import { getAtPointer } from '../../src/json/json-pointer.js';
import { jsonDifferences } from './compare-json.js';
import { corpusPath, loadCorpusModel, readJsonExact } from './corpus-files.js';
import type { JsonSchemaSettings } from '../../src/schema/json-schema-document.js';
import type { JsonValue } from '../../src/index.js';
import type { CaseResult } from './openapi-cases.js';

interface JsonSchemaCase {
  readonly name: string;
  readonly inputs: readonly string[];
  readonly config: JsonSchemaSettings;
  readonly rootShape?: string;
  readonly expected?: string;
  readonly assertions?: ReadonlyArray<{
    pointer?: string;
    check?: string;
    toPointer?: string;
    equals?: JsonValue;
  }>;
}

export function jsonSchemaCases(): JsonSchemaCase[] {
  return (
    readJsonExact(corpusPath('jsonschema', 'cases.json')) as unknown as { cases: JsonSchemaCase[] }
  ).cases;
}

export function runJsonSchemaCase(c: JsonSchemaCase): CaseResult {
  const kind = c.expected ? 'whole document' : 'pointer checks';
  const result = (outcome: CaseResult['outcome'], detail = ''): CaseResult => ({
    name: `jsonschema:${c.name}`,
    kind,
    outcome,
    detail,
  });
  try {
    const conversion = jsonSchemaConversion(
      loadCorpusModel(
        c.inputs.map((i) => corpusPath('jsonschema', i)),
        false,
      ),
      c.config,
    );
    const document = conversion.document(c.rootShape);
    if (c.expected) {
      const differences = jsonDifferences(
        document,
        readJsonExact(corpusPath('jsonschema', c.expected)),
      );
      return differences.length === 0 ? result('pass') : result('fail', differences.join('\n    '));
    }
    const failures: string[] = [];
    for (const a of c.assertions ?? []) {
      if (a.toPointer !== undefined) {
        const pointer = conversion.pointer(a.toPointer);
        if (pointer !== a.equals) failures.push(`pointer of ${a.toPointer} is ${pointer}`);
        continue;
      }
      const at = getAtPointer(document, a.pointer ?? '');
      const failure = check(a.check ?? '', at);
      if (failure) failures.push(`${a.pointer} ${a.check}: ${failure}`);
    }
    return failures.length === 0 ? result('pass') : result('fail', failures.join('\n    '));
  } catch (error) {
    return result(
      'fail',
      `conversion failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
}

function check(text: string, at: JsonValue | undefined): string | undefined {
  const isObject = typeof at === 'object' && at !== null && !Array.isArray(at);
  const keys = isObject ? Object.keys(at).sort() : [];
  if (text === 'non-empty') return keys.length > 0 ? undefined : 'empty';
  if (text === 'absent') return at === undefined ? undefined : 'present';
  const listed = /^(keys|set) == [[{](.*)[\]}]$/.exec(text);
  if (listed) {
    const want = [...(listed[2] as string).matchAll(/'([^']*)'/g)]
      .map((m) => m[1] as string)
      .sort();
    const got =
      listed[1] === 'keys' ? keys : Array.isArray(at) ? (at as JsonValue[]).map(String).sort() : [];
    return JSON.stringify(got) === JSON.stringify(want) ? undefined : `got ${JSON.stringify(got)}`;
  }
  return 'check not understood by this harness';
}
