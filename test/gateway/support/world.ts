import type { Harness, Actor } from './harness';
import { cast, party } from './cast';

export const YEAR = 365 * 86_400_000;

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, unknown>;
}

/** One HTTP call through app.inject, as `actor` (or anonymous). */
export async function call(h: Harness, actor: Actor | null, method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await h.app.inject({
    method, url,
    headers: { ...(actor ? h.auth(actor) : {}), ...headers },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
  const body = response.body.length > 0 && response.headers['content-type']?.toString().includes('json') ? (response.json() as Record<string, unknown>) : {};
  return { status: response.statusCode, body, headers: response.headers };
}

/** Like `call`, but a non-2xx answer fails the test with the error body. */
export async function ok(h: Harness, actor: Actor, method: Method, url: string, payload?: unknown, headers?: Record<string, string>): Promise<Reply> {
  const reply = await call(h, actor, method, url, payload, headers);
  if (reply.status >= 300) throw new Error(`${method} ${url} as ${actor.id}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply;
}

export function kycRecord(name: string) {
  return { name, birthDate: '1980-01-01', documents: [{ kind: 'passport', reference: `P-${name}` }] };
}

/** A consortium change approved by both administrator orgs (bank1 proposes, bank2's approval executes it). */
export async function governed(h: Harness, method: Method, url: string, payload?: unknown): Promise<Reply> {
  await ok(h, cast.admin, method, url, payload);
  return ok(h, cast.admin2, method, url, payload);
}

/** The KYC provider trusted for kyc, aml and accredited. */
export async function trustKyc(h: Harness): Promise<void> {
  await governed(h, 'POST', '/v1/claim-issuers', { issuer: party(cast.kyc), topics: ['kyc', 'aml', 'accredited'] });
}

export interface OnboardOptions {
  readonly by?: Actor;
  readonly jurisdiction?: string;
  readonly investorType?: 'retail' | 'professional' | 'institutional';
  readonly investor?: string;
  readonly claims?: readonly string[];
}

/** Registers an identity and gives it claims (kyc by default), valid for a year. */
export async function onboard(h: Harness, id: string, options: OnboardOptions = {}): Promise<void> {
  await ok(h, options.by ?? cast.agent, 'POST', '/v1/identities', {
    identityId: id, investor: options.investor ?? id, jurisdiction: options.jurisdiction ?? 'FR', investorType: options.investorType ?? 'retail',
    record: kycRecord(id),
  });
  for (const topic of options.claims ?? ['kyc']) {
    await ok(h, cast.kyc, 'POST', `/v1/identities/${id}/claims`, {
      topic, expiresAt: h.clock.now + YEAR, evidence: { method: 'document-check', reference: `${topic}-${id}` },
    });
  }
}

export function equity(securityId: string, rules: Record<string, unknown> = { requiredClaims: ['kyc'] }) {
  return {
    securityId, name: `${securityId} ordinary shares`, isin: 'FR0000000001', decimals: 0,
    terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
    rules, agents: [party(cast.agent)],
  };
}

export function bond(securityId: string, maturityDate: number, rules: Record<string, unknown> = { requiredClaims: ['kyc', 'aml'] }) {
  return {
    securityId, name: `${securityId} 4% notes`, isin: 'FR0000000019', decimals: 2,
    terms: { kind: 'debt', faceValue: '100000', currency: 'EUR', couponRateBps: 400, couponFrequency: 'annual', maturityDate },
    rules, agents: [party(cast.agent)],
  };
}

export async function issue(h: Harness, securityId: string, to: string, amount: string): Promise<Reply> {
  return ok(h, cast.issuer, 'POST', `/v1/securities/${securityId}/issuances`, { to, amount });
}

/** Alice, Bob (bank1, FR and DE) and Carol (bank2, US), KYC'd, and ACME equity with some holdings. */
/** The standard world, with acme's paying and remainder accounts and bank1's EURC cash token, 100,000 of it held by acme-pay. */
export async function payingWorld(h: Harness): Promise<void> {
  await standardWorld(h);
  await onboard(h, 'acme-pay');
  await onboard(h, 'acme-rest');
  await ok(h, cast.treasury, 'POST', '/v1/cash', { securityId: 'EURC', name: 'EUR deposit token', currency: 'EUR', decimals: 2, rules: { requiredClaims: ['kyc'] }, agents: [] });
  await ok(h, cast.treasury, 'POST', '/v1/cash/EURC/issuances', { to: 'acme-pay', amount: '100000' });
}

/** The custodian's omnibus account OMNI, KYC'd, and the custodian `holder`'s operator for ACME (to deposit its units). */
export async function omnibusFor(h: Harness, holder: typeof cast.alice | typeof cast.bob): Promise<void> {
  await ok(h, cast.custodian, 'POST', '/v1/custody/accounts', { accountId: 'OMNI', accountType: 'omnibus', jurisdiction: 'LU' });
  await ok(h, cast.kyc, 'POST', '/v1/identities/OMNI/claims', { topic: 'kyc', expiresAt: h.clock.now + YEAR, evidence: { method: 'document-check', reference: 'OMNI' } });
  await ok(h, holder, 'POST', '/v1/securities/ACME/operators', { holder: holder.id, operator: party(cast.custodian) });
}

export async function standardWorld(h: Harness): Promise<void> {
  await trustKyc(h);
  await onboard(h, 'alice', { jurisdiction: 'FR' });
  await onboard(h, 'bob', { jurisdiction: 'DE', investorType: 'professional', claims: ['kyc', 'aml', 'accredited'] });
  await onboard(h, 'carol', { by: cast.agent2, jurisdiction: 'US', investorType: 'institutional', claims: ['kyc', 'aml', 'accredited'] });
  await ok(h, cast.issuer, 'POST', '/v1/securities', equity('ACME'));
  await issue(h, 'ACME', 'alice', '1000');
  await issue(h, 'ACME', 'bob', '500');
}

/** The standard world plus a buyer for it: the custodian's client account `omnibus` holding 1,000,000 EURT to pay with. */
export async function tradingWorld(h: Harness): Promise<void> {
  await standardWorld(h);
  await onboard(h, 'omnibus', { by: cast.custodian });
  await ok(h, cast.issuer, 'POST', '/v1/securities', equity('EURT'));
  await issue(h, 'EURT', 'omnibus', '1000000');
}
