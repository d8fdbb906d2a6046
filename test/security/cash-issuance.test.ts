import { MAX_AMOUNT } from '@st2/chaincode';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { AttackLedger, msp } from './support';

/**
 * Money from the attacker's side: only bank1's cash issuer (the topology grants the role to bank1 alone)
 * creates, issues and redeems cash. Every refused attempt below is shown to have changed nothing: no block
 * was cut (so no read model moved either) and the cash's records read back the same.
 */
describe('cash issuance, from the attacker\'s side', () => {
  let world: AttackLedger;
  let alice: Caller;
  let bob: Caller;

  beforeAll(async () => {
    world = await AttackLedger.open();
    [alice, bob] = ['alice', 'bob'].map((name) => world.cast.investor(msp.bank1, name)) as [Caller, Caller];
    await world.onboard(alice, bob);
    await world.st2.submit(world.cast.treasury, 'security:create', {
      securityId: 'EURC', name: 'EUR deposit token', decimals: 2, agents: [{ org: world.cast.agent.org, id: world.cast.agent.id }],
      rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' },
    });
    await world.st2.submit(world.cast.treasury, 'token:issue', { securityId: 'EURC', to: alice.id, amount: '1000' });
  });
  afterAll(async () => world.close());

  const records = async () => ({
    security: await world.st2.evaluate(world.cast.audit, 'security:get', 'EURC'),
    holdings: await Promise.all([alice, bob].map((who) => world.st2.evaluate(world.cast.audit, 'token:getHolding', 'EURC', who.id))),
  });
  const issue = { securityId: 'EURC', amount: '500' };
  const as = (org: string, role: string, id = world.cast.treasury.id): Caller => ({ org, role, id });

  it.each([
    ['bank2 (its CA may not grant the role)', () => as(msp.bank2, 'cash-issuer')],
    ['the custodian', () => as(msp.custodian, 'cash-issuer')],
    ['the regulator', () => as(msp.regulator, 'cash-issuer')],
  ])('refuses cash issued by a cash-issuer certificate of %s with ST2-UNAUTHORIZED, changing nothing', async (_org, caller) => {
    expect(await world.refusal(caller(), 'token:issue', { ...issue, to: bob.id }, records)).toBe('ST2-UNAUTHORIZED');
  });

  it.each([
    ['an equity issuer of bank1', () => as(msp.bank1, 'issuer')],
    ['the cash\'s own transfer agent (every power)', () => world.cast.agent],
    ['bank1\'s admin', () => world.cast.admin1],
    ['another cash issuer of bank1', () => as(msp.bank1, 'cash-issuer', 'rogue-treasury')],
  ])('refuses cash issued or redeemed by %s with ST2-UNAUTHORIZED, changing nothing', async (_who, caller) => {
    expect(await world.refusal(caller(), 'token:issue', { ...issue, to: bob.id }, records)).toBe('ST2-UNAUTHORIZED');
    expect(await world.refusal(caller(), 'token:redeem', { securityId: 'EURC', from: alice.id, amount: '1' }, records)).toBe('ST2-UNAUTHORIZED');
  });

  it('refuses cash created by a role or org that is not a bank\'s cash issuer, changing nothing', async () => {
    const cash = { securityId: 'USDC', name: 'USD deposit token', decimals: 2, agents: [], rules: { requiredClaims: [] }, terms: { kind: 'cash', currency: 'USD' } };
    const usdc = () => world.st2.evaluate(world.cast.audit, 'security:get', 'USDC').catch((e: Error) => e.message);
    for (const caller of [as(msp.bank1, 'issuer'), as(msp.custodian, 'cash-issuer'), as(msp.bank2, 'cash-issuer')]) {
      expect(await world.refusal(caller, 'security:create', cash, usdc)).toBe('ST2-UNAUTHORIZED');
    }
  });

  it('refuses oversized amounts: 39 digits is ST2-INVALID-INPUT, a supply past 10^38 - 1 is ST2-AMOUNT-LIMIT, changing nothing', async () => {
    const { treasury } = world.cast;
    expect(await world.refusal(treasury, 'token:issue', { ...issue, to: bob.id, amount: (MAX_AMOUNT + 1n).toString() }, records)).toBe('ST2-INVALID-INPUT');
    expect(await world.refusal(treasury, 'token:issue', { ...issue, to: bob.id, amount: MAX_AMOUNT.toString() }, records)).toBe('ST2-AMOUNT-LIMIT');
    expect(await world.refusal(alice, 'token:transfer', { securityId: 'EURC', from: alice.id, to: bob.id, amount: '1001' }, records)).toBe('ST2-INSUFFICIENT-BALANCE');
  });
});
