// @platform/codegen generated code: do not edit. Change model/ and run `npm run generate`.
import type {
  CancelOrderOutput,
  CreateClientSecretOutput,
  CreateOrderOutput,
  CreateWebhookEndpointOutput,
  DeleteUserOutput,
  DeleteWebhookEndpointOutput,
  GetApplicationOutput,
  GetOrderOutput,
  GetUserOutput,
  GetWebhookEndpointOutput,
  ListAuditEventsOutput,
  ListClientSecretsOutput,
  ListOrdersOutput,
  ListUsersOutput,
  ListWebhookEndpointsOutput,
  RevokeClientSecretOutput,
  RotateWebhookSigningSecretOutput,
  SendTestWebhookEventOutput,
  UpdateOrderOutput,
} from './models.js';

/** The SDK output type of every v2 operation, by operation name. */
export interface OperationOutputs {
  CancelOrder: CancelOrderOutput;
  CreateClientSecret: CreateClientSecretOutput;
  CreateOrder: CreateOrderOutput;
  CreateWebhookEndpoint: CreateWebhookEndpointOutput;
  DeleteUser: DeleteUserOutput;
  DeleteWebhookEndpoint: DeleteWebhookEndpointOutput;
  GetApplication: GetApplicationOutput;
  GetOrder: GetOrderOutput;
  GetUser: GetUserOutput;
  GetWebhookEndpoint: GetWebhookEndpointOutput;
  ListAuditEvents: ListAuditEventsOutput;
  ListClientSecrets: ListClientSecretsOutput;
  ListOrders: ListOrdersOutput;
  ListUsers: ListUsersOutput;
  ListWebhookEndpoints: ListWebhookEndpointsOutput;
  RevokeClientSecret: RevokeClientSecretOutput;
  RotateWebhookSigningSecret: RotateWebhookSigningSecretOutput;
  SendTestWebhookEvent: SendTestWebhookEventOutput;
  UpdateOrder: UpdateOrderOutput;
}

