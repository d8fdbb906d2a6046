import type { CustodyDesk } from '../../gateway/src/custody/custody-desk';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { sleepUntil } from '../scenarios/client';
import { AttackLedger, msp } from './support';

/**
 * A dividend paid into the custodian's omnibus account, from the attacker's side, on the real chaincode over
 * the embedded ledger: another org's custodian, another desk or the issuer's agent claiming the account's
 * payment, forged, oversized or repeated owners, a replayed or overlapping batch, a replayed request id. Each
 * refused write changes nothing (no block cut; the distribution, the holdings, the sub-ledger and the owners'
 * paid markers read back the same).
 */
describe('custody distributions, from the attacker\'s side', () => {
  let world: AttackLedger;
  let desk: CustodyDesk;
  let custodian: Caller;
  let paymentDate = 0;
  const q = (caller: Caller, fn: string, ...args: string[]) => world.st2.evaluate(caller, fn, ...args);
  const [zoe, yan] = [{ owner: 'zoe', jurisdiction: 'DE', investorType: 'retail' }, { owner: 'yan', jurisdiction: 'FR', investorType: 'retail' }] as const;
  const input = { distributionId: 'D1', accountId: 'OMNI' };
  const securities = { securityId: 'ACME', cashSecurityId: 'EURT' };

  beforeAll(async () => {
    world = await AttackLedger.open();
    const [bob, payer, rest] = ['bob', 'acme-pay', 'acme-rest'].map((id) => world.cast.investor(msp.bank1, id)) as [Caller, Caller, Caller];
    custodian = world.cast.custodian;
    await world.onboard(bob, payer, rest);
    await world.createEquity('ACME');
    await world.st2.submit(world.cast.treasury, 'security:create', { securityId: 'EURT', name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
    await world.st2.submit(world.cast.agent, 'token:issue', { securityId: 'ACME', to: bob.id, amount: '300' });
    await world.st2.submit(world.cast.treasury, 'token:issue', { securityId: 'EURT', to: payer.id, amount: '50000' });
    desk = await world.omnibusWithOwners('OMNI', bob, 'ACME', [[zoe, '200'], [yan, '100']]);
    paymentDate = Date.now() + 2_000;
    await world.st2.submit(world.cast.issuer, 'distribution:declare', {
      distributionId: 'D1', securityId: 'ACME', cashSecurityId: 'EURT', rate: { numerator: '1', denominator: '3' }, recordTime: Date.now() + 1_000, paymentDate, payer: payer.id, remainderAccount: rest.id,
    });
    await sleepUntil(paymentDate + 100);
  });
  afterAll(async () => world.close());

  const everything = async () => ({
    distribution: await q(world.cast.audit, 'distribution:get', 'D1'),
    paidOwners: await q(custodian, 'custody:paidOwners', 'OMNI', 'D1'),
    positions: await q(world.cast.audit, 'custody:positions', 'OMNI'),
    account: [await q(world.cast.audit, 'token:getHolding', 'ACME', 'OMNI'), await q(world.cast.audit, 'token:getHolding', 'EURT', 'OMNI')],
    payer: await q(world.cast.audit, 'token:getHolding', 'EURT', 'acme-pay'),
  });
  const owners = (names: readonly string[], edit?: (stored: string) => string) => world.ownersTransient('OMNI', 'ACME', names, { cashSecurityId: 'EURT', ...(edit ? { edit } : {}) });

  it('refuses bank2\'s custodian-role certificate, another desk of the custodian and the issuer\'s agent with ST2-UNAUTHORIZED, even with the true positions, changing nothing', async () => {
    const transient = await owners(['zoe', 'yan']);
    for (const intruder of [{ ...custodian, org: msp.bank2 }, { ...custodian, id: 'other-desk' }, world.cast.agent]) {
      expect(await world.refusal(intruder, 'distribution:payCustody', input, everything, transient)).toBe('ST2-UNAUTHORIZED');
    }
  });

  it('refuses positions that overshoot the account\'s record-time units (a forged position) and an oversized amount with ST2-INVALID-INPUT, an owner named twice or none named likewise, changing nothing', async () => {
    expect(await world.refusal(custodian, 'distribution:payCustody', input, everything, await owners(['zoe', 'yan'], (stored) => stored.replace('"200"', '"400"')))).toBe('ST2-INVALID-INPUT');
    expect(await world.refusal(custodian, 'distribution:payCustody', input, everything, await owners(['zoe'], (stored) => stored.replace('"200"', `"1${'0'.repeat(40)}"`)))).toBe('ST2-INVALID-INPUT');
    expect(await world.refusal(custodian, 'distribution:payCustody', input, everything, await owners(['zoe', 'zoe', 'yan']))).toBe('ST2-INVALID-INPUT');
    expect(await world.refusal(custodian, 'distribution:payCustody', input, everything)).toBe('ST2-INVALID-INPUT');
  });

  it('pays in batches, each owner once: a replayed batch or one overlapping a paid owner is ST2-ALREADY-PAID, the same request id ST2-DUPLICATE-REQUEST, changing nothing', async () => {
    const first = await desk.payDistribution(custodian, { ...input, requestId: 'pay-zoe' }, securities, ['zoe']);
    expect(first.payload.events).toEqual([
      expect.objectContaining({ type: 'DistributionPaid', payments: [{ holder: 'OMNI', units: '200', amount: '66', outstanding: '100' }] }),
      expect.objectContaining({ type: 'CustodyDeposited', amount: '66' }),
    ]);
    expect(JSON.parse(await q(custodian, 'custody:paidOwners', 'OMNI', 'D1'))).toEqual(['zoe']);
    expect(await world.refusal(custodian, 'distribution:payCustody', input, everything, await owners(['zoe']))).toBe('ST2-ALREADY-PAID');
    expect(await world.refusal(custodian, 'distribution:payCustody', input, everything, await owners(['yan', 'zoe']))).toBe('ST2-ALREADY-PAID');
    const [height, before] = [await world.ledger.height(), await everything()];
    await expect(desk.payDistribution(custodian, { ...input, requestId: 'pay-zoe' }, securities, ['yan'])).rejects.toMatchObject({ code: 'ST2-DUPLICATE-REQUEST' });
    expect([await world.ledger.height(), await everything()]).toEqual([height, before]);
  });

  it('completes with the batch naming the last owner, then refuses the account\'s payment again with ST2-ALREADY-PAID, changing nothing', async () => {
    const last = await desk.payDistribution(custodian, input, securities);
    expect(last.payload.events[0]).toEqual(expect.objectContaining({ type: 'DistributionPaid', payments: [{ holder: 'OMNI', units: '100', amount: '33' }] }));
    expect(JSON.parse(await q(custodian, 'custody:paidOwners', 'OMNI', 'D1'))).toEqual(['yan', 'zoe']);
    expect(JSON.parse(await q(custodian, 'custody:reconciliation', 'OMNI'))).toMatchObject({ reconciled: true });
    expect(await world.refusal(custodian, 'distribution:payCustody', input, everything, await owners(['zoe', 'yan']))).toBe('ST2-ALREADY-PAID');
    await expect(desk.payDistribution(custodian, input, securities)).rejects.toMatchObject({ code: 'ST2-ALREADY-PAID' });
  });

  it('does not let bank2\'s certificates read which owners were paid (ST2-UNAUTHORIZED)', async () => {
    expect(await world.st2.outcomeOf(() => q({ ...custodian, org: msp.bank2 }, 'custody:paidOwners', 'OMNI', 'D1'))).toBe('ST2-UNAUTHORIZED');
  });
});
