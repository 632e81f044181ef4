/**
 * @module Checks one HTTP answer against its OpenAPI operation: the status is documented, the
 * documented headers are present and valid, the body is JSON that validates (JSON Schema
 * 2020-12, ajv) against the documented schema with no members the document does not name; and
 * the API's own conventions (`x-request-id` on every answer and in error bodies; `Deprecation`
 * and `Sunset` on deprecated operations, matching `x-sunset`).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import type { JsonSchema, OpenApiDocument, OperationObject, ResponseObject } from './documents.js';

const addFormats = addFormatsImport as unknown as FormatsPlugin;

/**
 * Object schemas that list their properties get `additionalProperties: false`, so a member
 * the document does not name (a leaked v1 field in v2, say) fails the check.
 */
function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, closeObjects(v)]))
        : closeObjects(value);
  }
  if ('properties' in out && !('additionalProperties' in out)) out['additionalProperties'] = false;
  return out;
}

export interface CheckedAnswer {
  readonly operationId: string;
  readonly status: number;
}

export class ResponseValidator {
  readonly #ajv = new Ajv2020({ strict: false, allErrors: true });
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor(
    private readonly id: string,
    private readonly document: OpenApiDocument,
  ) {
    addFormats(this.#ajv);
    this.#ajv.addSchema({ $id: id, components: closeObjects(document.components) });
  }

  operation(method: string, path: string): OperationObject {
    const operation = this.document.paths[path]?.[method.toLowerCase()];
    if (!operation) throw new Error(`${method} ${path} is not an operation of ${this.id}`);
    return operation;
  }

  /** Throws an `Error` listing every way the answer departs from the document. */
  check(method: string, path: string, response: Response, bodyText: string): CheckedAnswer {
    const operation = this.operation(method, path);
    const where = `${operation.operationId} ${response.status}`;
    const problems: string[] = [];
    const documented: ResponseObject | undefined =
      operation.responses[String(response.status)] ?? operation.responses['default'];
    if (!documented) {
      throw new Error(
        `${where}: status not documented (documented: ${Object.keys(operation.responses).join(', ')})`,
      );
    }
    const requestId = response.headers.get('x-request-id');
    if (!requestId) problems.push('no x-request-id header');
    for (const [name, header] of Object.entries(documented.headers ?? {})) {
      const value = response.headers.get(name);
      if (value === null) {
        if (header.required) problems.push(`required header ${name} missing`);
        continue;
      }
      const type = header.schema?.['type'];
      const parsed = type === 'integer' || type === 'number' ? Number(value) : value;
      const problem = this.#validate(header.schema ?? {}, parsed);
      if (problem) problems.push(`header ${name}: ${problem}`);
    }
    if (operation.deprecated) {
      if (!/^@\d+$/.test(response.headers.get('deprecation') ?? ''))
        problems.push('no Deprecation header');
      const sunset = operation['x-sunset'];
      if (sunset && response.headers.get('sunset') !== new Date(sunset).toUTCString()) {
        problems.push(`Sunset header is not ${new Date(sunset).toUTCString()} (x-sunset)`);
      }
    }
    const content = documented.content?.['application/json'];
    if (!content) {
      if (bodyText !== '') problems.push('a body where the document has none');
    } else {
      if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
        problems.push(`content-type ${response.headers.get('content-type')}`);
      }
      let body: unknown;
      try {
        body = JSON.parse(bodyText);
      } catch {
        problems.push('body is not JSON');
      }
      const problem = body === undefined ? undefined : this.#validate(content.schema ?? {}, body);
      if (problem) problems.push(`body: ${problem}`);
      if (
        response.status >= 400 &&
        body &&
        (body as { requestId?: unknown }).requestId !== requestId
      ) {
        problems.push('error body requestId differs from x-request-id');
      }
    }
    if (problems.length > 0)
      throw new Error(`${where} breaks ${this.id}:\n  ${problems.join('\n  ')}`);
    return { operationId: operation.operationId, status: response.status };
  }

  #validate(schema: JsonSchema, value: unknown): string | undefined {
    const key = JSON.stringify(schema);
    let validate = this.#compiled.get(key);
    if (!validate) {
      const ref = typeof schema['$ref'] === 'string' ? schema['$ref'] : undefined;
      validate = this.#ajv.compile(
        ref?.startsWith('#') ? { $ref: `${this.id}${ref}` } : (closeObjects(schema) as object),
      );
      this.#compiled.set(key, validate);
    }
    if (validate(value)) return undefined;
    return this.#ajv.errorsText(validate.errors, { separator: '; ', dataVar: '' });
  }
}