/** Routes, example outputs and modeled errors of every v2 operation, from the model. */
export const TESTING_DATA = {
  CancelOrder: {
    service: 'Commercial',
    method: 'POST',
    path: '/v2/orders/{orderId}/cancel',
    status: 200,
    output: {
      order: {
        orderId: 'ord_8f3kq2m9x7w1',
        partnerId: 'ptn_4f8a2c1d9e7b',
        status: 'cancelled',
        externalReference: 'PO-2026-1142',
        lineItems: [
          {
            sku: 'WIDGET-001',
            description: 'Standard widget',
            quantity: 2,
            unitPrice: { amount: '12.99', currency: 'USD' },
            total: { amount: '25.98', currency: 'USD' },
          },
        ],
        total: { amount: '25.98', currency: 'USD' },
        metadata: {},
        createdAt: '2026-11-20T14:03:12Z',
        updatedAt: '2026-11-21T08:30:00Z',
        cancelledAt: '2026-11-21T08:30:00Z',
        cancellationReason: 'requested_by_customer',
      },
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ConflictError: {
        status: 409,
        example: {
          code: 'ConflictError',
          message: 'Order ord_5Hc8Jm3Tq6Zy is fulfilled and can no longer be cancelled.',
          requestId: 'req_01JD9Z7D5P2XY8',
          reason: 'order_state',
        },
      },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      NotFoundError: { status: 404 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  CreateClientSecret: {
    service: 'Applications',
    method: 'POST',
    path: '/v2/application/client-secrets',
    status: 201,
    output: {
      clientSecret: {
        clientSecretId: 'cs_8Kp3Wz6Nd4',
        label: 'production-2027',
        status: 'active',
        secretSuffix: 'R7m4',
        createdAt: '2026-11-20T16:00:00Z',
        expiresAt: '2027-11-20T16:00:00Z',
      },
      secret: 'EXAMPLEONLY.k3Jd8sLq0ZxWv5Rt7Yb2Nc4Mh6Gf9PaR7m4',
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ConflictError: {
        status: 409,
        example: {
          code: 'ConflictError',
          message: 'The application already has 2 active client secrets; revoke one first.',
          requestId: 'req_01JD9Z8E6Q3ZA9',
          reason: 'client_secret_limit',
        },
      },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  CreateOrder: {
    service: 'Commercial',
    method: 'POST',
    path: '/v2/orders',
    status: 201,
    output: {
      order: {
        orderId: 'ord_8f3kq2m9x7w1',
        partnerId: 'ptn_4f8a2c1d9e7b',
        status: 'pending',
        externalReference: 'PO-2026-1142',
        lineItems: [
          {
            sku: 'WIDGET-001',
            description: 'Standard widget',
            quantity: 2,
            unitPrice: { amount: '12.99', currency: 'USD' },
            total: { amount: '25.98', currency: 'USD' },
          },
        ],
        total: { amount: '25.98', currency: 'USD' },
        metadata: { crmId: '4471' },
        createdAt: '2026-11-20T14:03:12Z',
        updatedAt: '2026-11-20T14:03:12Z',
      },
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ConflictError: { status: 409 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: {
        status: 400,
        example: {
          code: 'ValidationError',
          message: 'The order has 1 invalid line item.',
          requestId: 'req_01JD9Z6C4N1VW7',
          fieldErrors: [
            {
              path: '/lineItems/0/sku',
              message: 'No product with SKU NO-SUCH-SKU is sold in USD.',
            },
          ],
        },
      },
    },
  },
  CreateWebhookEndpoint: {
    service: 'Applications',
    method: 'POST',
    path: '/v2/application/webhook-endpoints',
    status: 201,
    output: {
      webhookEndpoint: {
        webhookEndpointId: 'whe_5Tq9Lm2Xr8',
        url: 'https://hooks.acme.example/platform',
        description: 'Order sync',
        eventTypes: ['order.created', 'order.cancelled', 'client_secret.expiring'],
        apiVersion: 'v2',
        createdAt: '2026-03-02T09:00:00Z',
      },
      signingSecret: 'whsec_EXAMPLEONLY3b9e1c7a5d2f8b4e6a0c9d1f3b5e7a9c',
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ConflictError: { status: 409 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: {
        status: 400,
        example: {
          code: 'ValidationError',
          message: 'The webhook URL must use https.',
          requestId: 'req_01JDA0A1B2C3D4',
          fieldErrors: [
            {
              path: '/url',
              message: 'Use an https URL; plain http is only accepted for localhost.',
            },
          ],
        },
      },
    },
  },
  DeleteUser: {
    service: 'Users',
    method: 'DELETE',
    path: '/v2/users/{userId}',
    status: 204,
    output: {},
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: {
        status: 403,
        example: {
          code: 'ForbiddenError',
          message: 'Deleting a user is reserved for people signed in to the partner portal.',
          requestId: 'req_01JD9ZD4E5F6G7',
          reason: 'human_only',
        },
      },
      GoneError: { status: 410 },
      InternalError: { status: 500 },
      NotFoundError: { status: 404 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  DeleteWebhookEndpoint: {
    service: 'Applications',
    method: 'DELETE',
    path: '/v2/application/webhook-endpoints/{webhookEndpointId}',
    status: 204,
    output: {},
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      NotFoundError: { status: 404 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  GetApplication: {
    service: 'Applications',
    method: 'GET',
    path: '/v2/application',
    status: 200,
    output: {
      application: {
        applicationId: 'app_7Hq2Lm9Xw3',
        partnerId: 'ptn_4f8a2c1d9e7b',
        clientId: 'cli_7Hq2Lm9Xw3pR',
        name: 'Acme order sync',
        status: 'active',
        scopes: [
          'commercial:read',
          'commercial:write',
          'applications:read',
          'applications:write',
          'users:read',
        ],
        createdAt: '2025-02-10T12:00:00Z',
      },
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
    },
  },
  GetOrder: {
    service: 'Commercial',
    method: 'GET',
    path: '/v2/orders/{orderId}',
    status: 200,
    output: {
      order: {
        orderId: 'ord_8f3kq2m9x7w1',
        partnerId: 'ptn_4f8a2c1d9e7b',
        status: 'confirmed',
        externalReference: 'PO-2026-1142',
        lineItems: [
          {
            sku: 'WIDGET-001',
            description: 'Standard widget',
            quantity: 2,
            unitPrice: { amount: '12.99', currency: 'USD' },
            total: { amount: '25.98', currency: 'USD' },
          },
        ],
        total: { amount: '25.98', currency: 'USD' },
        metadata: { crmId: '4471' },
        createdAt: '2026-11-20T14:03:12Z',
        updatedAt: '2026-11-20T15:10:00Z',
      },
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      NotFoundError: {
        status: 404,
        example: {
          code: 'NotFoundError',
          message: 'No order ord_0000000000000.',
          requestId: 'req_01JD9Z5A2M8RT1',
          resourceType: 'order',
          resourceId: 'ord_0000000000000',
        },
      },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  GetUser: {
    service: 'Users',
    method: 'GET',
    path: '/v2/users/{userId}',
    status: 200,
    output: {
      user: {
        userId: 'usr_3m8Qz1Lk5v',
        partnerId: 'ptn_4f8a2c1d9e7b',
        email: 'ada@acme.example',
        displayName: 'Ada Example',
        status: 'active',
        createdAt: '2025-02-10T12:05:00Z',
        lastSignedInAt: '2026-11-19T08:15:00Z',
      },
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: { status: 403 },
      GoneError: {
        status: 410,
        example: {
          code: 'GoneError',
          message: 'User usr_9Zx1Cv2Bn3 was deleted.',
          requestId: 'req_01JD9ZC3D4E5F6',
          resourceType: 'user',
          resourceId: 'usr_9Zx1Cv2Bn3',
          deletedAt: '2026-10-01T12:00:00Z',
        },
      },
      InternalError: { status: 500 },
      NotFoundError: { status: 404 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  GetWebhookEndpoint: {
    service: 'Applications',
    method: 'GET',
    path: '/v2/application/webhook-endpoints/{webhookEndpointId}',
    status: 200,
    output: {
      webhookEndpoint: {
        webhookEndpointId: 'whe_5Tq9Lm2Xr8',
        url: 'https://hooks.acme.example/platform',
        description: 'Order sync',
        eventTypes: ['order.created', 'order.cancelled', 'client_secret.expiring'],
        apiVersion: 'v2',
        createdAt: '2026-03-02T09:00:00Z',
        signingSecretRotatedAt: '2026-11-20T10:00:00Z',
        previousSigningSecretExpiresAt: '2026-11-21T10:00:00Z',
      },
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      NotFoundError: { status: 404 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  ListAuditEvents: {
    service: 'Applications',
    method: 'GET',
    path: '/v2/application/audit-events',
    status: 200,
    output: {
      auditEvents: [
        {
          auditEventId: 'aud_9Kd3Pw7Zs1',
          applicationId: 'app_7Hq2Lm9Xw3',
          operation: 'CreateOrder',
          method: 'POST',
          route: '/v2/orders',
          scopes: ['commercial:write'],
          result: 'denied',
          statusCode: 403,
          requestId: 'req_01JD9ZB2C3D4E5',
          occurredAt: '2026-11-20T15:12:04Z',
        },
      ],
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  ListClientSecrets: {
    service: 'Applications',
    method: 'GET',
    path: '/v2/application/client-secrets',
    status: 200,
    output: {
      clientSecrets: [
        {
          clientSecretId: 'cs_2Vn8Rt5Yq1',
          label: 'production',
          status: 'active',
          secretSuffix: 'Q2x9',
          createdAt: '2026-05-01T10:00:00Z',
          expiresAt: '2027-05-01T10:00:00Z',
          lastUsedAt: '2026-11-20T14:00:00Z',
        },
      ],
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  ListOrders: {
    service: 'Commercial',
    method: 'GET',
    path: '/v2/orders',
    status: 200,
    output: {
      orders: [
        {
          orderId: 'ord_8f3kq2m9x7w1',
          partnerId: 'ptn_4f8a2c1d9e7b',
          status: 'pending',
          externalReference: 'PO-2026-1142',
          lineItems: [
            {
              sku: 'WIDGET-001',
              description: 'Standard widget',
              quantity: 2,
              unitPrice: { amount: '12.99', currency: 'USD' },
              total: { amount: '25.98', currency: 'USD' },
            },
          ],
          total: { amount: '25.98', currency: 'USD' },
          metadata: {},
          createdAt: '2026-11-20T14:03:12Z',
          updatedAt: '2026-11-20T14:03:12Z',
        },
        {
          orderId: 'ord_2b7Rk4Wn9pQs',
          partnerId: 'ptn_4f8a2c1d9e7b',
          status: 'pending',
          lineItems: [
            {
              sku: 'GADGET-220',
              description: 'Gadget, large',
              quantity: 1,
              unitPrice: { amount: '45.00', currency: 'USD' },
              total: { amount: '45.00', currency: 'USD' },
            },
          ],
          total: { amount: '45.00', currency: 'USD' },
          metadata: {},
          createdAt: '2026-11-19T09:41:55Z',
          updatedAt: '2026-11-19T09:41:55Z',
        },
      ],
      nextCursor: 'b3JkXzJiN1JrNFduOXBRcw',
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: {
        status: 400,
        example: {
          code: 'ValidationError',
          message: 'pageSize must be between 1 and 100.',
          requestId: 'req_01JD9Z4K7W3XQ5',
          fieldErrors: [{ path: '/pageSize', message: 'Must be between 1 and 100; got 500.' }],
        },
      },
    },
  },
  ListUsers: {
    service: 'Users',
    method: 'GET',
    path: '/v2/users',
    status: 200,
    output: {
      users: [
        {
          userId: 'usr_3m8Qz1Lk5v',
          partnerId: 'ptn_4f8a2c1d9e7b',
          email: 'ada@acme.example',
          displayName: 'Ada Example',
          status: 'active',
          createdAt: '2025-02-10T12:05:00Z',
          lastSignedInAt: '2026-11-19T08:15:00Z',
        },
      ],
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  ListWebhookEndpoints: {
    service: 'Applications',
    method: 'GET',
    path: '/v2/application/webhook-endpoints',
    status: 200,
    output: {
      webhookEndpoints: [
        {
          webhookEndpointId: 'whe_5Tq9Lm2Xr8',
          url: 'https://hooks.acme.example/platform',
          description: 'Order sync',
          eventTypes: ['order.created', 'order.cancelled', 'client_secret.expiring'],
          apiVersion: 'v2',
          createdAt: '2026-03-02T09:00:00Z',
        },
      ],
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  RevokeClientSecret: {
    service: 'Applications',
    method: 'POST',
    path: '/v2/application/client-secrets/{clientSecretId}/revoke',
    status: 200,
    output: {
      clientSecret: {
        clientSecretId: 'cs_2Vn8Rt5Yq1',
        label: 'production',
        status: 'revoked',
        secretSuffix: 'Q2x9',
        createdAt: '2026-05-01T10:00:00Z',
        expiresAt: '2027-05-01T10:00:00Z',
        revokedAt: '2026-11-21T09:00:00Z',
        lastUsedAt: '2026-11-20T14:00:00Z',
      },
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ConflictError: {
        status: 409,
        example: {
          code: 'ConflictError',
          message: "cs_8Kp3Wz6Nd4 is the application's only active client secret.",
          requestId: 'req_01JD9Z9F7R4AB0',
          reason: 'last_active_client_secret',
        },
      },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      NotFoundError: { status: 404 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  RotateWebhookSigningSecret: {
    service: 'Applications',
    method: 'POST',
    path: '/v2/application/webhook-endpoints/{webhookEndpointId}/rotate-signing-secret',
    status: 200,
    output: {
      webhookEndpoint: {
        webhookEndpointId: 'whe_5Tq9Lm2Xr8',
        url: 'https://hooks.acme.example/platform',
        description: 'Order sync',
        eventTypes: ['order.created', 'order.cancelled', 'client_secret.expiring'],
        apiVersion: 'v2',
        createdAt: '2026-03-02T09:00:00Z',
        signingSecretRotatedAt: '2026-11-20T10:00:00Z',
        previousSigningSecretExpiresAt: '2026-11-21T10:00:00Z',
      },
      signingSecret: 'whsec_EXAMPLEONLY7c5a3e1f9d7b5c3a1e9f7d5b3c1a9e7f',
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ConflictError: { status: 409 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      NotFoundError: { status: 404 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  SendTestWebhookEvent: {
    service: 'Applications',
    method: 'POST',
    path: '/v2/application/webhook-endpoints/{webhookEndpointId}/test-events',
    status: 202,
    output: { eventId: 'evt_6Yh2Nc8Vb4', queuedAt: '2026-11-20T16:30:00Z' },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      NotFoundError: { status: 404 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: { status: 400 },
    },
  },
  UpdateOrder: {
    service: 'Commercial',
    method: 'PATCH',
    path: '/v2/orders/{orderId}',
    status: 200,
    output: {
      order: {
        orderId: 'ord_8f3kq2m9x7w1',
        partnerId: 'ptn_4f8a2c1d9e7b',
        status: 'confirmed',
        externalReference: 'ERP-88213',
        lineItems: [
          {
            sku: 'WIDGET-001',
            description: 'Standard widget',
            quantity: 2,
            unitPrice: { amount: '12.99', currency: 'USD' },
            total: { amount: '25.98', currency: 'USD' },
          },
        ],
        total: { amount: '25.98', currency: 'USD' },
        metadata: { crmId: '4471', erpBatch: '2026-47' },
        createdAt: '2026-11-20T14:03:12Z',
        updatedAt: '2026-11-21T10:00:00Z',
      },
    },
    errors: {
      ApiVersionRetiredError: { status: 410 },
      ForbiddenError: { status: 403 },
      InternalError: { status: 500 },
      NotFoundError: { status: 404 },
      RateLimitedError: { status: 429 },
      ServiceUnavailableError: { status: 503 },
      UnauthorizedError: { status: 401 },
      ValidationError: {
        status: 400,
        example: {
          code: 'ValidationError',
          message: 'Send externalReference, metadata or both.',
          requestId: 'req_01JDA1B2C3D4E5',
          fieldErrors: [],
        },
      },
    },
  },
} as const;
