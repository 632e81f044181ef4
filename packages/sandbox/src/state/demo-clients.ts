/**
 * @module The applications a fresh sandbox knows: by default one full-access application and
 * one read-only application of a demo partner, and one application of another partner (for
 * tenant isolation). Their secrets derive from the seed, so they are stable between runs.
 */
import { derivedSecret } from './random.js';

/** An application to create at start-up, with its one initial client secret. */
export interface SandboxClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[];
  /** Default: the demo partner, `ptn_demopartner`. */
  readonly partnerId?: string;
  readonly name?: string;
  /** Default `active`; a suspended application is refused tokens (`unauthorized_client`). */
  readonly status?: 'active' | 'suspended';
}

export const DEMO_PARTNER_ID = 'ptn_demopartner';
export const OTHER_PARTNER_ID = 'ptn_otherpartner';

export function defaultClients(seed: string, scopes: readonly string[]): SandboxClient[] {
  const readScopes = scopes.filter((scope) => scope.endsWith(':read'));
  const client = (
    clientId: string,
    partnerId: string,
    name: string,
    granted: readonly string[],
  ) => ({
    clientId,
    clientSecret: `sbx_${derivedSecret(seed, clientId)}`,
    scopes: granted,
    partnerId,
    name,
  });
  return [
    client('demo-app', DEMO_PARTNER_ID, 'Demo application', scopes),
    client('demo-readonly-app', DEMO_PARTNER_ID, 'Demo read-only application', readScopes),
    client('other-partner-app', OTHER_PARTNER_ID, "Another partner's application", scopes),
  ];
}
