// @platform/codegen generated code: do not edit. Change model/ and run `npm run generate`.
import {
  PlatformClient,
  PlatformCommand,
  createErrorRegistry,
  defineOperation,
  type CallOptions,
  type ClientInternals,
  type CommandOutput,
  type PlatformClientOptions,
  type ServiceDescriptor,
  paginate,
  paginateItems,
  type PaginationConfiguration,
} from '../../runtime/index.js';
import { SDK_VERSION } from '../../sdk-version.js';
import { ENVIRONMENTS, type Environment } from './environments.js';
import { ApiVersionRetiredError, ConflictError, ForbiddenError, InternalError, NotFoundError, RateLimitedError, ServiceUnavailableError, UnauthorizedError, ValidationError } from './errors.js';
import type { AuditEvent, ClientSecret, CreateClientSecretInput, CreateClientSecretOutput, CreateWebhookEndpointInput, CreateWebhookEndpointOutput, DeleteWebhookEndpointInput, DeleteWebhookEndpointOutput, GetApplicationInput, GetApplicationOutput, GetWebhookEndpointInput, GetWebhookEndpointOutput, ListAuditEventsInput, ListAuditEventsOutput, ListClientSecretsInput, ListClientSecretsOutput, ListWebhookEndpointsInput, ListWebhookEndpointsOutput, RevokeClientSecretInput, RevokeClientSecretOutput, RotateWebhookSigningSecretInput, RotateWebhookSigningSecretOutput, SendTestWebhookEventInput, SendTestWebhookEventOutput, WebhookEndpoint } from './models.js';

/** How CreateClientSecret is sent: `POST /v1/application/client-secrets`. */
export const CreateClientSecretOperation = /* @__PURE__ */ defineOperation({
  name: 'CreateClientSecret',
  method: 'POST',
  path: '/v1/application/client-secrets',
  headers: { idempotencyKey: 'idempotency-key' },
  body: { label: 'label', expiresInDays: 'expiresInDays' },
  kinds: { idempotencyKey: 'string' },
  idempotencyToken: 'idempotencyKey',
  scopes: ['applications:write'],
  output: { body: { clientSecret: 'clientSecret', secret: 'secret' } },
});

/**
 * Creates a client secret and returns its value, the only time the API shows it.
 *
 * An application has at most two active client secrets; creating a third is a
 * `ConflictError` with reason `client_secret_limit`. To rotate: create a new secret, deploy
 * it, then revoke the old one.
 * `POST /v1/application/client-secrets`.
 * Requires the scopes `applications:write`.
 */
export class CreateClientSecretCommand extends PlatformCommand<CreateClientSecretInput, CreateClientSecretOutput> {
  constructor(input: CreateClientSecretInput = {}) {
    super(CreateClientSecretOperation, input);
  }
}

/** How CreateWebhookEndpoint is sent: `POST /v1/application/webhook-endpoints`. */
export const CreateWebhookEndpointOperation = /* @__PURE__ */ defineOperation({
  name: 'CreateWebhookEndpoint',
  method: 'POST',
  path: '/v1/application/webhook-endpoints',
  headers: { idempotencyKey: 'idempotency-key' },
  body: { url: 'url', description: 'description', eventTypes: 'eventTypes' },
  kinds: { idempotencyKey: 'string' },
  required: ['url', 'eventTypes'],
  idempotencyToken: 'idempotencyKey',
  scopes: ['applications:write'],
  output: { body: { webhookEndpoint: 'webhookEndpoint', signingSecret: 'signingSecret' } },
});

/**
 * Registers a URL to receive webhook events and returns its signing secret, the only time
 * the API shows it. Events are delivered in version 1 payloads.
 * `POST /v1/application/webhook-endpoints`.
 * Requires the scopes `applications:write`.
 */
export class CreateWebhookEndpointCommand extends PlatformCommand<CreateWebhookEndpointInput, CreateWebhookEndpointOutput> {
  constructor(input: CreateWebhookEndpointInput) {
    super(CreateWebhookEndpointOperation, input);
  }
}

