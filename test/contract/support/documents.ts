/**
 * @module The OpenAPI documents the contract suite holds the sandbox to: one per service and
 * API version, as `npm run generate:openapi` writes them to `openapi/v<N>/<Service>.openapi.json`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SERVICES = ['Commercial', 'Applications', 'Users'] as const;
export type ServiceName = (typeof SERVICES)[number];

export type JsonSchema = Readonly<Record<string, unknown>>;

export interface ResponseObject {
  readonly description?: string;
  readonly headers?: Readonly<
    Record<string, { readonly required?: boolean; readonly schema?: JsonSchema }>
  >;
  readonly content?: Readonly<Record<string, { readonly schema?: JsonSchema }>>;
}

export interface OperationObject {
  readonly operationId: string;
  readonly deprecated?: boolean;
  readonly 'x-sunset'?: string;
  readonly responses: Readonly<Record<string, ResponseObject>>;
}

export interface OpenApiDocument {
  readonly openapi: string;
  readonly paths: Readonly<Record<string, Readonly<Record<string, OperationObject>>>>;
  readonly components: { readonly schemas: Readonly<Record<string, JsonSchema>> };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export function documentPath(major: number, service: ServiceName): string {
  return `${REPO_ROOT}openapi/v${major}/${service}.openapi.json`;
}

export function loadDocument(major: number, service: ServiceName): OpenApiDocument {
  return JSON.parse(readFileSync(documentPath(major, service), 'utf8')) as OpenApiDocument;
}

/** Every operation of a document: id, method and path template. */
export function operationsOf(
  document: OpenApiDocument,
): { operationId: string; method: string; path: string; operation: OperationObject }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ operationId: operation.operationId, method, path, operation }] : [];
    }),
  );
}
