/**
 * @module Model features OpenAPI cannot describe (smithy-openapi's `UnsupportedTraits`,
 * `CheckForPrefixHeaders` and `CheckForGreedyLabels`): they fail the conversion, or only warn when
 * the matching setting allows it.
 */
import { TRAIT_IDS } from '@platform/smithy';
import { OpenApiConversionError } from '../errors.js';
import { bindingsAt, requestBindings, responseBindings } from '../model/http-bindings.js';
import { ConversionContext } from './context.js';
import type { HttpBinding } from '@platform/smithy';

const UNSUPPORTED_TRAITS = [TRAIT_IDS.endpoint, TRAIT_IDS.hostLabel, TRAIT_IDS.httpChecksum];

export function checkUnsupportedTraits(ctx: ConversionContext): void {
  const violations = ctx.model
    .shapes()
    .map((shape) => ({
      shape,
      traits: UNSUPPORTED_TRAITS.filter((t) => shape.traits[t] !== undefined),
    }))
    .filter((v) => v.traits.length > 0);
  if (violations.length === 0) return;
  const message =
    'Encountered unsupported Smithy traits when converting to OpenAPI:' +
    violations.map((v) => ` (\`${v.shape.id}\`: [\`${v.traits.join('`, `')}\`])`).join('') +
    '. While these traits may still be meaningful to clients and servers using the Smithy model directly, they have no direct corollary in OpenAPI and can not be included in the generated model.';
  if (ctx.settings.ignoreUnsupportedTraits) {
    ctx.warn('UnsupportedTrait', message);
    return;
  }
  const first = violations[0]?.shape;
  throw new OpenApiConversionError('UnsupportedTrait', message, {
    ...(first ? ConversionContext.where(first) : {}),
    hint: 'Remove the traits, or set `ignoreUnsupportedTraits: true` to convert without them.',
  });
}

export function checkPrefixHeaders(ctx: ConversionContext): void {
  for (const operation of ctx.model.shapes()) {
    if (
      operation.type !== 'operation' ||
      !ctx.model.shape(operation.input) ||
      !ctx.model.shape(operation.output)
    )
      continue;
    const bindings: HttpBinding[] = [
      ...bindingsAt(requestBindings(ctx.model, operation), 'prefixHeaders'),
      ...bindingsAt(responseBindings(ctx.model, operation), 'prefixHeaders'),
    ];
    for (const errorId of operation.errors) {
      const error = ctx.model.shape(errorId);
      if (error) bindings.push(...bindingsAt(responseBindings(ctx.model, error), 'prefixHeaders'));
    }
    for (const binding of bindings) {
      const message = `The \`httpPrefixHeaders\` trait is not supported by OpenAPI and was found on \`${binding.member.id}\``;
      if (ctx.settings.onHttpPrefixHeaders === 'WARN') {
        ctx.warn('HttpPrefixHeaders', message, binding.member.id);
      } else {
        throw new OpenApiConversionError('UnsupportedBinding', message, {
          ...ConversionContext.where(binding.member),
          hint: 'Model the headers individually with @httpHeader, or set `onHttpPrefixHeaders: "WARN"` to leave them out.',
        });
      }
    }
  }
}

export function checkGreedyLabels(ctx: ConversionContext, paths: Iterable<string>): void {
  for (const path of paths) {
    if (!path.includes('+}')) continue;
    const message =
      `Greedy URI path label found in path \`${path}\`. Not all OpenAPI tools support this style of URI labels. ` +
      'Greedy URI labels are expected to capture all remaining components of a URI, so if a tool does not support them, the API will not function properly.';
    if (ctx.settings.forbidGreedyLabels) {
      throw new OpenApiConversionError('GreedyLabel', message, {
        hint: 'Use a non-greedy label, or unset `forbidGreedyLabels`.',
      });
    }
    ctx.warn('GreedyLabel', message);
  }
}
