/**
 * Models the converter cannot express faithfully fail with a located, explanatory error (a stable
 * `code`, the shape, file/line/column, a hint) instead of producing a silently wrong document.
 */
import { describe, expect, it } from 'vitest';
import { OpenApiConversionError, convertToOpenApi } from '../../src/index.js';
import type { OpenApiErrorCode, OpenApiSettings } from '../../src/index.js';
import { modelFrom } from '../model-from.js';

function conversionError(
  idl: string | string[],
  settings: Partial<OpenApiSettings> = {},
): OpenApiConversionError {
  try {
    convertToOpenApi(modelFrom(...[idl].flat()), {
      service: 'smithy.example#Example',
      ...settings,
    });
  } catch (error) {
    if (error instanceof OpenApiConversionError) return error;
    throw error;
  }
  throw new Error('expected the conversion to fail');
}

function expectLocated(
  error: OpenApiConversionError,
  code: OpenApiErrorCode,
  shapeId: string,
): void {
  expect(error.code).toBe(code);
  expect(error.shapeId).toBe(shapeId);
  expect(error.location?.filename).toBe('test-0.smithy');
  expect(error.location?.line).toBeGreaterThan(0);
  expect(error.message).toMatch(/^test-0\.smithy:\d+:\d+: /);
  expect(error.hint).toBeTruthy();
}

const HEADER = `$version: "2"\nnamespace smithy.example\n`;

describe('bad input', () => {
  it('rejects a protocol it has no converter for', () => {
    const error = conversionError(`${HEADER}
@protocolDefinition
@trait(selector: "service")
structure soapish {}

@soapish
service Example { version: "1" }
`);
    expectLocated(error, 'UnsupportedProtocol', 'smithy.example#Example');
    expect(error.message).toContain(
      'Unable to find an OpenAPI service provider for the `smithy.example#soapish` protocol',
    );
  });

  it('rejects a service without a protocol, and one with two', () => {
    expect(conversionError(`${HEADER}service Example { version: "1" }`).code).toBe(
      'MissingProtocol',
    );
    const two = conversionError(`${HEADER}
@protocolDefinition
@trait(selector: "service")
structure otherProtocol {}

@aws.protocols#restJson1
@otherProtocol
service Example { version: "1" }
`);
    expect(two.code).toBe('AmbiguousProtocol');
    expect(two.hint).toContain('protocol');
  });

  it('rejects two operations bound to the same method and path', () => {
    const error = conversionError(`${HEADER}
@aws.protocols#restJson1
service Example { version: "1", operations: [A, B] }
@http(method: "GET", uri: "/things") @readonly operation A {}
@http(method: "GET", uri: "/things") @readonly operation B {}
`);
    expectLocated(error, 'ConflictingBinding', 'smithy.example#B');
    expect(error.message).toContain(
      '`smithy.example#A` and `smithy.example#B` are both bound to GET /things',
    );
  });

  it('rejects errors sharing a status code unless told to merge them', () => {
    const idl = `${HEADER}
@aws.protocols#restJson1
service Example { version: "1", operations: [GetThing], errors: [Retired] }
@http(method: "GET", uri: "/thing") @readonly
operation GetThing { errors: [Deleted] }
@error("client") @httpError(410) structure Retired { message: String }
@error("client") @httpError(410) structure Deleted { message: String }
`;
    const error = conversionError(idl);
    expectLocated(error, 'ErrorStatusConflict', 'smithy.example#GetThing');
    expect(error.message).toContain('two responses with status 410');
    expect(error.hint).toContain('onErrorStatusConflict');
    const { document } = convertToOpenApi(modelFrom(idl), {
      service: 'smithy.example#Example',
      onErrorStatusConflict: 'oneOf',
    });
    expect(
      (document.components as { schemas: Record<string, unknown> }).schemas
        .GetThing410ErrorResponseContent,
    ).toEqual({
      oneOf: [{ $ref: '#/components/schemas/Deleted' }, { $ref: '#/components/schemas/Retired' }],
    });
  });

  it('rejects a label member the URI does not name', () => {
    const error = conversionError(`${HEADER}
@aws.protocols#restJson1
service Example { version: "1", operations: [GetThing] }
@http(method: "GET", uri: "/things/{id}") @readonly
operation GetThing {
    input := {
        @required @httpLabel
        thingId: String
    }
}
`);
    expectLocated(error, 'ConflictingBinding', 'smithy.example#GetThingInput$thingId');
    expect(error.message).toContain('Unable to find URI label');
  });

  it('rejects @httpPrefixHeaders unless asked only to warn', () => {
    const idl = `${HEADER}
@aws.protocols#restJson1
service Example { version: "1", operations: [PutThing] }
@http(method: "PUT", uri: "/thing") @idempotent
operation PutThing {
    input := {
        @httpPrefixHeaders("X-Meta-")
        meta: Meta
    }
}
map Meta { key: String, value: String }
`;
    expectLocated(conversionError(idl), 'UnsupportedBinding', 'smithy.example#PutThingInput$meta');
    const { warnings } = convertToOpenApi(modelFrom(idl), {
      service: 'smithy.example#Example',
      onHttpPrefixHeaders: 'WARN',
    });
    expect(warnings.map((w) => w.code)).toEqual(['HttpPrefixHeaders']);
  });

  it('rejects a payload whose media type cannot be known', () => {
    const error = conversionError(`${HEADER}
@aws.protocols#restJson1
service Example { version: "1", operations: [PutFlag] }
@http(method: "PUT", uri: "/flag") @idempotent
operation PutFlag {
    input := {
        @httpPayload
        flag: Boolean
    }
}
`);
    expectLocated(error, 'UnsupportedBinding', 'smithy.example#PutFlagInput$flag');
  });

  it('rejects two shapes that would share a schema name', () => {
    const error = conversionError([
      `${HEADER}
@aws.protocols#restJson1
service Example { version: "1", operations: [GetWidgets] }
@http(method: "GET", uri: "/widgets") @readonly
operation GetWidgets { output := { mine: Widget, theirs: other.example#Widget } }
structure Widget { a: String }
`,
      `$version: "2"\nnamespace other.example\nstructure Widget { b: String }\n`,
    ]);
    expect(error.code).toBe('ConflictingName');
    expect(error.message).toContain('using a JSON schema pointer of #/components/schemas/Widget');
    expect(error.hint).toContain('rename');
  });

  it('rejects endpoint traits unless told to ignore them', () => {
    const idl = `${HEADER}
@aws.protocols#restJson1
service Example { version: "1", operations: [Ping] }
@endpoint(hostPrefix: "data.")
@http(method: "POST", uri: "/ping")
operation Ping {}
`;
    expectLocated(conversionError(idl), 'UnsupportedTrait', 'smithy.example#Ping');
    const { warnings } = convertToOpenApi(modelFrom(idl), {
      service: 'smithy.example#Example',
      ignoreUnsupportedTraits: true,
    });
    expect(warnings.map((w) => w.code)).toEqual(['UnsupportedTrait']);
  });
});
