/**
 * @module credentials/token-request
 *
 * Builds the client credentials grant request (RFC 6749 §4.4.2). Response handling is in
 * `token-response`; nothing here sends anything.
 */
import type { HttpRequest } from '../smithy-types.js';
import type { CheckedUrl } from '../config/url-safety.js';

/** How the client authenticates at the token endpoint (RFC 6749 §2.3.1). */
export type ClientAuthenticationMethod = 'client_secret_basic' | 'client_secret_post';

/** Everything a token request is made of. */
export interface TokenRequestParameters {
  readonly tokenUrl: CheckedUrl;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[];
  readonly authentication: ClientAuthenticationMethod;
  readonly userAgent: string;
}

/** `application/x-www-form-urlencoded` encoding of one value (RFC 6749 Appendix B). */
export function formEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}

/**
 * The token request: `grant_type=client_credentials` and the space-separated `scope`, with the
 * client authenticated by HTTP Basic over the form-encoded id and secret
 * (`client_secret_basic`), or by `client_id` and `client_secret` in the body
 * (`client_secret_post`).
 */
export function tokenRequest(parameters: TokenRequestParameters): HttpRequest {
  const { tokenUrl, clientId, clientSecret, scopes } = parameters;
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (scopes.length > 0) form.set('scope', scopes.join(' '));
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/x-www-form-urlencoded',
    'user-agent': parameters.userAgent,
  };
  if (parameters.authentication === 'client_secret_basic') {
    headers.authorization = `Basic ${btoa(`${formEncode(clientId)}:${formEncode(clientSecret)}`)}`;
  } else {
    form.set('client_id', clientId);
    form.set('client_secret', clientSecret);
  }
  return {
    method: 'POST',
    protocol: tokenUrl.protocol,
    hostname: tokenUrl.hostname,
    port: tokenUrl.port,
    path: tokenUrl.path,
    headers,
    body: form.toString(),
  };
}
