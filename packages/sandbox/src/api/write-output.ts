/**
 * @module Turns a handler's output into the HTTP answer the model describes: the status from
 * `@http(code)` (or `@httpResponseCode`), `@httpHeader` members as headers, the rest as the
 * JSON body. Every body is read back against the model before it leaves, so a handler that
 * strays from the model fails loudly (500 and a log line) instead of misleading a partner.
 */
import { httpBindingsOf } from '@platform/smithy';
import type { SemanticModel } from '@platform/smithy';
import type { FieldError } from '../api-error.js';
import type { BoundOperation } from './api-model.js';
import type { WireResponse } from './idempotency.js';
import { ShapeReader, ShapeWriter } from './shape-codec.js';

export class OutputModelError extends Error {
  override readonly name = 'OutputModelError';
}

export interface OutputWriter {
  write(output: Readonly<Record<string, unknown>>): WireResponse;
}

export function outputWriter(model: SemanticModel, operation: BoundOperation): OutputWriter {
  const writer = new ShapeWriter(model);
  const reader = new ShapeReader(model);
  const bound = httpBindingsOf(operation.output, 'response');
  const bodyMembers = bound.filter((b) => b.location === 'document').map((b) => b.member);
  const payload = bound.find((b) => b.location === 'payload');
  return {
    write(output) {
      let status = operation.successCode;
      const headers: Record<string, string> = {};
      for (const b of bound) {
        const value = output[b.member.name];
        if (value === undefined || value === null) continue;
        if (b.location === 'responseCode') status = Number(value);
        if (b.location === 'header') {
          const written = writer.writeMember(b.member, value, 'header');
          headers[b.locationName.toLowerCase()] = Array.isArray(written)
            ? written.join(', ')
            : String(written);
        }
      }
      if (status === 204) return { status, headers, body: null };
      const body = payload
        ? writer.writeMember(payload.member, output[payload.member.name])
        : writer.writeStructure(operation.output.id, output, bodyMembers);
      const errors: FieldError[] = [];
      if (payload) reader.readMember(payload.member, body, '', errors, 'body');
      else reader.readStructure(operation.output.id, body, '', errors, { members: bodyMembers });
      if (errors.length > 0) {
        throw new OutputModelError(
          `${operation.id} answered outside the model: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
        );
      }
      return {
        status,
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      };
    },
  };
}
