/**
 * @module Turns a request into an operation's input, checked against the model: labels from
 * the path, query parameters, headers and JSON body members, every problem reported at once as
 * a `ValidationError` whose field errors point at the input members.
 */
import type { Context } from 'hono';
import { httpBindingsOf } from '@platform/smithy';
import type { HttpBinding, SemanticModel } from '@platform/smithy';
import { validationError } from '../api-error.js';
import type { FieldError } from '../api-error.js';
import { readJsonBody } from '../http/json-body.js';
import type { BoundOperation } from './api-model.js';
import { ShapeReader, pointer } from './shape-codec.js';

export interface InputReader {
  read(c: Context): Promise<Record<string, unknown>>;
}

function summary(errors: readonly FieldError[]): string {
  const [first] = errors;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem(s))` : '';
  return first
    ? `Invalid request: ${first.path || 'body'}: ${first.message}${more}`
    : 'Invalid request.';
}

/** A header's problem names the header: its JSON Pointer names only the input member. */
function headerMessage(header: string, error: FieldError): string {
  return `The ${header} header: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1)}`;
}

function isListTarget(model: SemanticModel, bound: HttpBinding): boolean {
  const type = model.expectShape(bound.member.target).type;
  return type === 'list' || type === 'set';
}

/** Prepares, once per operation, a reader of its input. */
export function inputReader(
  model: SemanticModel,
  operation: BoundOperation,
  maxBodyBytes: number,
): InputReader {
  const reader = new ShapeReader(model);
  const bound = httpBindingsOf(operation.input, 'request');
  const bodyMembers = bound.filter((b) => b.location === 'document').map((b) => b.member);
  const payload = bound.find((b) => b.location === 'payload');
  return {
    async read(c) {
      const errors: FieldError[] = [];
      const input: Record<string, unknown> = {};
      for (const b of bound) {
        const path = pointer('', b.member.name);
        let raw: unknown;
        if (b.location === 'label') raw = c.req.param(b.member.name);
        else if (b.location === 'query') {
          const values = c.req.queries(b.locationName);
          if (values && values.length > 1 && !isListTarget(model, b)) {
            errors.push({ path, message: `Send the query parameter ${b.locationName} once.` });
            continue;
          }
          raw = values && (isListTarget(model, b) ? values : values[0]);
        } else if (b.location === 'header') {
          const value = c.req.header(b.locationName);
          raw =
            value !== undefined && isListTarget(model, b)
              ? value.split(',').map((v) => v.trim())
              : value;
        } else continue;
        // A header sent empty is a value to check (`Idempotency-Key:` is not "no key").
        if (raw === undefined || (raw === '' && b.location !== 'header')) {
          reader.absent(b.member, path, errors, input);
          continue;
        }
        const where = b.location;
        const memberErrors: FieldError[] = [];
        const value = reader.readMember(b.member, raw, path, memberErrors, where);
        if (value !== undefined) input[b.member.name] = value;
        errors.push(
          ...(b.location === 'header'
            ? memberErrors.map((e) => ({
                ...e,
                message: headerMessage(b.locationName, e),
              }))
            : memberErrors),
        );
      }
      // An operation without body members ignores a body, as restJson1 servers do.
      const body =
        payload || bodyMembers.length > 0 ? await readJsonBody(c, maxBodyBytes) : undefined;
      if (payload) {
        const path = pointer('', payload.member.name);
        if (body === undefined) reader.absent(payload.member, path, errors, input);
        else {
          const value = reader.readMember(payload.member, body, path, errors, 'body');
          if (value !== undefined) input[payload.member.name] = value;
        }
      } else if (bodyMembers.length > 0 && body === undefined) {
        for (const member of bodyMembers) {
          reader.absent(member, pointer('', member.name), errors, input);
        }
      } else if (bodyMembers.length > 0) {
        const members = reader.readStructure(operation.input.id, body, '', errors, {
          members: bodyMembers,
        });
        Object.assign(input, members);
      }
      if (errors.length > 0) throw validationError(summary(errors), errors);
      return input;
    },
  };
}
