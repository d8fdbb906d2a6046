import type { CustodyDesk } from '../../gateway/src/custody/custody-desk';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { sleepUntil } from '../scenarios/client';
import { AttackLedger, msp } from './support';

/**
 * A 2 for 1 split of units held in the custodian's omnibus account, from the attacker's side, on the real chaincode
 * over the embedded ledger: another org's custodian, another desk or the issuer's agent applying it to the account,
 * a forged or oversized position, a replayed or overlapping batch. Each refused write changes nothing (no block cut;
 * the action, the account's holding, the sub-ledger and the owners' markers read back the same).
 */
describe('custody corporate actions, from the attacker\'s side', () => {
  let world: AttackLedger;
  let desk: CustodyDesk;
  let custodian: Caller;
  const q = (caller: Caller, fn: string, ...args: string[]) => world.st2.evaluate(caller, fn, ...args);
  const input = { actionId: 'CA1', accountId: 'OMNI' };

  beforeAll(async () => {
    world = await AttackLedger.open();
    const bob = world.cast.investor(msp.bank1, 'bob');
    custodian = world.cast.custodian;
    await world.onboard(bob);
    await world.createEquity('ACME');
    await world.st2.submit(world.cast.agent, 'token:issue', { securityId: 'ACME', to: bob.id, amount: '310' });
    desk = await world.omnibusWithOwners('OMNI', bob, 'ACME', [[{ owner: 'zoe', jurisdiction: 'DE', investorType: 'retail' }, '200'], [{ owner: 'yan', jurisdiction: 'FR', investorType: 'retail' }, '100']]);
    const effectiveTime = Date.now() + 1_000;
    await world.st2.submit(world.cast.issuer, 'corporateAction:declare', { actionId: 'CA1', securityId: 'ACME', type: 'split', ratio: { numerator: '2', denominator: '1' }, effectiveTime });
    await sleepUntil(effectiveTime + 100);
  });
  afterAll(async () => world.close());

  const everything = async () => ({
    action: await q(world.cast.audit, 'corporateAction:get', 'CA1'),
    positions: await q(world.cast.audit, 'custody:positions', 'OMNI'),
    account: await q(world.cast.audit, 'token:getHolding', 'ACME', 'OMNI'),
    applied: await q(custodian, 'custody:adjustedOwners', 'OMNI', 'CA1'),
  });
  const owners = (names: readonly string[], edit?: (stored: string) => string) => world.ownersTransient('OMNI', 'ACME', names, edit ? { edit } : {});

  it('refuses bank2\'s custodian-role certificate, another desk of the custodian and the issuer\'s agent with ST2-UNAUTHORIZED, even with the true positions, changing nothing', async () => {
    const transient = await owners(['zoe', 'yan']);
    for (const intruder of [{ ...custodian, org: msp.bank2 }, { ...custodian, id: 'other-desk' }, world.cast.agent]) {
      expect(await world.refusal(intruder, 'corporateAction:applyCustody', input, everything, transient)).toBe('ST2-UNAUTHORIZED');
    }
  });

  it('refuses a forged position (overshooting the account\'s units) and an oversized one with ST2-INVALID-INPUT, changing nothing', async () => {
    expect(await world.refusal(custodian, 'corporateAction:applyCustody', input, everything, await owners(['zoe', 'yan'], (stored) => stored.replace('"100"', '"900"')))).toBe('ST2-INVALID-INPUT');
    expect(await world.refusal(custodian, 'corporateAction:applyCustody', input, everything, await owners(['zoe'], (stored) => stored.replace('"200"', `"1${'0'.repeat(40)}"`)))).toBe('ST2-INVALID-INPUT');
  });

  it('applies in batches, each owner once: a replayed batch or one overlapping an applied owner is ST2-ALREADY-ADJUSTED, changing nothing', async () => {
    const first = await desk.applyCorporateAction(custodian, input, { securityId: 'ACME' }, ['zoe']);
    expect(first.payload.events[0]).toEqual(expect.objectContaining({ type: 'CorporateActionApplied', adjustments: [{ holder: 'OMNI', units: '200', newUnits: '400', cash: '0', outstanding: '100' }] }));
    expect(JSON.parse(await q(custodian, 'custody:adjustedOwners', 'OMNI', 'CA1'))).toEqual(['zoe']);
    expect(await world.refusal(custodian, 'corporateAction:applyCustody', input, everything, await owners(['zoe']))).toBe('ST2-ALREADY-ADJUSTED');
    expect(await world.refusal(custodian, 'corporateAction:applyCustody', input, everything, await owners(['yan', 'zoe']))).toBe('ST2-ALREADY-ADJUSTED');
  });

  it('completes the account with the batch naming its last owner: again is ST2-ALREADY-ADJUSTED, changing nothing; the account reconciles at twice its units', async () => {
    await desk.applyCorporateAction(custodian, input, { securityId: 'ACME' });
    expect(JSON.parse(await q(custodian, 'custody:reconciliation', 'OMNI'))).toMatchObject({ reconciled: true, securities: [{ securityId: 'ACME', public: '600' }] });
    expect(await world.refusal(custodian, 'corporateAction:applyCustody', input, everything, await owners(['zoe', 'yan']))).toBe('ST2-ALREADY-ADJUSTED');
    await expect(desk.applyCorporateAction(custodian, input, { securityId: 'ACME' })).rejects.toMatchObject({ code: 'ST2-ALREADY-ADJUSTED' });
  });
});
