/**
 * @module test/redis/support/platform-server
 *
 * The token endpoint and the API the fleet tests call, on loopback in the test process: it
 * authenticates the client (`client_secret_basic`), issues unique tokens with the lifetime the
 * test asks for, counts token requests, can hold them unanswered (a holder that dies mid-fetch),
 * and answers `GET /v2/orders/{id}` for issued tokens that were not revoked, 401 otherwise.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FLEET_CLIENT_ID = 'app_fleet_0001';
export const FLEET_CLIENT_SECRET = 'cs_fleet+Secret/0001:do-not-share';

export const ORDER = {
  orderId: 'ord_1',
  partnerId: 'prt_1',
  status: 'open',
  customerId: 'cus_1',
  items: [],
  total: { amount: '25.00', currency: 'EUR' },
  createdAt: '2024-01-01T00:00:00Z',
};

export interface IssuedToken {
  readonly accessToken: string;
  readonly issuedAt: number;
  readonly expiresIn: number;
}

export interface PlatformServer {
  readonly baseUrl: string;
  readonly tokenUrl: string;
  /** Every token issued, in order. */
  readonly issued: IssuedToken[];
  /** Token requests received (accepted, rejected or held). */
  tokenRequests(): number;
  /** Lifetimes (s) of the next tokens, in order; afterwards 3,600 s. */
  nextLifetimes(...seconds: number[]): void;
  /** Leaves the next `count` token requests unanswered (their client is about to die). */
  holdNext(count: number): void;
  /** Resolves once `count` token requests have arrived in all. */
  tokenRequestsReach(count: number): Promise<void>;
  /** Makes every token issued so far invalid for the API (a mass 401). */
  revokeAll(): void;
  close(): Promise<void>;
}

let sequence = 0;

export async function startPlatformServer(): Promise<PlatformServer> {
  const issued: IssuedToken[] = [];
  const valid = new Set<string>();
  const lifetimes: number[] = [];
  const held: ServerResponse[] = [];
  let holdCount = 0;
  let requests = 0;

  const issue = (response: ServerResponse): void => {
    sequence += 1;
    const expiresIn = lifetimes.shift() ?? 3600;
    const accessToken = `at_fleet_${sequence}_${Math.random().toString(36).slice(2, 14)}`;
    issued.push({ accessToken, issuedAt: Date.now(), expiresIn });
    valid.add(accessToken);
    json(response, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn });
  };

  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (request.url === '/oauth/token') {
        requests += 1;
        if (!authenticated(request.headers.authorization)) {
          json(response, 401, { error: 'invalid_client' });
        } else if (holdCount > 0) {
          holdCount -= 1;
          held.push(response);
        } else {
          issue(response);
        }
        return;
      }
      const bearer = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
      if (!valid.has(bearer)) {
        json(response, 401, { code: 'UnauthorizedError', message: 'token not valid' });
        return;
      }
      json(response, 200, { order: ORDER });
    });
  });
  // Bursts minutes apart reuse their connections: opening thousands anew is what costs here.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    tokenUrl: `${baseUrl}/oauth/token`,
    issued,
    tokenRequests: () => requests,
    nextLifetimes: (...seconds) => lifetimes.push(...seconds),
    holdNext: (count) => {
      holdCount = count;
    },
    async tokenRequestsReach(count) {
      while (requests < count) await new Promise((resolve) => setTimeout(resolve, 5));
    },
    revokeAll: () => valid.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** RFC 6749 §2.3.1: id and secret form-encoded, then Basic. */
function authenticated(header: string | undefined): boolean {
  const [scheme, encoded = ''] = (header ?? '').split(' ');
  if (scheme !== 'Basic') return false;
  const [id = '', secret = ''] = atob(encoded).split(':');
  const decode = (part: string): string => decodeURIComponent(part.replace(/\+/g, ' '));
  return decode(id) === FLEET_CLIENT_ID && decode(secret) === FLEET_CLIENT_SECRET;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  if (response.destroyed) return;
  response.writeHead(status, {
    'content-type': 'application/json',
    'x-request-id': `req_${status}`,
  });
  response.end(JSON.stringify(body));
}
