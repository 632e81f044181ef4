/**
 * Numbers beyond 2^53 reach the written JSON digit for digit, and converting the same model twice
 * writes the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { convertToOpenApi, writeOpenApiJson } from '../../src/index.js';
import { modelFrom } from '../model-from.js';

const IDL = `
$version: "2"
namespace smithy.example

@aws.protocols#restJson1
service Example { version: "1", operations: [PutCounter] }

@idempotent
@http(method: "PUT", uri: "/counter")
operation PutCounter {
    input := {
        @range(min: -9223372036854775808, max: 9223372036854775807)
        value: Long = 9007199254740993
        ratio: BigDecimal = 0.1234567890123456789
    }
}

apply PutCounter @examples([
    { title: "Largest", input: { value: 9223372036854775807, ratio: 123456789012345678901234567890.5 } }
])
`;

describe('numbers and determinism', () => {
  const settings = { service: 'smithy.example#Example', useIntegerType: true } as const;

  it('writes big integers and long decimals exactly', () => {
    const text = writeOpenApiJson(convertToOpenApi(modelFrom(IDL), settings).document);
    for (const literal of [
      '"minimum": -9223372036854775808',
      '"maximum": 9223372036854775807',
      '"default": 9007199254740993',
      '"default": 0.1234567890123456789',
      '"value": 9223372036854775807',
      '"ratio": 123456789012345678901234567890.5',
    ]) {
      expect(text).toContain(literal);
    }
  });

  it('writes the same bytes on every conversion', () => {
    const first = writeOpenApiJson(convertToOpenApi(modelFrom(IDL), settings).document);
    const second = writeOpenApiJson(convertToOpenApi(modelFrom(IDL), settings).document);
    expect(second).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
  });
});
