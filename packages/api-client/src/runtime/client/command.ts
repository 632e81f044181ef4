/**
 * @module client/command
 *
 * The command: one call of one operation with its input, sent by a client's `send`. Generated
 * command classes extend {@link PlatformCommand}, name their operation and their API version:
 *
 * ```ts
 * export class GetOrderCommand extends PlatformCommand<GetOrderInput, GetOrderOutput, 'v2'> {
 *   constructor(input: GetOrderInput) {
 *     super(GetOrderOperation, input);
 *   }
 * }
 * ```
 */
import type { ApiVersionLabel } from './api-version.js';
import type { Operation } from './operation.js';

/**
 * One call of `operation` with `input`; `Output` is what `send` resolves to (plus `$metadata`),
 * `Version` the API version whose clients accept it.
 */
export class PlatformCommand<
  Input extends object,
  Output extends object,
  Version extends ApiVersionLabel = ApiVersionLabel,
> {
  /** Carries the output type for `send`; never set at run time. */
  declare readonly outputType?: Output;

  /** @internal Generated command classes pass their operation; partners pass only the input. */
  constructor(
    /** @internal The operation's declaration (`defineOperation`). */
    readonly operation: Operation<Version>,
    /** The input as given; the runtime never modifies it. */
    readonly input: Input,
  ) {}

  /** The API version of the command, e.g. `v2`: only a client of that version sends it. */
  get apiVersion(): Version {
    return this.operation.apiVersion;
  }
}
