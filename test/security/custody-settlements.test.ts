import { MAX_AMOUNT } from '@st2/chaincode';
import { CustodyDesk } from '../../gateway/src/custody/custody-desk';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { AttackLedger, DAY, msp } from './support';

/**
 * A settlement whose buyer is the custodian's omnibus account, from the attacker's side, on the real chaincode
 * over the embedded ledger: another org's custodian or a wrong role acting for the account, a forged owner
 * position, a replayed request id, an oversized amount. Each refused write changes nothing (no block cut; the
 * holdings with their settlement holds, and the sub-ledger, read back the same).
 */
describe('settlements with a custody account, from the attacker\'s side', () => {
  let world: AttackLedger;
  let desk: CustodyDesk;
  let alice: Caller;
  let bob: Caller;
  let custodian: Caller;
  const q = (caller: Caller, fn: string, ...args: string[]) => world.st2.evaluate(caller, fn, ...args);
  const legs = { accountId: 'OMNI', from: 'EURT', to: 'ACME' };
  const owner = { owner: 'owner-one', jurisdiction: 'DE', investorType: 'retail' } as const;

  beforeAll(async () => {
    world = await AttackLedger.open();
    desk = new CustodyDesk(world.ledger);
    [alice, bob, custodian] = [world.cast.investor(msp.bank1, 'alice'), world.cast.investor(msp.bank1, 'bob'), world.cast.custodian];
    await world.onboard(alice, bob);
    await world.createEquity('ACME');
    await world.createEquity('EURT');
    await world.st2.submit(world.cast.agent, 'token:issue', { securityId: 'ACME', to: alice.id, amount: '1000' });
    await world.st2.submit(world.cast.agent, 'token:issue', { securityId: 'EURT', to: bob.id, amount: '50000' });
    await world.openOmnibus('OMNI', { holder: bob, securityId: 'EURT' });
    await desk.deposit(custodian, custodian, { securityId: 'EURT', accountId: 'OMNI', from: bob.id, amount: '20000' }, owner);
    for (const settlementId of ['s1', 's2']) {
      await world.st2.submit(alice, 'settlement:propose', {
        settlementId, seller: alice.id, buyer: 'OMNI', securities: { securityId: 'ACME', amount: '100' }, cash: { securityId: 'EURT', amount: '1000' }, settleBy: Date.now() + DAY,
      });
    }
    await world.st2.submit(alice, 'settlement:affirm', { settlementId: 's1' });
  });
  afterAll(async () => world.close());

  const everything = async () => ({
    positions: await q(world.cast.audit, 'custody:positions', 'OMNI'),
    account: [await q(world.cast.audit, 'token:getHolding', 'ACME', 'OMNI'), await q(world.cast.audit, 'token:getHolding', 'EURT', 'OMNI')],
    alice: [await q(world.cast.audit, 'token:getHolding', 'ACME', alice.id), await q(world.cast.audit, 'token:getHolding', 'EURT', alice.id)],
  });

  it('refuses bank2\'s custodian-role certificate, another desk of the custodian, the issuer\'s agent and bob affirming for the account with ST2-UNAUTHORIZED, changing nothing', async () => {
    for (const intruder of [{ ...custodian, org: msp.bank2 }, { ...custodian, id: 'other-desk' }, world.cast.agent, bob]) {
      expect(await world.refusal(intruder, 'settlement:affirm', { settlementId: 's1' }, everything)).toBe('ST2-UNAUTHORIZED');
    }
  });

  it('refuses a forged owner position at settlement (more cash than the owner holds) with ST2-INVALID-INPUT, changing nothing', async () => {
    await world.st2.submit(custodian, 'settlement:affirm', { settlementId: 's1' });
    const stored = await q(custodian, 'custody:position', 'OMNI', 'EURT', 'owner-one');
    const custody = JSON.stringify({ from: { owner: 'owner-one', position: stored.replace('"20000"', '"99999"') }, to: { ...owner, position: null } });
    expect(await world.refusal(custodian, 'settlement:settle', { settlementId: 's1' }, everything, { custody: Buffer.from(custody) })).toBe('ST2-INVALID-INPUT');
    expect(await world.refusal({ ...custodian, org: msp.bank2 }, 'settlement:settle', { settlementId: 's1' }, everything)).toBe('ST2-UNAUTHORIZED');
  });

  it('settles once per request id: the same id again is ST2-DUPLICATE-REQUEST, changing nothing', async () => {
    await desk.settle(custodian, { settlementId: 's1', requestId: 'settle-once' }, legs, owner);
    await world.st2.submit(alice, 'settlement:affirm', { settlementId: 's2' });
    await world.st2.submit(custodian, 'settlement:affirm', { settlementId: 's2' });
    const [height, before] = [await world.ledger.height(), await everything()];
    await expect(desk.settle(custodian, { settlementId: 's2', requestId: 'settle-once' }, legs, owner)).rejects.toMatchObject({ code: 'ST2-DUPLICATE-REQUEST' });
    expect([await world.ledger.height(), await everything()]).toEqual([height, before]);
    expect(JSON.parse(await q(custodian, 'custody:reconciliation', 'OMNI'))).toMatchObject({ reconciled: true });
  });

  it('refuses an oversized leg amount with ST2-INVALID-INPUT, changing nothing', async () => {
    expect(await world.refusal(custodian, 'settlement:propose', {
      settlementId: 'big', seller: alice.id, buyer: 'OMNI', securities: { securityId: 'ACME', amount: (MAX_AMOUNT + 1n).toString() }, settleBy: Date.now() + DAY,
    }, everything)).toBe('ST2-INVALID-INPUT');
  });
});
