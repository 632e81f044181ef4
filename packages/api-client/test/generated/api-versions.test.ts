/**
 * v1 and v2 stay apart: a client sends only its own version's commands (a compile error, and at
 * run time `ApiVersionMismatchError` before anything is sent), the user agent names the API
 * version, and every v1 client, command, paginator and the v1 entry point are `@deprecated` with
 * the sunset date of the model's `@lifecycle`. The `@ts-expect-error` lines are checked by `tsc`
 * (npm run typecheck): each must be an error, or the typecheck fails.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as v1 from '../../src/generated/v1/index.js';
import * as v2 from '../../src/generated/v2/index.js';
import type { HttpRequest, HttpTransport } from '../../src/runtime/index.js';
import { SDK_VERSION } from '../../src/sdk-version.js';

const ORDER_V2 = {
  orderId: 'ord_1',
  partnerId: 'prt_1',
  status: 'pending',
  lineItems: [],
  total: { amount: '0.00', currency: 'USD' },
  metadata: {},
  createdAt: '2026-11-20T16:00:00Z',
  updatedAt: '2026-11-20T16:00:00Z',
};

/** A transport that records every request and answers each with `{ order }`. */
function recordingTransport(): HttpTransport & { readonly requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  return {
    requests,
    handle(request) {
      requests.push(request);
      return Promise.resolve({
        response: {
          statusCode: 200,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ order: ORDER_V2 }),
        },
      });
    },
  };
}

const credentials = () => Promise.resolve({ token: 'token-1' });

function clients() {
  const transport = recordingTransport();
  const options = { credentials, requestHandler: transport, baseUrl: 'https://api.example.gov' };
  return { transport, v1: new v1.CommercialClient(options), v2: new v2.CommercialClient(options) };
}

describe('send accepts only the client’s own API version', () => {
  it('compiles a command of the client’s version and refuses the other’s', () => {
    const check = (client1: v1.CommercialClient, client2: v2.CommercialClient) => {
      expectTypeOf(client2.send(new v2.GetOrderCommand({ orderId: 'o' })))
        .resolves.toHaveProperty('order')
        .toEqualTypeOf<v2.Order>();
      // @ts-expect-error a v2 command through a v1 client
      void client1.send(new v2.GetOrderCommand({ orderId: 'o' }));
      // @ts-expect-error a v1 command through a v2 client
      void client2.send(new v1.GetOrderCommand({ orderId: 'o' }));
      // @ts-expect-error a v1 client walking a v2 paginator
      void v2.paginateListOrders({ client: client1 });
      void v2.paginateListOrders({ client: client2 });
    };
    expect(check).toBeTypeOf('function');
  });

  it('brands commands and clients with their version', () => {
    expectTypeOf<v1.GetOrderCommand['apiVersion']>().toEqualTypeOf<'v1'>();
    expectTypeOf<v2.GetOrderCommand['apiVersion']>().toEqualTypeOf<'v2'>();
    expect(new v1.GetOrderCommand({ orderId: 'o' }).apiVersion).toBe('v1');
    expect(new v2.UpdateOrderCommand({ orderId: 'o' }).apiVersion).toBe('v2');
  });

  it('refuses a foreign command at run time with ApiVersionMismatchError, sending nothing', async () => {
    const { transport, v1: client1, v2: client2 } = clients();
    const foreign = new v2.GetOrderCommand({ orderId: 'ord_1' }) as unknown as v1.GetOrderCommand;
    const error: unknown = await client1.send(foreign).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(v1.ApiVersionMismatchError);
    expect(v2.isApiVersionMismatchError(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'ApiVersionMismatchError',
      clientApiVersion: 'v1',
      commandApiVersion: 'v2',
      $metadata: { attempts: 0 },
    });
    expect((error as Error).message).toBe(
      'CommercialClient of API v1 cannot send GetOrderCommand of API v2: import the command from @platform/api-client/v1, or use a client from @platform/api-client/v2.',
    );
    const back = new v1.GetOrderCommand({ orderId: 'ord_1' }) as unknown as v2.GetOrderCommand;
    await expect(client2.send(back)).rejects.toMatchObject({ commandApiVersion: 'v1' });
    expect(transport.requests).toEqual([]);
  });

  it('sends a command of its own version to its own path', async () => {
    const { transport, v2: client2 } = clients();
    await client2.send(new v2.GetOrderCommand({ orderId: 'ord_1' }));
    expect(transport.requests.map((r) => r.path)).toEqual(['/v2/orders/ord_1']);
  });
});

describe('user agent', () => {
  it('carries the SDK version and the API version', async () => {
    const { transport, v1: client1, v2: client2 } = clients();
    expect(client1.config.userAgent).toBe(`platform-api-client/${SDK_VERSION} api/v1`);
    expect(client2.config.userAgent).toBe(`platform-api-client/${SDK_VERSION} api/v2`);
    await client2.send(new v2.GetOrderCommand({ orderId: 'ord_1' }));
    expect(transport.requests[0]?.headers['user-agent']).toBe(
      `platform-api-client/${SDK_VERSION} api/v2`,
    );
  });
});

describe('deprecation of API v1', () => {
  const dir = join(import.meta.dirname, '../../src/generated');
  const program = ts.createProgram([join(dir, 'v1/index.ts'), join(dir, 'v2/index.ts')], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();

  /**
   * `@deprecated` text (`undefined` when none) of each name the version's entry point exports
   * from the version's own generated modules (runtime names are shared by both versions).
   */
  function deprecations(major: number): Map<string, string | undefined> {
    const file = program.getSourceFile(join(dir, `v${major}/index.ts`))!;
    const entry = checker.getSymbolAtLocation(file)!;
    return new Map(
      checker
        .getExportsOfModule(entry)
        .map((exported) => [exported.name, checker.getAliasedSymbol(exported)] as const)
        .filter(([, symbol]) =>
          symbol.declarations?.[0]?.getSourceFile().fileName.startsWith(join(dir, `v${major}`)),
        )
        .map(([name, symbol]) => {
          const tag = symbol.getJsDocTags(checker).find((t) => t.name === 'deprecated');
          return [name, tag && ts.displayPartsToString(tag.text)];
        }),
    );
  }

  const clientsCommandsPaginators = /^(?:[A-Z]\w*Command|[A-Z]\w*Client|Applications|Commercial|Users|paginate\w+)$/;

  it('marks every v1 client, command and paginator with the sunset date and the successor', () => {
    const marked = [...deprecations(1)].filter(([name]) => clientsCommandsPaginators.test(name));
    expect(marked.map(([name]) => name)).toEqual(
      expect.arrayContaining(['CommercialClient', 'Commercial', 'GetOrderCommand', 'paginateListOrders']),
    );
    for (const [name, text] of marked) {
      expect(text, name).toContain('From its sunset on 2027-12-01 every call fails');
      expect(text, name).toContain('`@platform/api-client/v2`');
    }
  });

  it('marks the v1 entry point itself', () => {
    const file = program.getSourceFile(join(dir, 'v1/index.ts'))!;
    const moduleDoc = ts.getJSDocTags(file.statements[0]!).find((t) => t.tagName.text === 'deprecated');
    expect(ts.getTextOfJSDocComment(moduleDoc?.comment)).toContain('2027-12-01');
  });

  it('leaves v2 undeprecated', () => {
    expect([...deprecations(2)].filter(([, text]) => text !== undefined)).toEqual([]);
  });
});
