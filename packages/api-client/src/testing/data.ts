/**
 * @module The generated per-version testing data (routes, example outputs, modeled errors) and
 * output types, selected by API major.
 */
import {
  TESTING_DATA as V1_DATA,
  type OperationOutputs as V1Outputs,
} from '../generated/v1/testing-data.js';
import {
  TESTING_DATA as V2_DATA,
  type OperationOutputs as V2Outputs,
} from '../generated/v2/testing-data.js';

export type ApiMajor = 1 | 2;

/** SDK output types by operation name, per major. */
export interface OutputsByMajor {
  1: V1Outputs;
  2: V2Outputs;
}

export type OperationName<V extends ApiMajor> = keyof OutputsByMajor[V] & string;

/** The generated testing data, per major (its error names are literal types). */
export interface TestingDataByMajor {
  1: typeof V1_DATA;
  2: typeof V2_DATA;
}

/** The name of every error operation `Op` of API `V` models, e.g. `'NotFoundError'`. */
export type OperationErrorName<
  V extends ApiMajor,
  Op extends OperationName<V>,
> = Op extends keyof TestingDataByMajor[V]
  ? TestingDataByMajor[V][Op] extends { readonly errors: infer Errors }
    ? keyof Errors & string
    : never
  : never;
export type OperationOutput<
  V extends ApiMajor,
  Op extends OperationName<V>,
> = OutputsByMajor[V][Op];

/** What the kit needs to know about one operation. */
export interface OperationData {
  readonly service: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly output: unknown;
  readonly errors: Readonly<
    Record<string, { readonly status: number; readonly example?: unknown }>
  >;
}

const DATA: Record<ApiMajor, Readonly<Record<string, OperationData>>> = { 1: V1_DATA, 2: V2_DATA };

export function operationsOf(version: ApiMajor): Readonly<Record<string, OperationData>> {
  const data = DATA[version] as Readonly<Record<string, OperationData>> | undefined;
  if (!data) throw new TypeError(`version must be 1 or 2, got ${String(version)}`);
  return data;
}

export function operationData(version: ApiMajor, name: string): OperationData {
  const op = operationsOf(version)[name];
  if (!op) {
    throw new TypeError(
      `no operation ${name} in API v${version}; known: ${Object.keys(operationsOf(version)).join(', ')}`,
    );
  }
  return op;
}
