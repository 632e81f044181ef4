/**
 * @module bench/client/bundle-entry
 *
 * What a browser application ships for one call: the client with its credentials provider and
 * one command, shaped like codegen's per-command output (so unused commands are not in it).
 * `client.bench.ts` bundles it with esbuild and reports the gzip size.
 */
import { PlatformClient, PlatformCommand } from '../../src/runtime/index.js';
import { createErrorRegistry, defineOperation } from '../../src/runtime/internal.js';

const GetOrder = defineOperation({
  name: 'GetOrder',
  apiVersion: 'v2',
  method: 'GET',
  path: '/v2/orders/{orderId}',
  required: ['orderId'],
  idempotent: true,
  scopes: ['commercial:read'],
  output: { body: { order: 'order' } },
});

class GetOrderCommand extends PlatformCommand<{ orderId: string }, { order?: object }, 'v2'> {
  constructor(input: { orderId: string }) {
    super(GetOrder, input);
  }
}

const client = new PlatformClient(
  {
    name: 'Commercial',
    apiVersion: 'v2',
    sdkVersion: '2.0.0',
    environments: [
      {
        name: 'prod',
        baseUrl: 'https://api.example.gov',
        tokenUrl: 'https://api.example.gov/oauth/token',
      },
    ],
    errors: createErrorRegistry([]),
  },
  { clientId: 'app', clientSecret: 'secret', allowClientSecretInBrowser: true },
);
export const order = client.send(new GetOrderCommand({ orderId: 'ord_1' }));
