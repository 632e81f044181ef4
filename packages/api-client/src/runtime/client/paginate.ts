/**
 * @module client/paginate
 *
 * `@paginated` operations as async iterators: pages (`paginate`) or items (`paginateItems`).
 * The next request is sent only when the next page is asked for, so breaking out of the loop
 * stops the requests. Generated `paginateX` functions are one-line wrappers.
 */
import type { CallOptions } from '../config/client-options.js';
import type { ApiVersionLabel } from './api-version.js';
import type { PlatformCommand } from './command.js';
import type { CommandOutput } from './platform-client.js';

/** Anything that sends commands of API `Version`: a bare or an aggregated client. */
export interface CommandSender<Version extends ApiVersionLabel = ApiVersionLabel> {
  send<Input extends object, Output extends object>(
    command: PlatformCommand<Input, Output, Version>,
    options?: CallOptions,
  ): Promise<CommandOutput<Output>>;
}

/** How to walk the pages (the Smithy `PaginationConfiguration` fields, plus call options). */
export interface PaginationConfiguration<Client extends CommandSender = CommandSender> {
  readonly client: Client;
  /** Page size to ask for (the operation's page size member). */
  readonly pageSize?: number;
  /** Token of the first page to fetch, to resume a walk. */
  readonly startingToken?: string;
  /** Cancels the walk; the pending request settles at once. */
  readonly abortSignal?: AbortSignal;
}

/**
 * A generated command class.
 * @internal
 */
export type CommandClass<
  Input extends object,
  Output extends object,
  Version extends ApiVersionLabel = ApiVersionLabel,
> = new (input: Input) => PlatformCommand<Input, Output, Version>;

/**
 * Yields every page, from `startingToken` (or the first) to the one without a next token.
 * Generated `paginateX` functions are the public way in.
 * @internal
 */
export async function* paginate<
  Input extends object,
  Output extends object,
  Version extends ApiVersionLabel,
>(
  config: PaginationConfiguration<CommandSender<Version>>,
  input: Input,
  Command: CommandClass<Input, Output, Version>,
): AsyncGenerator<CommandOutput<Output>, undefined, undefined> {
  const spec = new Command(input).operation.pagination;
  if (spec === undefined)
    throw new TypeError(`paginate: ${Command.name} is not a paginated operation.`);
  let token = config.startingToken;
  for (;;) {
    const pageInput = { ...input } as Record<string, unknown>;
    if (token !== undefined) pageInput[spec.inputToken] = token;
    if (config.pageSize !== undefined && spec.pageSize !== undefined)
      pageInput[spec.pageSize] = config.pageSize;
    const page = await config.client.send(new Command(pageInput as Input), {
      abortSignal: config.abortSignal,
    });
    yield page;
    const next = (page as Record<string, unknown>)[spec.outputToken];
    if (typeof next !== 'string' || next === '' || next === token) return undefined;
    token = next;
  }
}

/**
 * Yields every item of every page (the operation's `items` member).
 * @internal
 */
export async function* paginateItems<
  Input extends object,
  Output extends object,
  Item,
  Version extends ApiVersionLabel = ApiVersionLabel,
>(
  config: PaginationConfiguration<CommandSender<Version>>,
  input: Input,
  Command: CommandClass<Input, Output, Version>,
): AsyncGenerator<Item, undefined, undefined> {
  const spec = new Command(input).operation.pagination;
  if (spec?.items === undefined)
    throw new TypeError(`paginateItems: ${Command.name} has no paginated items member.`);
  for await (const page of paginate(config, input, Command)) {
    const items = (page as Record<string, unknown>)[spec.items];
    if (Array.isArray(items)) yield* items as Item[];
  }
  return undefined;
}
