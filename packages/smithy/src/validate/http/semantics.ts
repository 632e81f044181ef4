/**
 * @module HTTP semantics: `HttpResponseCodeSemantics` (success codes in 2xx, no body with 204/205,
 * `@httpError` codes matching `@error("client"|"server")`), `HttpMethodSemantics` (method casing,
 * readonly/idempotent traits matching the method, no request body on GET/DELETE/...), and
 * `HttpBindingsMissing` (a REST protocol needs `@http` on every operation of its service).
 */
import type {
  OperationShape,
  SemanticModel,
  ServiceShape,
  ValidationEvent,
} from '../../model/shapes.js';
import { eventFor } from '../event.js';
import { asNumber, asObject, asString, asStringList } from '../../model/node.js';
import { containedOperations } from '../service-operations.js';
import { tickedList } from '../text.js';
import { TRAIT_IDS } from '../../model/trait-ids.js';
import { httpBindingsOf } from '../../http/http-bindings.js';
import { httpTraitOf } from '../../http/http-trait.js';

interface MethodSemantics {
  readonly readonly?: boolean;
  readonly idempotent?: boolean;
  readonly allowsBody?: boolean;
  readonly warning?: string;
}

const METHODS: Readonly<Record<string, MethodSemantics>> = {
  GET: { readonly: true, idempotent: false, allowsBody: false },
  HEAD: { readonly: true, idempotent: false, allowsBody: false },
  OPTIONS: {
    readonly: true,
    idempotent: false,
    allowsBody: true,
    warning:
      'OPTIONS requests are typically used as part of CORS and should not be modeled explicitly. They are an implementation detail that should not appear in generated client or server code. Instead, tooling should use the `cors` trait on a service to automatically configure CORS on clients and servers. It is the responsibility of service frameworks and API gateways to automatically manage OPTIONS requests. For example, OPTIONS requests are automatically created when using Smithy models with Amazon API Gateway.',
  },
  TRACE: { readonly: true, idempotent: false, allowsBody: false },
  POST: { readonly: false, allowsBody: true },
  DELETE: { readonly: false, idempotent: true, allowsBody: false },
  PUT: { readonly: false, idempotent: true, allowsBody: true },
  PATCH: { readonly: false, allowsBody: true },
};

export function validateHttpSemantics(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const operation of model.shapesOfType('operation')) {
    const http = httpTraitOf(operation);
    if (!http) continue;
    if (http.code < 200 || http.code >= 300) {
      events.push(
        eventFor(
          operation,
          'DANGER',
          'HttpResponseCodeSemantics',
          `Expected an \`http\` code in the 2xx range, but found ${http.code}`,
          'Use a 2xx `code` in `@http`; errors get their codes from `@httpError` on error structures.',
        ),
      );
    } else if (http.code === 204 || http.code === 205) {
      const body = httpBindingsOf(model.getShape(operation.output), 'response').some(
        (b) => b.location === 'document' || b.location === 'payload',
      );
      if (body) {
        events.push(
          eventFor(
            operation,
            'WARNING',
            'HttpResponseCodeSemantics',
            `The HTTP ${http.code} status code does not allow a response body. To use this status code, all output members need to be bound to @httpHeader, @httpPrefixHeaders, @httpResponseCode, etc.`,
            'Bind every output member outside the body, or use 200.',
          ),
        );
      }
    }
    checkMethod(model, operation, http.method, events);
  }
  for (const structure of model.shapesOfType('structure')) {
    const kind = asString(structure.traits[TRAIT_IDS.error]);
    const code = asNumber(structure.traits[TRAIT_IDS.httpError]);
    if (kind === undefined || code === undefined) continue;
    const [low, range] =
      kind === 'client' ? [400, '4xx'] : kind === 'server' ? [500, '5xx'] : [0, ''];
    if (range === '' || (code >= low && code < low + 100)) continue;
    events.push(
      eventFor(
        structure,
        'DANGER',
        'HttpResponseCodeSemantics',
        `Expected an \`httpError\` code in the ${range} range for a \`${kind}\` error, but found ${code}`,
        `Use a ${range} code with \`@error("${kind}")\`, or change the error kind.`,
      ),
    );
  }
  for (const service of model.shapesOfType('service')) checkBindingsPresent(model, service, events);
  return events;
}

