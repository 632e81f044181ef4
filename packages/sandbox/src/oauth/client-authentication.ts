/**
 * @module Reads the client's credentials from a token request: HTTP Basic with the id and
 * secret form-urlencoded before base64 (`client_secret_basic`, RFC 6749 §2.3.1), or
 * `client_id`/`client_secret` in the form body (`client_secret_post`). Exactly one method.
 */
import { strictUtf8 } from '../http/utf8.js';
import { OAuthError } from './oauth-error.js';

export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post';

export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly method: ClientAuthMethod;
}

/** `application/x-www-form-urlencoded` decoding of one Basic credential part (§2.3.1). */
function formDecode(part: string): string {
  try {
    return decodeURIComponent(part.replaceAll('+', ' '));
  } catch {
    throw new OAuthError(
      'invalid_client',
      'The Basic credentials are not valid form-urlencoding; percent-encode the client id and secret before base64.',
    );
  }
}

function parseBasic(authorization: string): { clientId: string; clientSecret: string } {
  const match = /^Basic ([A-Za-z0-9+/]+={0,2})$/i.exec(authorization.trim());
  const decoded = match?.[1] ? strictUtf8(Buffer.from(match[1], 'base64')) : undefined;
  const colon = decoded?.indexOf(':') ?? -1;
  if (decoded === undefined || colon < 0) {
    throw new OAuthError(
      'invalid_client',
      'The Authorization header is not Basic base64(client_id:client_secret) of UTF-8 text.',
    );
  }
  return {
    clientId: formDecode(decoded.slice(0, colon)),
    clientSecret: formDecode(decoded.slice(colon + 1)),
  };
}

export function readClientCredentials(
  authorization: string | undefined,
  form: URLSearchParams,
): ClientCredentials {
  const bodyId = form.get('client_id');
  const bodySecret = form.get('client_secret');
  if (authorization !== undefined && /^basic /i.test(authorization.trim())) {
    if (bodySecret !== null) {
      throw new OAuthError(
        'invalid_request',
        'The client authenticated twice (Basic header and client_secret in the body); use one method.',
      );
    }
    const basic = parseBasic(authorization);
    if (bodyId !== null && bodyId !== basic.clientId) {
      throw new OAuthError(
        'invalid_request',
        'client_id in the body differs from the one in the Basic header.',
      );
    }
    return { ...basic, method: 'client_secret_basic' };
  }
  if (authorization !== undefined) {
    throw new OAuthError(
      'invalid_client',
      'Unsupported Authorization scheme for the token endpoint; use Basic or client_secret_post.',
    );
  }
  if (bodyId === null || bodySecret === null) {
    throw new OAuthError(
      'invalid_client',
      'No client authentication; send Basic credentials or client_id and client_secret in the body.',
    );
  }
  return { clientId: bodyId, clientSecret: bodySecret, method: 'client_secret_post' };
}