/** How DeleteWebhookEndpoint is sent: `DELETE /v1/application/webhook-endpoints/{webhookEndpointId}`. */
export const DeleteWebhookEndpointOperation = /* @__PURE__ */ defineOperation({
  name: 'DeleteWebhookEndpoint',
  method: 'DELETE',
  path: '/v1/application/webhook-endpoints/{webhookEndpointId}',
  kinds: { webhookEndpointId: 'string' },
  required: ['webhookEndpointId'],
  idempotent: true,
  scopes: ['applications:write'],
});

/**
 * Deletes a webhook endpoint: nothing more is delivered to it, including retries of earlier
 * deliveries. Deleting an endpoint that no longer exists is a `NotFoundError`.
 * `DELETE /v1/application/webhook-endpoints/{webhookEndpointId}`.
 * Requires the scopes `applications:write`.
 */
export class DeleteWebhookEndpointCommand extends PlatformCommand<DeleteWebhookEndpointInput, DeleteWebhookEndpointOutput> {
  constructor(input: DeleteWebhookEndpointInput) {
    super(DeleteWebhookEndpointOperation, input);
  }
}

/** How GetApplication is sent: `GET /v1/application`. */
export const GetApplicationOperation = /* @__PURE__ */ defineOperation({
  name: 'GetApplication',
  method: 'GET',
  path: '/v1/application',
  idempotent: true,
  scopes: ['applications:read'],
  output: { body: { application: 'application' } },
});

/**
 * Gets the calling application: its identity, status and granted scopes.
 * `GET /v1/application`.
 * Requires the scopes `applications:read`.
 */
export class GetApplicationCommand extends PlatformCommand<GetApplicationInput, GetApplicationOutput> {
  constructor(input: GetApplicationInput = {}) {
    super(GetApplicationOperation, input);
  }
}

/** How GetWebhookEndpoint is sent: `GET /v1/application/webhook-endpoints/{webhookEndpointId}`. */
export const GetWebhookEndpointOperation = /* @__PURE__ */ defineOperation({
  name: 'GetWebhookEndpoint',
  method: 'GET',
  path: '/v1/application/webhook-endpoints/{webhookEndpointId}',
  kinds: { webhookEndpointId: 'string' },
  required: ['webhookEndpointId'],
  idempotent: true,
  scopes: ['applications:read'],
  output: { body: { webhookEndpoint: 'webhookEndpoint' } },
});

/**
 * Gets one of the application's webhook endpoints.
 * `GET /v1/application/webhook-endpoints/{webhookEndpointId}`.
 * Requires the scopes `applications:read`.
 */
export class GetWebhookEndpointCommand extends PlatformCommand<GetWebhookEndpointInput, GetWebhookEndpointOutput> {
  constructor(input: GetWebhookEndpointInput) {
    super(GetWebhookEndpointOperation, input);
  }
}

/** How ListAuditEvents is sent: `GET /v1/application/audit-events`. */
export const ListAuditEventsOperation = /* @__PURE__ */ defineOperation({
  name: 'ListAuditEvents',
  method: 'GET',
  path: '/v1/application/audit-events',
  query: { page: 'page', pageSize: 'pageSize', result: 'result', occurredAfter: 'occurredAfter', occurredBefore: 'occurredBefore' },
  kinds: { page: 'string', pageSize: 'integer', result: 'string', occurredAfter: 'timestamp', occurredBefore: 'timestamp' },
  idempotent: true,
  scopes: ['applications:read'],
  output: { body: { auditEvents: 'auditEvents', nextPage: 'nextPage', totalCount: 'totalCount' } },
  pagination: { inputToken: 'page', outputToken: 'nextPage', pageSize: 'pageSize', items: 'auditEvents' },
});

/**
 * Lists the requests the application made in the last 90 days, newest first: which
 * operation and route, with which scopes, how it ended, and the request id.
 * `GET /v1/application/audit-events`.
 * Requires the scopes `applications:read`.
 */
