/**
 * @module Applications (self-service): the calling application, its client secrets (at most
 * two active, so a third is a 409), its webhook endpoints with signing-secret rotation and test
 * events, and its own audit trail.
 */
import type { AuditEvent, AuditResult } from '../../audit/audit-log.js';
import { secretStatus } from '../../state/applications.js';
import type { ClientSecretRecord } from '../../state/applications.js';
import type { WebhookEndpointRecord } from '../../webhooks/endpoints.js';
import { dateOf, timeKey } from './types.js';
import type { OperationCall, OperationHandler, Output } from './types.js';

const HOUR_MS = 3_600_000;

/** A client secret as the model's `ClientSecret` (never its value). */
export function clientSecretView(record: ClientSecretRecord, now: number): Output {
  return {
    clientSecretId: record.id,
    label: record.label,
    status: secretStatus(record, now),
    secretSuffix: record.suffix,
    createdAt: new Date(record.createdAt),
    expiresAt: new Date(record.expiresAt),
    revokedAt: dateOf(record.revokedAt),
    // To the nearest hour, as the model promises (exact use times would be a side channel).
    lastUsedAt: dateOf(
      record.lastUsedAt === undefined
        ? undefined
        : Math.round(record.lastUsedAt / HOUR_MS) * HOUR_MS,
    ),
  };
}

function endpointView(call: OperationCall, endpoint: WebhookEndpointRecord): Output {
  const previousExpiresAt = call.domain.webhookEndpoints.previousSecretExpiresAt(endpoint);
  return {
    webhookEndpointId: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes,
    apiVersion: endpoint.apiVersion,
    createdAt: new Date(endpoint.createdAt),
    signingSecretRotatedAt: dateOf(endpoint.rotatedAt),
    previousSigningSecretExpiresAt: dateOf(previousExpiresAt),
  };
}

function auditEventView(event: AuditEvent): Output {
  return {
    auditEventId: event.auditEventId,
    applicationId: event.applicationId,
    operation: event.operation,
    method: event.method,
    route: event.route,
    scopes: event.scopes,
    result: event.result,
    statusCode: event.statusCode,
    requestId: event.requestId,
    occurredAt: new Date(event.occurredAt),
  };
}

const newestFirst = <T extends { createdAt: number }>(items: readonly T[]) =>
  [...items].sort((a, b) => b.createdAt - a.createdAt);

export const applicationsHandlers: Readonly<Record<string, OperationHandler>> = {
  GetApplication: {
    handle: ({ app }) => ({
      application: {
        applicationId: app.id,
        partnerId: app.partnerId,
        clientId: app.clientId,
        name: app.name,
        status: app.status,
        scopes: app.scopes,
        createdAt: new Date(app.createdAt),
      },
    }),
  },

  ListClientSecrets: {
    handle(call) {
      const secrets = newestFirst(call.app.secrets);
      const page = call.page(secrets, (s) => timeKey(s.createdAt, s.id), 'descending', {});
      return call.pageOutput(page, (record) => clientSecretView(record, call.domain.clock.now()));
    },
  },
  CreateClientSecret: {
    handle(call) {
      const label = call.input['label'];
      const { record, secret } = call.domain.applications.createSecret(call.app, {
        ...(typeof label === 'string' ? { label } : {}),
        expiresInDays: Number(call.input['expiresInDays']),
      });
      return { clientSecret: clientSecretView(record, call.domain.clock.now()), secret };
    },
  },
  RevokeClientSecret: {
    handle(call) {
      const record = call.domain.applications.revokeSecret(
        call.app,
        String(call.input['clientSecretId']),
      );
      return { clientSecret: clientSecretView(record, call.domain.clock.now()) };
    },
  },

  ListWebhookEndpoints: {
    handle(call) {
      const endpoints = call.domain.webhookEndpoints.list(call.app.id);
      const page = call.page(endpoints, (e) => timeKey(e.createdAt, e.id), 'descending', {});
      return call.pageOutput(page, (endpoint) => endpointView(call, endpoint));
    },
  },
  CreateWebhookEndpoint: {
    handle(call) {
      const description = call.input['description'];
      const { endpoint, signingSecret } = call.domain.webhookEndpoints.create({
        applicationId: call.app.id,
        url: String(call.input['url']),
        ...(typeof description === 'string' ? { description } : {}),
        eventTypes: call.input['eventTypes'] as string[],
        apiVersion: call.operation.version.label,
      });
      return { webhookEndpoint: endpointView(call, endpoint), signingSecret };
    },
  },
  GetWebhookEndpoint: {
    handle: (call) => ({
      webhookEndpoint: endpointView(
        call,
        call.domain.webhookEndpoints.get(call.app.id, String(call.input['webhookEndpointId'])),
      ),
    }),
  },
  DeleteWebhookEndpoint: {
    handle(call) {
      call.domain.webhookEndpoints.delete(call.app.id, String(call.input['webhookEndpointId']));
      return {};
    },
  },
  RotateWebhookSigningSecret: {
    handle(call) {
      const { endpoint, signingSecret } = call.domain.webhookEndpoints.rotate(
        call.app.id,
        String(call.input['webhookEndpointId']),
        Number(call.input['gracePeriodHours']),
      );
      return { webhookEndpoint: endpointView(call, endpoint), signingSecret };
    },
  },
  SendTestWebhookEvent: {
    handle(call) {
      const endpoint = call.domain.webhookEndpoints.get(
        call.app.id,
        String(call.input['webhookEndpointId']),
      );
      const { eventId } = call.domain.events.emit(
        call.app.id,
        'test',
        () => ({
          webhookEndpointId: endpoint.id,
          message: 'This is a test event from the Platform sandbox.',
        }),
        endpoint,
      );
      return { eventId, queuedAt: new Date(call.domain.clock.now()) };
    },
  },

  ListAuditEvents: {
    handle(call) {
      const { input } = call;
      const result = input['result'] as AuditResult | undefined;
      const after =
        input['occurredAfter'] instanceof Date ? input['occurredAfter'].getTime() : undefined;
      const before =
        input['occurredBefore'] instanceof Date ? input['occurredBefore'].getTime() : undefined;
      const events = call.domain.audit
        .forApplication(call.app.id)
        .filter(
          (event) =>
            (result === undefined || event.result === result) &&
            (after === undefined || event.occurredAt >= after) &&
            (before === undefined || event.occurredAt < before),
        );
      const filters = {
        result,
        occurredAfter: input['occurredAfter'],
        occurredBefore: input['occurredBefore'],
      };
      const page = call.page(events, (e) => e.auditEventId, 'descending', filters);
      return call.pageOutput(page, auditEventView);
    },
  },
};
