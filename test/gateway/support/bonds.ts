import { cast, party } from './cast';
import type { Harness } from './harness';
import { ok, onboard, standardWorld } from './world';

/** A callable bond: 0% annual in EUR, maturing on `maturityDate`, its call terms and face value as given, bank1's agent with every power. */
export function callableBond(securityId: string, { faceValue = '100000', maturityDate, call, agents = [party(cast.agent)] }: {
  faceValue?: string; maturityDate: number; call: { firstCallDate: number; priceBps: number; noticeDays: number }; agents?: object[];
}) {
  return {
    securityId, name: `${securityId} callable notes`, isin: 'FR0000000019', decimals: 0, rules: { requiredClaims: ['kyc'] }, agents,
    terms: { kind: 'debt', faceValue, currency: 'EUR', couponRateBps: 0, couponFrequency: 'annual', maturityDate, call },
  };
}

/**
 * The standard world with the bonds created and held by alice (3) and bob (2), and acme's paying account
 * (`acme-pay`, 10,000.00 EURC of bank1's cash token) and remainder account (`acme-rest`) to redeem them from.
 */
export async function bondWorld(h: Harness, bonds: readonly ReturnType<typeof callableBond>[]): Promise<void> {
  await standardWorld(h);
  await onboard(h, 'acme-pay');
  await onboard(h, 'acme-rest');
  await ok(h, cast.treasury, 'POST', '/v1/cash', { securityId: 'EURC', name: 'EUR deposit token', currency: 'EUR', decimals: 2, rules: { requiredClaims: ['kyc'] }, agents: [] });
  await ok(h, cast.treasury, 'POST', '/v1/cash/EURC/issuances', { to: 'acme-pay', amount: '1000000' });
  for (const bond of bonds) {
    await ok(h, cast.issuer, 'POST', '/v1/securities', bond);
    await ok(h, cast.agent, 'POST', `/v1/securities/${bond.securityId}/issuances`, { to: 'alice', amount: '3' });
    await ok(h, cast.agent, 'POST', `/v1/securities/${bond.securityId}/issuances`, { to: 'bob', amount: '2' });
  }
}
