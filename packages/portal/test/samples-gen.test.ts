import { loadModel } from '@platform/smithy';
import { describe, expect, it } from 'vitest';
import { collectApi } from '../src/reference/api.js';
import { requestSample, typescriptSample } from '../src/reference/samples.js';
import { curlSample, printTs } from '../src/reference/sample-text.js';
import { sdkValue, wireValue } from '../src/reference/values.js';

const { model } = loadModel({
  sources: [
    {
      filename: 'shop.smithy',
      text: `$version: "2"
namespace example.platform.v9

service Shop { version: "9", operations: [PutThing] }

@idempotent
@http(method: "PUT", uri: "/v9/things/{thingId}")
operation PutThing {
  input := {
    @required @httpLabel thingId: String
    @httpQuery("tag") tags: Tags
    @httpHeader("X-Trace") trace: String
    @idempotencyToken @httpHeader("Idempotency-Key") key: String
    @jsonName("display_name") displayName: String
    at: Timestamp
  }
  output := { @required thingId: String }
}

list Tags { member: String }
`,
    },
  ],
  validate: false,
});
const [version] = collectApi(model);
const op = version?.services[0]?.operations[0];
if (!op) throw new Error('fixture model has no operation');
const example = {
  title: 'Put',
  input: {
    thingId: 'a/b c',
    tags: ['x', 'y z'],
    trace: 't-1',
    key: 'k-1',
    displayName: "O'Neil",
    at: '2026-01-01T00:00:00Z',
  },
};

describe('generated samples', () => {
  it('builds the HTTP request from the bindings: encoded label, repeated query, headers, JSON names', () => {
    expect(requestSample(model, op, example)).toEqual({
      method: 'PUT',
      pathAndQuery: '/v9/things/a%2Fb%20c?tag=x&tag=y%20z',
      headers: [
        ['X-Trace', 't-1'],
        ['Idempotency-Key', 'k-1'],
        ['Content-Type', 'application/json'],
      ],
      body: JSON.stringify({ display_name: "O'Neil", at: '2026-01-01T00:00:00Z' }, null, 2),
    });
  });

  it('quotes the curl command for the shell', () => {
    const curl = curlSample(requestSample(model, op, example), 'https://api.example');
    expect(curl).toContain("curl -X PUT 'https://api.example/v9/things/a%2Fb%20c?tag=x&tag=y%20z'");
    expect(curl).toContain(`"display_name": "O'\\''Neil"`);
  });

  it('writes the SDK call with member names and leaves the idempotency token to the SDK', () => {
    const ts = typescriptSample(model, 'v9', op, example);
    expect(ts).toContain("import { Shop } from '@platform/api-client/v9';");
    expect(ts).toContain('await shop.putThing({');
    expect(ts).toContain("displayName: 'O\\'Neil',");
    expect(ts).not.toContain('key:');
    expect(ts).toContain('console.log(output.thingId);');
  });

  it('renders nested literals and renames only members with @jsonName', () => {
    expect(printTs(sdkValue(model, ['a', 'b'], 'example.platform.v9#Tags'))).toBe("['a', 'b']");
    expect(wireValue(model, { displayName: 'x', thingId: 'y' }, op.shape.input)).toEqual({
      display_name: 'x',
      thingId: 'y',
    });
  });
});