export class ListAuditEventsCommand extends PlatformCommand<ListAuditEventsInput, ListAuditEventsOutput> {
  constructor(input: ListAuditEventsInput = {}) {
    super(ListAuditEventsOperation, input);
  }
}

/** How ListClientSecrets is sent: `GET /v1/application/client-secrets`. */
export const ListClientSecretsOperation = /* @__PURE__ */ defineOperation({
  name: 'ListClientSecrets',
  method: 'GET',
  path: '/v1/application/client-secrets',
  query: { page: 'page', pageSize: 'pageSize' },
  kinds: { page: 'string', pageSize: 'integer' },
  idempotent: true,
  scopes: ['applications:read'],
  output: { body: { clientSecrets: 'clientSecrets', nextPage: 'nextPage', totalCount: 'totalCount' } },
  pagination: { inputToken: 'page', outputToken: 'nextPage', pageSize: 'pageSize', items: 'clientSecrets' },
});

/**
 * Lists the application's client secrets (never their values), newest first, including
 * revoked and expired ones from the last 90 days.
 * `GET /v1/application/client-secrets`.
 * Requires the scopes `applications:read`.
 */
export class ListClientSecretsCommand extends PlatformCommand<ListClientSecretsInput, ListClientSecretsOutput> {
  constructor(input: ListClientSecretsInput = {}) {
    super(ListClientSecretsOperation, input);
  }
}

/** How ListWebhookEndpoints is sent: `GET /v1/application/webhook-endpoints`. */
export const ListWebhookEndpointsOperation = /* @__PURE__ */ defineOperation({
  name: 'ListWebhookEndpoints',
  method: 'GET',
  path: '/v1/application/webhook-endpoints',
  query: { page: 'page', pageSize: 'pageSize' },
  kinds: { page: 'string', pageSize: 'integer' },
  idempotent: true,
  scopes: ['applications:read'],
  output: { body: { webhookEndpoints: 'webhookEndpoints', nextPage: 'nextPage', totalCount: 'totalCount' } },
  pagination: { inputToken: 'page', outputToken: 'nextPage', pageSize: 'pageSize', items: 'webhookEndpoints' },
});

/**
 * Lists the application's webhook endpoints, newest first.
 * `GET /v1/application/webhook-endpoints`.
 * Requires the scopes `applications:read`.
 */
export class ListWebhookEndpointsCommand extends PlatformCommand<ListWebhookEndpointsInput, ListWebhookEndpointsOutput> {
  constructor(input: ListWebhookEndpointsInput = {}) {
    super(ListWebhookEndpointsOperation, input);
  }
}

/** How RevokeClientSecret is sent: `POST /v1/application/client-secrets/{clientSecretId}/revoke`. */
export const RevokeClientSecretOperation = /* @__PURE__ */ defineOperation({
  name: 'RevokeClientSecret',
  method: 'POST',
  path: '/v1/application/client-secrets/{clientSecretId}/revoke',
  kinds: { clientSecretId: 'string' },
  required: ['clientSecretId'],
  idempotent: true,
  scopes: ['applications:write'],
  output: { body: { clientSecret: 'clientSecret' } },
});

/**
 * Revokes a client secret at once: tokens can no longer be requested with it (tokens already
 * issued with it stay valid until they expire). Revoking a revoked or expired
 * secret changes nothing and returns it. Revoking the application's last active secret is a
 * `ConflictError` with reason `last_active_client_secret`.
 * `POST /v1/application/client-secrets/{clientSecretId}/revoke`.
 * Requires the scopes `applications:write`.
 */
export class RevokeClientSecretCommand extends PlatformCommand<RevokeClientSecretInput, RevokeClientSecretOutput> {
  constructor(input: RevokeClientSecretInput) {
    super(RevokeClientSecretOperation, input);
  }
}

