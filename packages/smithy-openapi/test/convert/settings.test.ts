import { describe, expect, it } from 'vitest';
import { OpenApiConversionError, convertToOpenApi } from '../../src/index.js';
import { modelFrom } from '../model-from.js';

const model = modelFrom(`
$version: "2"
namespace smithy.example
@aws.protocols#restJson1
@tags(["a", "b"])
service Example { version: "1" }
`);

function failure(settings: Record<string, unknown>): OpenApiConversionError {
  try {
    convertToOpenApi(model, settings);
  } catch (error) {
    if (error instanceof OpenApiConversionError) return error;
    throw error;
  }
  throw new Error('expected the conversion to fail');
}

describe('settings', () => {
  it.each([
    [{}, 'service', 'is required'],
    [{ service: 'smithy.example#Example', tags: 'yes' }, 'tags', 'must be true or false'],
    [{ service: 'smithy.example#Example', version: '3.2.0' }, 'version', 'one of "3.0.2", "3.1.0"'],
    [
      { service: 'smithy.example#Example', supportedTags: ['a', 1] },
      'supportedTags',
      'a list of strings',
    ],
    [{ service: 'smithy.example#Example', jsonAdd: [] }, 'jsonAdd', 'an object'],
    [
      { service: 'smithy.example#Example', 'disable.foo': true },
      'disable.foo',
      'no longer supported',
    ],
  ])('rejects %j naming `%s`', (settings, key, problem) => {
    const error = failure(settings);
    expect(error.code).toBe('InvalidSettings');
    expect(error.message).toContain(`\`${key}\``);
    expect(error.message).toContain(problem);
  });

  it('needs OpenAPI 3.1 for reference descriptions, and says how to get it', () => {
    const error = failure({ service: 'smithy.example#Example', addReferenceDescriptions: true });
    expect(error.message).toContain('requires openapi version 3.1.0');
    expect(error.hint).toContain('"version": "3.1.0"');
  });

  it('reports a service that is missing or is not a service', () => {
    expect(failure({ service: 'smithy.example#Nope' }).code).toBe('ServiceNotFound');
    expect(failure({ service: 'smithy.api#String' }).message).toContain('is not a service shape');
  });

  it('accepts the deprecated `openapi.`-prefixed names upstream still reads', () => {
    const { document } = convertToOpenApi(model, {
      service: 'smithy.example#Example',
      'openapi.tags': true,
    });
    expect(document.tags).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('defaults to OpenAPI 3.0.2 like smithy-openapi', () => {
    expect(convertToOpenApi(model, { service: 'smithy.example#Example' }).document.openapi).toBe(
      '3.0.2',
    );
  });
});
