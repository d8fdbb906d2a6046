import { sign } from 'node:crypto';
import type { TokenClaims } from './principal';

/** Dev tokens last a working day, and a dev gateway accepts none longer (unless told otherwise). */
export const DEV_TOKEN_TTL_SECONDS = 12 * 3600;

/**
 * Mints an ES256 JWT for development and tests, synchronously (the signature is node:crypto's; a compact JWS
 * is three base64url parts), so the minting CLI needs no server. The gateway verifies with jose, and accepts
 * these only when started with --dev-identity.
 */
export function signDevToken(privateKey: string, claims: TokenClaims, ttlSeconds: number, now: number = Date.now()): string {
  const issuedAt = Math.floor(now / 1000);
  const header = base64url(JSON.stringify({ alg: 'ES256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ ...claims, iat: issuedAt, exp: issuedAt + ttlSeconds }));
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return `${header}.${payload}.${signature.toString('base64url')}`;
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