function checkMethod(
  model: SemanticModel,
  operation: OperationShape,
  method: string,
  events: ValidationEvent[],
): void {
  const upper = method.toUpperCase();
  const semantics = METHODS[upper];
  if (!semantics) return;
  const warn = (id: string, message: string, hint: string) =>
    events.push(eventFor(operation, 'WARNING', id, message, hint));
  if (method !== upper) {
    warn(
      'HttpMethodSemantics',
      `This operation uses the \`${method}\` method in the \`http\` trait, but expected \`${upper}\`.`,
      `Write the method in upper case: \`${upper}\`.`,
    );
  }
  if (semantics.warning) {
    warn(`HttpMethodSemantics.${upper}`, semantics.warning, 'Remove the OPTIONS operation.');
  }
  const readonly = operation.traits[TRAIT_IDS.readonly] !== undefined;
  if (semantics.readonly !== undefined && semantics.readonly !== readonly) {
    warn(
      `HttpMethodSemantics.${readonly ? 'UnnecessaryReadonlyTrait' : 'MissingReadonlyTrait'}`,
      `This operation uses the \`${upper}\` method in the \`http\` trait, but ${readonly ? 'is' : 'is not'} marked with the readonly trait`,
      readonly ? 'Remove `@readonly`, or use GET.' : 'Add `@readonly` to the operation.',
    );
  }
  const idempotent = operation.traits[TRAIT_IDS.idempotent] !== undefined;
  if (semantics.idempotent !== undefined && semantics.idempotent !== idempotent) {
    warn(
      `HttpMethodSemantics.${idempotent ? 'UnnecessaryIdempotentTrait' : 'MissingIdempotentTrait'}`,
      `This operation uses the \`${upper}\` method in the \`http\` trait, but ${idempotent ? 'is' : 'is not'} marked with the idempotent trait`,
      idempotent
        ? 'Remove `@idempotent`, or use PUT/DELETE.'
        : 'Add `@idempotent` to the operation.',
    );
  }
  if (semantics.allowsBody !== false) return;
  const bindings = httpBindingsOf(model.getShape(operation.input), 'request');
  const payload = bindings.find((b) => b.location === 'payload');
  const document = bindings.filter((b) => b.location === 'document').map((b) => b.member.name);
  const hint =
    'Bind these members with `@httpQuery`, `@httpHeader` or `@httpLabel`, or use a method that has a body (POST, PUT, PATCH).';
  if (payload) {
    events.push(
      eventFor(
        operation,
        'DANGER',
        'HttpMethodSemantics.UnexpectedPayload',
        `This operation uses the \`${upper}\` method in the \`http\` trait, but the \`${payload.member.name}\` member is sent as the payload of the request because it is marked with the \`httpPayload\` trait. Many HTTP clients do not support payloads with ${upper} requests. Consider binding this member to other parts of the HTTP request such as a query string parameter using the \`httpQuery\` trait, a header using the \`httpHeader\` trait, or a path segment using the \`httpLabel\` trait.`,
        hint,
      ),
    );
  } else if (document.length > 0) {
    events.push(
      eventFor(
        operation,
        'DANGER',
        'HttpMethodSemantics.UnexpectedPayload',
        `This operation uses the \`${upper}\` method in the \`http\` trait, but the following members are sent as part of the payload of the request: ${tickedList(document)}. These members are sent as part of the payload because they are not explicitly configured to be sent in headers, in the query string, or in a URI segment. Many HTTP clients do not support payloads with ${upper} requests. Consider binding these members to other parts of the HTTP request such as query string parameters using the \`httpQuery\` trait, headers using the \`httpHeader\` trait, or URI segments using the \`httpLabel\` trait.`,
        hint,
      ),
    );
  }
}

/** The first protocol trait on `service` whose definition says it uses `@http` bindings. */
function restProtocolOf(model: SemanticModel, service: ServiceShape): string | undefined {
  return Object.keys(service.traits)
    .sort()
    .find((traitId) => {
      const definition = model.getShape(traitId)?.traits[TRAIT_IDS.protocolDefinition];
      if (definition === undefined) return false;
      const traits = asStringList(asObject(definition)?.['traits']) ?? [];
      return traits.includes(TRAIT_IDS.http);
    });
}

function checkBindingsPresent(
  model: SemanticModel,
  service: ServiceShape,
  events: ValidationEvent[],
): void {
  const operations = containedOperations(model, service);
  const missing = operations.filter((op) => op.traits[TRAIT_IDS.http] === undefined);
  if (missing.length === 0) return;
  const protocol = restProtocolOf(model, service);
  if (protocol === undefined && missing.length === operations.length) return;
  for (const operation of missing) {
    events.push(
      eventFor(
        operation,
        protocol ? 'ERROR' : 'WARNING',
        'HttpBindingsMissing',
        `${protocol ? `The \`${protocol}\` protocol requires all` : 'One or more'} operations in the \`${service.id}\` service define the \`http\` trait, but this operation is missing the \`http\` trait.`,
        'Add `@http(method: "...", uri: "...")` to this operation.',
      ),
    );
  }
}
