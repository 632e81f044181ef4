/**
 * @module `PlatformRequiredScopes`: in a service authenticated with
 * `@oauth2ClientCredentials`, every operation that uses that scheme declares `@requiredScopes`,
 * and every scope it names is one the service lists in the trait's `scopes`. Scopes nobody
 * requires are pointed out; `@requiredScopes` where no service uses OAuth is flagged as inert.
 */
import type {
  OperationShape,
  SemanticModel,
  ServiceShape,
  ValidationEvent,
} from '../../model/shapes.js';
import { eventFor } from '../event.js';
import { asObject, asStringList } from '../../model/node.js';
import { containedOperations } from '../service-operations.js';
import { editDistanceWithin } from '../text.js';
import { TRAIT_IDS } from '../../model/trait-ids.js';

const ID = 'PlatformRequiredScopes';

export function validateRequiredScopes(model: SemanticModel): ValidationEvent[] {
  const events: ValidationEvent[] = [];
  const inOAuthService = new Set<string>();
  for (const service of model.shapesOfType('service')) {
    const oauth = asObject(service.traits[TRAIT_IDS.oauth2ClientCredentials]);
    if (!oauth) continue;
    const known = Object.keys(asObject(oauth['scopes']) ?? {});
    const used = new Set<string>();
    for (const operation of containedOperations(model, service)) {
      inOAuthService.add(operation.id);
      if (!usesOAuth(service, operation)) continue;
      checkOperation(service, operation, known, used, events);
    }
    for (const scope of known.filter((s) => !used.has(s))) {
      events.push(
        eventFor(
          service,
          'NOTE',
          `${ID}.UnusedScope`,
          `Scope \`${scope}\` is listed in \`oauth2ClientCredentials\` of \`${service.id}\`, but no operation of the service requires it`,
          'Remove the scope, or require it on the operations it is meant to guard.',
        ),
      );
    }
  }
  for (const operation of model.shapesOfType('operation')) {
    if (operation.traits[TRAIT_IDS.requiredScopes] === undefined) continue;
    if (inOAuthService.has(operation.id)) continue;
    events.push(
      eventFor(
        operation,
        'WARNING',
        `${ID}.NoOAuthService`,
        'Operation declares `requiredScopes`, but no service that binds it is authenticated with `oauth2ClientCredentials`, so the scopes are never checked',
        'Bind the operation to a service with `@oauth2ClientCredentials`, or remove `@requiredScopes`.',
      ),
    );
  }
  return events;
}

/** The operation's effective `@auth` (its own, else the service's) includes the OAuth scheme. */
function usesOAuth(service: ServiceShape, operation: OperationShape): boolean {
  const auth = asStringList(operation.traits[TRAIT_IDS.auth] ?? service.traits[TRAIT_IDS.auth]);
  return auth === undefined || auth.includes(TRAIT_IDS.oauth2ClientCredentials);
}

function checkOperation(
  service: ServiceShape,
  operation: OperationShape,
  known: readonly string[],
  used: Set<string>,
  events: ValidationEvent[],
): void {
  const scopes = asStringList(operation.traits[TRAIT_IDS.requiredScopes]);
  if (scopes === undefined) {
    events.push(
      eventFor(
        operation,
        'ERROR',
        `${ID}.Missing`,
        `Operation is bound to \`${service.id}\`, which is authenticated with \`oauth2ClientCredentials\`, but it does not declare \`requiredScopes\``,
        `Add \`@requiredScopes([...])\` naming one or more of: ${known.map((s) => `"${s}"`).join(', ')}; or \`@auth([])\` if the operation needs no token.`,
      ),
    );
    return;
  }
  for (const scope of scopes) {
    used.add(scope);
    if (known.includes(scope)) continue;
    const close = known.filter((k) => editDistanceWithin(scope, k, 2) !== undefined);
    events.push(
      eventFor(
        operation,
        'ERROR',
        `${ID}.UnknownScope`,
        `Scope \`${scope}\` is not listed in the \`scopes\` of \`oauth2ClientCredentials\` on \`${service.id}\`${close.length > 0 ? `. Did you mean ${close.join(', ')}?` : ''}`,
        close.length > 0
          ? `Use \`${close[0] ?? ''}\`, or add \`${scope}\` to the service's \`scopes\` with a description.`
          : `Add \`"${scope}": "<what it allows>"\` to the \`scopes\` of \`@oauth2ClientCredentials\` on \`${service.id}\`.`,
      ),
    );
  }
}
