import type { Caller, Ledger } from '../../gateway/src/ledger/ledger';
import type { scenarioCast } from './cast';
import { verifiedClient } from './client';

/** What a corporate-action scenario starts from: verified people, an equity and its holdings, a cash token and its payer. */
export interface EquityAndCash {
  /** Each investor with the org's operator that registers it: all verified for the kyc topic. */
  readonly people: readonly (readonly [onboarder: Caller, investor: Caller])[];
  readonly equity: { readonly securityId: string; readonly name: string; readonly holdings: readonly (readonly [holder: Caller, amount: string])[] };
  readonly cash: { readonly securityId: string; readonly payer: Caller; readonly amount: string };
}

/**
 * The usual start of a dividend, split or custody-payment scenario: the consortium trusts the cast's KYC provider,
 * `people` are registered and verified, the cast's issuer creates the equity (its agent issuing the holdings)
 * and the cast's treasury the EUR cash token, issued to the payer.
 */
export async function equityAndCash(ledger: Ledger, cast: ReturnType<typeof scenarioCast>, { people, equity, cash }: EquityAndCash) {
  const { admin1, admin2, kyc, issuer, agent, treasury } = cast;
  const st2 = await verifiedClient(ledger, [admin1, admin2], kyc, people);
  await st2.submit(issuer, 'security:create', {
    securityId: equity.securityId, name: equity.name, isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }], rules: { requiredClaims: ['kyc'] },
    terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
  });
  for (const [holder, amount] of equity.holdings) await st2.submit(agent, 'token:issue', { securityId: equity.securityId, to: holder.id, amount });
  await st2.submit(treasury, 'security:create', { securityId: cash.securityId, name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
  await st2.submit(treasury, 'token:issue', { securityId: cash.securityId, to: cash.payer.id, amount: cash.amount });
  return st2;
}
