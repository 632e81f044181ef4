/**
 * @module JWT access tokens (RFC 9068 profile): minted by the token endpoint, checked by the
 * bearer middleware, published as a JWKS. One ES256 key pair per sandbox, made at start-up.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, jwtVerify, errors as joseErrors } from 'jose';
import type { JSONWebKeySet, CryptoKey } from 'jose';
import type { SandboxClock } from '../clock.js';
import { ApiError } from '../api-error.js';

/** What a verified access token says about its caller. */
export interface AccessTokenClaims {
  readonly clientId: string;
  readonly partnerId: string;
  readonly applicationId: string;
  readonly scopes: readonly string[];
  readonly tokenId: string;
  readonly expiresAt: number;
}

export interface IssuedToken {
  readonly accessToken: string;
  readonly expiresIn: number;
}

const ALGORITHM = 'ES256';
/** Verified tokens remembered (their expiry is still checked on every use). */
const VERIFIED_CACHE_SIZE = 1000;
const TOKEN_TYPE = 'at+jwt';
/** The `aud` of every token: the API, whichever host serves it. */
export const ACCESS_TOKEN_AUDIENCE = 'https://api.example.gov';

export class AccessTokenAuthority {
  readonly #verified = new Map<string, AccessTokenClaims>();

  private constructor(
    private readonly privateKey: CryptoKey,
    private readonly publicKey: CryptoKey,
    private readonly keyId: string,
    private readonly clock: SandboxClock,
    private readonly issuer: string,
    readonly ttlSeconds: number,
  ) {}

  static async create(options: {
    clock: SandboxClock;
    issuer: string;
    ttlSeconds: number;
  }): Promise<AccessTokenAuthority> {
    const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
    const keyId = `sandbox-${randomUUID().slice(0, 8)}`;
    return new AccessTokenAuthority(
      privateKey,
      publicKey,
      keyId,
      options.clock,
      options.issuer,
      options.ttlSeconds,
    );
  }

  async issue(subject: {
    clientId: string;
    partnerId: string;
    applicationId: string;
    scopes: readonly string[];
  }): Promise<IssuedToken> {
    const issuedAt = this.clock.nowSeconds();
    const accessToken = await new SignJWT({
      client_id: subject.clientId,
      scope: subject.scopes.join(' '),
      partner_id: subject.partnerId,
      application_id: subject.applicationId,
    })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.keyId, typ: TOKEN_TYPE })
      .setIssuer(this.issuer)
      .setSubject(subject.clientId)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .setJti(randomUUID())
      .sign(this.privateKey);
    return { accessToken, expiresIn: this.ttlSeconds };
  }

  /**
   * Verifies signature, type, issuer, audience and expiry; a failure is a 401 saying which. A
   * token verified before skips the signature check but not the expiry check.
   */
  async verify(token: string): Promise<AccessTokenClaims> {
    const known = this.#verified.get(token);
    if (known) {
      if (known.expiresAt > this.clock.nowSeconds()) return known;
      this.#verified.delete(token);
    }
    const claims = await this.#verifySignedToken(token);
    if (this.#verified.size >= VERIFIED_CACHE_SIZE) {
      const oldest = this.#verified.keys().next().value;
      if (oldest !== undefined) this.#verified.delete(oldest);
    }
    this.#verified.set(token, claims);
    return claims;
  }

  async #verifySignedToken(token: string): Promise<AccessTokenClaims> {
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        algorithms: [ALGORITHM],
        typ: TOKEN_TYPE,
        issuer: this.issuer,
        audience: ACCESS_TOKEN_AUDIENCE,
        currentDate: new Date(this.clock.now()),
        requiredClaims: ['exp', 'client_id', 'scope', 'partner_id', 'application_id', 'jti'],
      });
      return {
        clientId: String(payload['client_id']),
        partnerId: String(payload['partner_id']),
        applicationId: String(payload['application_id']),
        scopes: String(payload['scope']).split(' ').filter(Boolean),
        tokenId: String(payload.jti),
        expiresAt: Number(payload.exp),
      };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw invalidToken(
          'The access token has expired; request a new one from the token endpoint.',
        );
      }
      if (error instanceof joseErrors.JOSEError) {
        throw invalidToken(
          'The access token is not one this server issued or has been altered; request a new one from the token endpoint.',
        );
      }
      throw error;
    }
  }

  async jwks(): Promise<JSONWebKeySet> {
    const jwk = await exportJWK(this.publicKey);
    return { keys: [{ ...jwk, kid: this.keyId, alg: ALGORITHM, use: 'sig' }] };
  }
}

/** A 401 with the RFC 6750 `WWW-Authenticate` challenge for a token that was sent but is bad. */
export function invalidToken(message: string): ApiError {
  const description = message.replace(/["\\]/g, "'");
  return new ApiError(
    'unauthorized',
    message,
    {},
    {
      'www-authenticate': `Bearer realm="platform", error="invalid_token", error_description="${description}"`,
    },
  );
}