/** How RotateWebhookSigningSecret is sent: `POST /v1/application/webhook-endpoints/{webhookEndpointId}/rotate-signing-secret`. */
export const RotateWebhookSigningSecretOperation = /* @__PURE__ */ defineOperation({
  name: 'RotateWebhookSigningSecret',
  method: 'POST',
  path: '/v1/application/webhook-endpoints/{webhookEndpointId}/rotate-signing-secret',
  headers: { idempotencyKey: 'idempotency-key' },
  body: { gracePeriodHours: 'gracePeriodHours' },
  kinds: { webhookEndpointId: 'string', idempotencyKey: 'string' },
  required: ['webhookEndpointId'],
  idempotencyToken: 'idempotencyKey',
  scopes: ['applications:write'],
  output: { body: { webhookEndpoint: 'webhookEndpoint', signingSecret: 'signingSecret' } },
});

/**
 * Replaces an endpoint's signing secret and returns the new one, the only time the API shows
 * it.
 *
 * The previous secret keeps signing deliveries for `gracePeriodHours`, so during that time
 * every delivery carries two signatures (one per secret) and receivers can switch without
 * losing events. A rotation during a grace period ends the older grace period at once: at
 * most two secrets are ever active.
 * `POST /v1/application/webhook-endpoints/{webhookEndpointId}/rotate-signing-secret`.
 * Requires the scopes `applications:write`.
 */
export class RotateWebhookSigningSecretCommand extends PlatformCommand<RotateWebhookSigningSecretInput, RotateWebhookSigningSecretOutput> {
  constructor(input: RotateWebhookSigningSecretInput) {
    super(RotateWebhookSigningSecretOperation, input);
  }
}

/** How SendTestWebhookEvent is sent: `POST /v1/application/webhook-endpoints/{webhookEndpointId}/test-events`. */
export const SendTestWebhookEventOperation = /* @__PURE__ */ defineOperation({
  name: 'SendTestWebhookEvent',
  method: 'POST',
  path: '/v1/application/webhook-endpoints/{webhookEndpointId}/test-events',
  kinds: { webhookEndpointId: 'string' },
  required: ['webhookEndpointId'],
  scopes: ['applications:write'],
  output: { body: { eventId: 'eventId', queuedAt: 'queuedAt' } },
});

/**
 * Queues a `test` event for delivery to the endpoint, signed like any other event, whatever
 * event types the endpoint subscribes to. Returns at once; the delivery follows within
 * seconds and is retried like any other.
 * `POST /v1/application/webhook-endpoints/{webhookEndpointId}/test-events`.
 * Requires the scopes `applications:write`.
 */
export class SendTestWebhookEventCommand extends PlatformCommand<SendTestWebhookEventInput, SendTestWebhookEventOutput> {
  constructor(input: SendTestWebhookEventInput) {
    super(SendTestWebhookEventOperation, input);
  }
}

/** What the runtime needs to know about Applications v1. */
export const applicationsService: ServiceDescriptor<Environment> = {
  name: 'Applications',
  sdkVersion: SDK_VERSION,
  successorMajor: 2,
  environments: ENVIRONMENTS,
  errors: /* @__PURE__ */ createErrorRegistry([ApiVersionRetiredError, ConflictError, ForbiddenError, InternalError, NotFoundError, RateLimitedError, ServiceUnavailableError, UnauthorizedError, ValidationError]),
  sensitiveMembers: ['secret', 'signingSecret'],
};

/**
 * Self-service for the calling application: its record, its client secrets, its webhook
 * endpoints and its audit trail. An application only ever sees and changes its own.
 *
 * Version 1 is deprecated since 2026-06-01 and answers until 2027-12-01; move to version 2.
 *
 * The bare client: send any Applications command with `send`. Only the commands you import are bundled.
 */
export class ApplicationsClient extends PlatformClient<Environment> {
  constructor(options?: PlatformClientOptions<Environment>, internals?: ClientInternals) {
    super(applicationsService, options, internals);
  }
}

