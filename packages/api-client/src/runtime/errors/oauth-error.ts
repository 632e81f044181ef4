/**
 * @module errors/oauth-error
 *
 * The token endpoint refused to issue a token (RFC 6749 §5.2), or answered with something that
 * is not a usable token response.
 */
import { PlatformError, errorGuard, type PlatformErrorOptions } from './platform-error.js';

/**
 * The token endpoint's `error`: one of RFC 6749 §5.2 (`invalid_client`, `invalid_grant`,
 * `invalid_scope`, `unauthorized_client`, `unsupported_grant_type`, `invalid_request`), or
 * `server_error` / `temporarily_unavailable` for an error status without an OAuth body, or
 * `invalid_token_response` when a success response carried no usable token.
 */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'server_error'
  | 'temporarily_unavailable'
  | 'invalid_token_response'
  | (string & {});

/** The token endpoint refused the credentials or gave no usable token. */
export class OAuthError extends PlatformError {
  static override readonly brand: string = 'OAuthError';
  declare readonly code: 'OAuthError';
  /** OAuth `error` code. */
  readonly error: OAuthErrorCode;
  /** OAuth `error_description`, if the server sent one. */
  readonly errorDescription: string | undefined;

  constructor(
    message: string,
    error: OAuthErrorCode,
    errorDescription: string | undefined,
    options?: PlatformErrorOptions,
  ) {
    super('OAuthError', message, options);
    this.error = error;
    this.errorDescription = errorDescription;
  }
}

export const isOAuthError = errorGuard<OAuthError>(OAuthError.brand);
