/**
 * @module Auth rules: `AuthTrait` (an `@auth` list on a service or its operations names only auth
 * schemes applied to the service), `ServiceAuthDefinitions` (a service with several schemes says
 * their order with `@auth`) and `HttpApiKeyAuthTrait` (a `scheme` only goes in a header).
 * That `@auth` entries are auth definitions at all is the trait's `@idRef`, checked by TraitValue.
 */
import type { SemanticModel, ServiceShape, ShapeId, ValidationEvent } from '../model/shapes.js';
import type { Subject } from './event.js';
import { eventFor } from './event.js';
import { asObject, asString, asStringList } from '../model/node.js';
import { containedOperations } from './service-operations.js';
import { TRAIT_IDS } from '../model/trait-ids.js';

/** Auth schemes of a service: its traits whose definitions carry `@authDefinition`, sorted. */
function authSchemesOf(model: SemanticModel, service: ServiceShape): ShapeId[] {
  return Object.keys(service.traits)
    .filter((id) => model.getShape(id)?.traits[TRAIT_IDS.authDefinition] !== undefined)
    .sort();
}

export function validateAuth(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  for (const service of model.shapesOfType('service')) {
    const schemes = new Set(authSchemesOf(model, service));
    const check = (subject: Subject) => {
      const listed = asStringList(subject.traits[TRAIT_IDS.auth]);
      const unknown = (listed ?? []).filter((id) => !schemes.has(id)).sort();
      if (unknown.length === 0) return;
      events.push(
        eventFor(
          subject,
          'DANGER',
          'AuthTrait',
          `auth trait applies authentication that is not configured on the service shape, \`${service.id}\`: [${unknown.join(', ')}]`,
          `Apply ${unknown.map((id) => `\`@${id}\``).join(', ')} to \`${service.id}\`, or remove ${unknown.length > 1 ? 'them' : 'it'} from \`@auth\`.`,
        ),
      );
    };
    check(service);
    containedOperations(model, service).forEach(check);
    if (schemes.size > 1 && service.traits[TRAIT_IDS.auth] === undefined) {
      events.push(
        eventFor(
          service,
          'WARNING',
          'ServiceAuthDefinitions',
          'This service uses multiple authentication schemes but does not have the `@auth` trait applied. The `@auth` trait defines a priority ordering of auth schemes for a client to use. Without it, the ordering of auth schemes is alphabetical based on the absolute shape ID of the auth schemes.',
          `Add \`@auth([${[...schemes].join(', ')}])\` in the order clients should try them.`,
        ),
      );
    }
    const apiKey = asObject(service.traits[TRAIT_IDS.httpApiKeyAuth]);
    const where = asString(apiKey?.['in']);
    if (apiKey && asString(apiKey['scheme']) !== undefined && where !== 'header') {
      events.push(
        eventFor(
          service,
          'ERROR',
          'HttpApiKeyAuthTrait',
          `The httpApiKeyAuth trait must have an \`in\` value of \`header\` when a \`scheme\` is provided, found: ${where ?? ''}`,
          'Set `in: "header"`, or drop `scheme` for a query-string key.',
        ),
      );
    }
  }
  return events;
}
