/**
 * @module Which webhook endpoint URLs registration accepts beyond the model's `WebhookUrl`
 * pattern (https, or http to a loopback host): those a delivery could actually reach and that
 * production would deliver to. A port outside 1-65535, credentials in the URL (they would sit in
 * every delivery log), and hosts on link-local (cloud metadata), private, multicast or reserved
 * addresses, or names only a private network resolves, are refused with a reason. Loopback stays
 * allowed, so a receiver on the developer's machine works. Names are not resolved here: what a
 * public name resolves to is decided at delivery time.
 */
import { addressKind } from '../net/address-kinds.js';
import type { AddressKind } from '../net/address-kinds.js';

/** Names cloud platforms give their metadata services, besides the link-local addresses. */
const METADATA_NAMES = new Set(['metadata.google.internal', 'metadata.goog']);
/** Suffixes for private use (ICANN's `.internal`) and multicast DNS (RFC 6762 `.local`). */
const PRIVATE_SUFFIXES = ['.internal', '.local'];

const REFUSED_ADDRESS: Readonly<Record<Exclude<AddressKind, 'public' | 'loopback'>, string>> = {
  unspecified: 'an unspecified address (0.0.0.0/8, ::)',
  'link-local':
    'a link-local address (169.254.0.0/16, fe80::/10), where cloud metadata services answer',
  private: 'a private network address (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7)',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
};

const ELSEWHERE =
  'production delivers only to public hosts; use http://localhost:<port> for a receiver on your machine.';

function portProblem(url: string): string {
  const authority = /^[a-z]+:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
  const port = /:(\d+)$/.exec(authority.replace(/^.*@/, ''))?.[1];
  return port !== undefined && Number(port) > 65535
    ? `Has port ${port}; a port is 1 to 65535.`
    : 'Is not a valid URL.';
}

/** Why `url` cannot be registered, or `undefined` when it can. Never echoes credentials. */
export function webhookUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return portProblem(url);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return 'Must not carry credentials (user:password@); authenticate deliveries by their signature instead.';
  }
  if (parsed.port === '0') return 'Has port 0; a port is 1 to 65535.';
  const host = parsed.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  const kind = addressKind(host);
  if (kind !== undefined) {
    return kind === 'public' || kind === 'loopback'
      ? undefined
      : `Points at ${REFUSED_ADDRESS[kind]}; ${ELSEWHERE}`;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return undefined;
  if (METADATA_NAMES.has(host)) {
    return `Points at a cloud metadata service; ${ELSEWHERE}`;
  }
  if (!host.includes('.') || PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return `Points at a name only a private network resolves; ${ELSEWHERE}`;
  }
  return undefined;
}