/** The aggregated Applications client: one method per operation. */
export class Applications extends ApplicationsClient {
  /**
   * Creates a client secret and returns its value, the only time the API shows it.
   *
   * An application has at most two active client secrets; creating a third is a
   * `ConflictError` with reason `client_secret_limit`. To rotate: create a new secret, deploy
   * it, then revoke the old one.
   * `POST /v1/application/client-secrets`.
   * Requires the scopes `applications:write`.
   */
  createClientSecret(input: CreateClientSecretInput = {}, options?: CallOptions): Promise<CommandOutput<CreateClientSecretOutput>> {
    return this.send(new CreateClientSecretCommand(input), options);
  }

  /**
   * Registers a URL to receive webhook events and returns its signing secret, the only time
   * the API shows it. Events are delivered in version 1 payloads.
   * `POST /v1/application/webhook-endpoints`.
   * Requires the scopes `applications:write`.
   */
  createWebhookEndpoint(input: CreateWebhookEndpointInput, options?: CallOptions): Promise<CommandOutput<CreateWebhookEndpointOutput>> {
    return this.send(new CreateWebhookEndpointCommand(input), options);
  }

  /**
   * Deletes a webhook endpoint: nothing more is delivered to it, including retries of earlier
   * deliveries. Deleting an endpoint that no longer exists is a `NotFoundError`.
   * `DELETE /v1/application/webhook-endpoints/{webhookEndpointId}`.
   * Requires the scopes `applications:write`.
   */
  deleteWebhookEndpoint(input: DeleteWebhookEndpointInput, options?: CallOptions): Promise<CommandOutput<DeleteWebhookEndpointOutput>> {
    return this.send(new DeleteWebhookEndpointCommand(input), options);
  }

  /**
   * Gets the calling application: its identity, status and granted scopes.
   * `GET /v1/application`.
   * Requires the scopes `applications:read`.
   */
  getApplication(input: GetApplicationInput = {}, options?: CallOptions): Promise<CommandOutput<GetApplicationOutput>> {
    return this.send(new GetApplicationCommand(input), options);
  }

  /**
   * Gets one of the application's webhook endpoints.
   * `GET /v1/application/webhook-endpoints/{webhookEndpointId}`.
   * Requires the scopes `applications:read`.
   */
  getWebhookEndpoint(input: GetWebhookEndpointInput, options?: CallOptions): Promise<CommandOutput<GetWebhookEndpointOutput>> {
    return this.send(new GetWebhookEndpointCommand(input), options);
  }

  /**
   * Lists the requests the application made in the last 90 days, newest first: which
   * operation and route, with which scopes, how it ended, and the request id.
   * `GET /v1/application/audit-events`.
   * Requires the scopes `applications:read`.
   */
  listAuditEvents(input: ListAuditEventsInput = {}, options?: CallOptions): Promise<CommandOutput<ListAuditEventsOutput>> {
    return this.send(new ListAuditEventsCommand(input), options);
  }

  /**
   * Lists the application's client secrets (never their values), newest first, including
   * revoked and expired ones from the last 90 days.
   * `GET /v1/application/client-secrets`.
   * Requires the scopes `applications:read`.
   */
  listClientSecrets(input: ListClientSecretsInput = {}, options?: CallOptions): Promise<CommandOutput<ListClientSecretsOutput>> {
    return this.send(new ListClientSecretsCommand(input), options);
  }

  /**
   * Lists the application's webhook endpoints, newest first.
   * `GET /v1/application/webhook-endpoints`.
   * Requires the scopes `applications:read`.
   */
  listWebhookEndpoints(input: ListWebhookEndpointsInput = {}, options?: CallOptions): Promise<CommandOutput<ListWebhookEndpointsOutput>> {
    return this.send(new ListWebhookEndpointsCommand(input), options);
  }

  /**
   * Revokes a client secret at once: tokens can no longer be requested with it (tokens already
   * issued with it stay valid until they expire). Revoking a revoked or expired
   * secret changes nothing and returns it. Revoking the application's last active secret is a
   * `ConflictError` with reason `last_active_client_secret`.
   * `POST /v1/application/client-secrets/{clientSecretId}/revoke`.
   * Requires the scopes `applications:write`.
   */
  revokeClientSecret(input: RevokeClientSecretInput, options?: CallOptions): Promise<CommandOutput<RevokeClientSecretOutput>> {
    return this.send(new RevokeClientSecretCommand(input), options);
  }

