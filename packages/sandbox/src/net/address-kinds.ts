/**
 * @module What kind of network an IP address belongs to. Webhook registration refuses every
 * kind but public and loopback (production cannot reach the others, and must never be made to
 * call link-local ones, where cloud metadata services answer), and the admin surface answers
 * loopback callers only. IPv4-mapped IPv6 addresses (`::ffff:169.254.169.254`) count as the
 * IPv4 address they carry.
 */
import { BlockList, isIP } from 'node:net';

export type AddressKind =
  'loopback' | 'unspecified' | 'link-local' | 'private' | 'multicast' | 'reserved' | 'public';

/** Checked in this order, so `::1` is loopback before `::/96` is reserved. */
const RANGES: readonly (readonly [Exclude<AddressKind, 'public'>, string, number])[] = [
  ['loopback', '127.0.0.0', 8],
  ['loopback', '::1', 128],
  ['unspecified', '0.0.0.0', 8],
  ['unspecified', '::', 128],
  // RFC 3927 and RFC 4291: 169.254.169.254 and its IPv6 peers serve cloud instance metadata.
  ['link-local', '169.254.0.0', 16],
  ['link-local', 'fe80::', 10],
  // RFC 1918, RFC 6598 (carrier-grade NAT, also 100.100.100.200 metadata) and RFC 4193.
  ['private', '10.0.0.0', 8],
  ['private', '172.16.0.0', 12],
  ['private', '192.168.0.0', 16],
  ['private', '100.64.0.0', 10],
  ['private', 'fc00::', 7],
  ['multicast', '224.0.0.0', 4],
  ['multicast', 'ff00::', 8],
  ['reserved', '240.0.0.0', 4],
  // IPv4-compatible and NAT64 addresses carry an IPv4 address this list would not see.
  ['reserved', '::', 96],
  ['reserved', '64:ff9b::', 96],
];

const lists = RANGES.map(([kind, network, prefix]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, isIP(network) === 4 ? 'ipv4' : 'ipv6');
  return [kind, list] as const;
});

/** The kind of an IP address literal, or `undefined` for anything that is not one. */
export function addressKind(address: string): AddressKind | undefined {
  const family = isIP(address);
  if (family === 0) return undefined;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return lists.find(([, list]) => list.check(address, type))?.[0] ?? 'public';
}

export function isLoopbackAddress(address: string | undefined): boolean {
  return address !== undefined && addressKind(address) === 'loopback';
}
