import { createPublicKey } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError, UnavailableError } from '../errors/api-error';

/**
 * Where bearer tokens come from. In production, the member's own OpenID Connect provider: tokens are checked
 * against its published keys (JWKS), its issuer and this gateway's audience. In development (explicitly chosen,
 * never a fallback), a local ES256 key pair whose private half the `token` CLI and the start banner sign with.
 */
export type TokenSource =
  | { readonly kind: 'dev'; readonly publicKey: string | Buffer }
  | {
    readonly kind: 'oidc';
    /** The provider's issuer URL, exactly as its tokens' `iss`. */
    readonly issuer: string;
    /** This gateway's audience: tokens minted for another resource are refused. */
    readonly audience: string;
    /** Default: the `jwks_uri` of the issuer's discovery document. */
    readonly jwksUri?: string;
    /** Default RS256, PS256, ES256, EdDSA. */
    readonly algorithms?: readonly string[];
  };

export interface TokenPolicy {
  /** Longest a token may be valid (`exp` minus `iat`, or minus now without `iat`). */
  readonly maxLifetimeSeconds: number;
  /** Skew allowed between this host's clock and the issuer's, on `exp`, `nbf` and `iat`. */
  readonly clockToleranceSeconds: number;
}

export type VerifyToken = (token: string) => Promise<JWTPayload>;

const DEV_ISSUER_ALGORITHMS = ['ES256'];
const OIDC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];
/** Verified tokens kept (until their expiry): a client sends the same token with every request. */
const CACHE_SIZE = 10_000;

/** A verifier for the source: the signature, `exp` (required), the lifetime bound, and for OIDC issuer and audience. */
export function tokenVerifier(source: TokenSource, policy: TokenPolicy): VerifyToken {
  const key = keyOf(source);
  const options = {
    algorithms: [...(source.kind === 'dev' ? DEV_ISSUER_ALGORITHMS : source.algorithms ?? OIDC_ALGORITHMS)],
    clockTolerance: policy.clockToleranceSeconds,
    requiredClaims: ['exp'],
    ...(source.kind === 'oidc' ? { issuer: source.issuer, audience: source.audience } : {}),
  };
  const verify: VerifyToken = async (token) => {
    const { payload } = await verifying(async () => jwtVerify(token, await key(), options));
    requireBoundedLifetime(payload, policy);
    return payload;
  };
  return cached(verify);
}

/** The key (or key set) to verify with; an OIDC provider's JWKS is discovered once, on first use, and refetched by jose on a key change. */
function keyOf(source: TokenSource): () => Promise<JWTVerifyGetKey> {
  if (source.kind === 'dev') {
    const key = createPublicKey(source.publicKey);
    const getKey: JWTVerifyGetKey = () => key;
    return async () => getKey;
  }
  let jwks: Promise<JWTVerifyGetKey> | undefined;
  return () => (jwks ??= discoverJwks(source).catch((error: unknown) => {
    jwks = undefined;
    throw error;
  }));
}

async function discoverJwks(source: Extract<TokenSource, { kind: 'oidc' }>): Promise<JWTVerifyGetKey> {
  if (source.jwksUri) return createRemoteJWKSet(new URL(source.jwksUri));
  const url = `${source.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`OpenID discovery at ${url} answered ${response.status}`);
  const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: unknown };
  if (typeof jwksUri !== 'string') throw new Error(`OpenID discovery at ${url} names no jwks_uri`);
  return createRemoteJWKSet(new URL(jwksUri));
}

/** A bad token is the caller's problem (401); an identity provider we cannot reach is ours (503). */
async function verifying<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
      throw new UnavailableError('The identity provider\'s keys cannot be read now; retry shortly.');
    }
    throw new UnauthenticatedError(`The bearer token is invalid: ${error.message}.`);
  }
}

/** A token valid for a century is a password with extra steps: refuse anything longer-lived than the policy allows. */
function requireBoundedLifetime(payload: JWTPayload, policy: TokenPolicy): void {
  const now = Math.floor(Date.now() / 1000);
  const exp = payload.exp ?? 0;
  const issuedAt = typeof payload.iat === 'number' ? Math.min(payload.iat, now + policy.clockToleranceSeconds) : now;
  if (exp - issuedAt > policy.maxLifetimeSeconds || exp - now > policy.maxLifetimeSeconds + policy.clockToleranceSeconds) {
    throw new UnauthenticatedError(`The bearer token is valid for longer than this gateway accepts (${policy.maxLifetimeSeconds} s).`);
  }
}

/** Verified payloads by token, each until its `exp`; the oldest entry goes when the cache is full. */
function cached(verify: VerifyToken): VerifyToken {
  const verified = new Map<string, JWTPayload>();
  return async (token) => {
    const hit = verified.get(token);
    if (hit && (hit.exp ?? 0) * 1000 > Date.now()) return hit;
    verified.delete(token);
    const payload = await verify(token);
    if (verified.size >= CACHE_SIZE) verified.delete(verified.keys().next().value as string);
    verified.set(token, payload);
    return payload;
  };
}