  /**
   * Replaces an endpoint's signing secret and returns the new one, the only time the API shows
   * it.
   *
   * The previous secret keeps signing deliveries for `gracePeriodHours`, so during that time
   * every delivery carries two signatures (one per secret) and receivers can switch without
   * losing events. A rotation during a grace period ends the older grace period at once: at
   * most two secrets are ever active.
   * `POST /v1/application/webhook-endpoints/{webhookEndpointId}/rotate-signing-secret`.
   * Requires the scopes `applications:write`.
   */
  rotateWebhookSigningSecret(input: RotateWebhookSigningSecretInput, options?: CallOptions): Promise<CommandOutput<RotateWebhookSigningSecretOutput>> {
    return this.send(new RotateWebhookSigningSecretCommand(input), options);
  }

  /**
   * Queues a `test` event for delivery to the endpoint, signed like any other event, whatever
   * event types the endpoint subscribes to. Returns at once; the delivery follows within
   * seconds and is retried like any other.
   * `POST /v1/application/webhook-endpoints/{webhookEndpointId}/test-events`.
   * Requires the scopes `applications:write`.
   */
  sendTestWebhookEvent(input: SendTestWebhookEventInput, options?: CallOptions): Promise<CommandOutput<SendTestWebhookEventOutput>> {
    return this.send(new SendTestWebhookEventCommand(input), options);
  }
}

/** Every page of ListAuditEvents, following `nextPage` until the last page. */
export function paginateListAuditEvents(config: PaginationConfiguration, input: ListAuditEventsInput = {}): AsyncGenerator<CommandOutput<ListAuditEventsOutput>, undefined, undefined> {
  return paginate(config, input, ListAuditEventsCommand);
}

/** Every item (`auditEvents`) of every page of ListAuditEvents. */
export function paginateListAuditEventsItems(config: PaginationConfiguration, input: ListAuditEventsInput = {}): AsyncGenerator<AuditEvent, undefined, undefined> {
  return paginateItems<ListAuditEventsInput, ListAuditEventsOutput, AuditEvent>(config, input, ListAuditEventsCommand);
}

/** Every page of ListClientSecrets, following `nextPage` until the last page. */
export function paginateListClientSecrets(config: PaginationConfiguration, input: ListClientSecretsInput = {}): AsyncGenerator<CommandOutput<ListClientSecretsOutput>, undefined, undefined> {
  return paginate(config, input, ListClientSecretsCommand);
}

/** Every item (`clientSecrets`) of every page of ListClientSecrets. */
export function paginateListClientSecretsItems(config: PaginationConfiguration, input: ListClientSecretsInput = {}): AsyncGenerator<ClientSecret, undefined, undefined> {
  return paginateItems<ListClientSecretsInput, ListClientSecretsOutput, ClientSecret>(config, input, ListClientSecretsCommand);
}

/** Every page of ListWebhookEndpoints, following `nextPage` until the last page. */
export function paginateListWebhookEndpoints(config: PaginationConfiguration, input: ListWebhookEndpointsInput = {}): AsyncGenerator<CommandOutput<ListWebhookEndpointsOutput>, undefined, undefined> {
  return paginate(config, input, ListWebhookEndpointsCommand);
}

/** Every item (`webhookEndpoints`) of every page of ListWebhookEndpoints. */
export function paginateListWebhookEndpointsItems(config: PaginationConfiguration, input: ListWebhookEndpointsInput = {}): AsyncGenerator<WebhookEndpoint, undefined, undefined> {
  return paginateItems<ListWebhookEndpointsInput, ListWebhookEndpointsOutput, WebhookEndpoint>(config, input, ListWebhookEndpointsCommand);
}
