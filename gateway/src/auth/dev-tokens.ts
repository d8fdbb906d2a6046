import { sign } from 'node:crypto';
import type { TokenClaims } from './principal';

/**
 * Mints an ES256 JWT for development and tests. Hand-written on node:crypto (a compact JWS is three
 * base64url parts) so the minting CLI needs no server; the gateway verifies with @fastify/jwt.
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
