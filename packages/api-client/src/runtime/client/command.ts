/**
 * @module client/command
 *
 * The command: one call of one operation with its input, sent by a client's `send`. Generated
 * command classes extend {@link PlatformCommand} and name their operation:
 *
 * ```ts
 * export class GetOrderCommand extends PlatformCommand<GetOrderInput, GetOrderOutput> {
 *   constructor(input: GetOrderInput) {
 *     super(GetOrder, input);
 *   }
 * }
 * ```
 */
import type { Operation } from './operation.js';

/** One call of `operation` with `input`; `Output` is what `send` resolves to (plus `$metadata`). */
export class PlatformCommand<Input extends object, Output extends object> {
  /** Carries the output type for `send`; never set at run time. */
  declare readonly outputType?: Output;

  /** @internal Generated command classes pass their operation; partners pass only the input. */
  constructor(
    /** @internal The operation's declaration (`defineOperation`). */
    readonly operation: Operation,
    /** The input as given; the runtime never modifies it. */
    readonly input: Input,
  ) {}
}
