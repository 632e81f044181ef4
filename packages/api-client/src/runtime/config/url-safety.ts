/**
 * @module config/url-safety
 *
 * Checks a configured URL before any secret or token is sent to it: it must be absolute
 * `https:`, or plain `http:` to a loopback address only.
 */
import { ConfigurationError } from '../errors/usage-errors.js';

/** A configured URL taken apart once, so that no request has to parse it again. */
export interface CheckedUrl {
  /** `https:` or `http:` */
  readonly protocol: string;
  /** Host name, IPv6 literals in brackets. */
  readonly hostname: string;
  /** Port number, or `undefined` for the protocol's default. */
  readonly port: number | undefined;
  /** Path without a trailing slash (`''` for the root). */
  readonly path: string;
  /** The URL as a string without a trailing slash. */
  readonly href: string;
}

const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** True for `localhost`, `127.0.0.0/8` and `[::1]`. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOST.test(hostname);
}

/**
 * Parses `value` as the option `option` and refuses what would expose `what` (a client secret
 * or a bearer token): anything but `https:`, except plain `http:` to loopback.
 */
export function checkUrl(option: string, value: unknown, what: string): CheckedUrl {
  if (typeof value !== 'string' || value === '') {
    throw new ConfigurationError(
      option,
      'must be an absolute URL string, e.g. "https://api.example.gov".',
    );
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(
      option,
      `"${value}" is not an absolute URL; pass e.g. "https://api.example.gov".`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new ConfigurationError(
      option,
      'must not carry a user name or password; use clientId and clientSecret.',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new ConfigurationError(
      option,
      `"${url.origin}${url.pathname}" must not have a query or fragment.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(option, `must use https (got ${url.protocol}).`);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ConfigurationError(
      option,
      `refusing to send ${what} over plain http to ${url.host}; use https, or http only to a loopback address (localhost, 127.0.0.1, [::1]).`,
    );
  }
  const path = url.pathname.replace(/\/+$/, '');
  return {
    protocol: url.protocol,
    hostname: url.hostname,
    port: url.port === '' ? undefined : Number(url.port),
    path,
    href: `${url.protocol}//${url.host}${path}`,
  };
}
