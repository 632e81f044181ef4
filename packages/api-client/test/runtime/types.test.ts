/**
 * Type-level checks of the runtime's public surface, verified by `tsc` (npm run typecheck); the
 * assertions inside never run a request.
 */
import type { MetadataBearer } from '@smithy/types';
import { describe, expectTypeOf, it } from 'vitest';
import {
  OAuthError,
  PlatformError,
  isRateLimitError,
  type CommandOutput,
  type PlatformClientOptions,
  type PlatformResponseMetadata,
} from '../../src/runtime/index.js';
import {
  GetOrderCommand,
  paginateListOrders,
  type Commercial,
  type CommercialClient,
  type GetOrderOutput,
  type ListOrdersOutput,
  type TestEnvironment,
} from './support/orders.js';

describe('types', () => {
  it('send resolves to the command output with $metadata', () => {
    const call = (client: CommercialClient) => client.send(new GetOrderCommand({ orderId: 'x' }));
    expectTypeOf(call).returns.resolves.toMatchTypeOf<GetOrderOutput>();
    expectTypeOf(call)
      .returns.resolves.toHaveProperty('$metadata')
      .toEqualTypeOf<PlatformResponseMetadata>();
  });

  it('outputs are Smithy MetadataBearers', () => {
    expectTypeOf<CommandOutput<GetOrderOutput>>().toMatchTypeOf<MetadataBearer>();
  });

  it('aggregated methods and paginators are typed by operation', () => {
    const call = (client: Commercial) => client.listOrders({ status: 'open' });
    expectTypeOf(call).returns.resolves.toMatchTypeOf<ListOrdersOutput>();
    const walk = (client: Commercial) => paginateListOrders({ client }, {});
    expectTypeOf(walk).returns.toMatchTypeOf<AsyncGenerator<ListOrdersOutput>>();
  });

  it('options take only the service’s environments and the documented names', () => {
    expectTypeOf<PlatformClientOptions<TestEnvironment>['environment']>().toEqualTypeOf<
      TestEnvironment | undefined
    >();
    // @ts-expect-error -- not an environment of the service
    const wrong: PlatformClientOptions<TestEnvironment> = { environment: 'staging' };
    // @ts-expect-error -- misspelt option
    const typo: PlatformClientOptions<TestEnvironment> = { clientID: 'x' };
    // @ts-expect-error -- a required input member is missing
    const missing = () => new GetOrderCommand({});
    void [wrong, typo, missing];
  });

  it('guards and codes narrow', () => {
    const handle = (error: unknown) => {
      if (isRateLimitError(error))
        expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>();
      if (error instanceof OAuthError) expectTypeOf(error.code).toEqualTypeOf<'OAuthError'>();
      if (error instanceof PlatformError) expectTypeOf(error.code).toEqualTypeOf<string>();
    };
    expectTypeOf(handle).toBeFunction();
  });
});
