import { MAX_AMOUNT } from '@st2/chaincode';
import { CustodyDesk } from '../../gateway/src/custody/custody-desk';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { sha256 } from '../scenarios/client';
import { AttackLedger, DAY, msp } from './support';

/**
 * Custody from the attacker's side, on the real chaincode over the embedded ledger: another org reading the
 * custodian's beneficial owners, a forged or stale position, another custodian moving the account's units,
 * oversized amounts. Each refused write is shown to change nothing (no block cut, the sub-ledger and the
 * public records read back the same).
 */
describe('custody, from the attacker\'s side', () => {
  let world: AttackLedger;
  let desk: CustodyDesk;
  let alice: Caller;
  let custodian: Caller;
  const q = (caller: Caller, fn: string, ...args: string[]) => world.st2.evaluate(caller, fn, ...args);

  beforeAll(async () => {
    world = await AttackLedger.open();
    desk = new CustodyDesk(world.ledger);
    alice = world.cast.investor(msp.bank1, 'alice');
    custodian = world.cast.custodian;
    await world.onboard(alice);
    await world.createEquity('ACME');
    await world.st2.submit(world.cast.agent, 'token:issue', { securityId: 'ACME', to: alice.id, amount: '1000' });
    await world.st2.submit(custodian, 'custody:openAccount', { accountId: 'OMNI', accountType: 'omnibus', jurisdiction: 'LU' });
    const evidence = 'kyc of OMNI';
    await world.st2.submit(world.cast.kyc, 'identity:addClaim', { identityId: 'OMNI', topic: 'kyc', expiresAt: Date.now() + 365 * DAY, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
    await world.st2.submit(alice, 'token:authorizeOperator', { securityId: 'ACME', holder: alice.id, operator: { org: custodian.org, id: custodian.id } });
    await desk.deposit(custodian, custodian, { securityId: 'ACME', accountId: 'OMNI', from: alice.id, amount: '600' }, { owner: 'owner-one', jurisdiction: 'DE', investorType: 'retail' });
    await desk.move(custodian, { securityId: 'ACME', accountId: 'OMNI' }, { owner: 'owner-one' }, { owner: 'owner-two', jurisdiction: 'FR', investorType: 'professional' }, '250');
  });
  afterAll(async () => world.close());

  const everything = async () => ({
    positions: await q(world.cast.audit, 'custody:positions', 'OMNI'),
    account: await q(world.cast.audit, 'token:getHolding', 'ACME', 'OMNI'),
    alice: await q(world.cast.audit, 'token:getHolding', 'ACME', alice.id),
    stats: await q(world.cast.audit, 'security:get', 'ACME'),
  });

  it('lets the custodian and the regulator read the beneficial owners, and reconciles the sub-ledger with the public balance', async () => {
    for (const reader of [custodian, world.cast.audit]) {
      const positions = JSON.parse(await q(reader, 'custody:positions', 'OMNI')) as { owner: string; amount: string }[];
      expect(positions.map(({ owner, amount }) => [owner, amount])).toEqual([['owner-one', '350'], ['owner-two', '250']]);
    }
    expect(JSON.parse(await q(custodian, 'custody:reconciliation', 'OMNI'))).toEqual({ accountId: 'OMNI', reconciled: true, securities: [{ securityId: 'ACME', subLedger: '600', public: '600', reconciled: true }] });
  });

  it.each([
    ['custody:positions', ['OMNI']], ['custody:position', ['OMNI', 'ACME', 'owner-one']], ['custody:reconciliation', ['OMNI']],
  ])('refuses bank2 and bank1 reading %s with ST2-UNAUTHORIZED', async (fn, args) => {
    for (const reader of [world.cast.ops2, world.cast.admin1, alice]) {
      await expect(q(reader, fn, ...args)).rejects.toMatchObject({ code: 'ST2-UNAUTHORIZED' });
    }
  });

  it('refuses a forged position (an owner claiming more than it holds) with ST2-INVALID-INPUT, changing nothing', async () => {
    const stored = await q(custodian, 'custody:position', 'OMNI', 'ACME', 'owner-one');
    const forged = stored.replace('"350"', '"99999"');
    const custody = JSON.stringify({ from: { owner: 'owner-one', position: forged }, to: { owner: 'owner-two', position: await q(custodian, 'custody:position', 'OMNI', 'ACME', 'owner-two') }, amount: '99999' });
    expect(await world.refusal(custodian, 'custody:move', { securityId: 'ACME', accountId: 'OMNI' }, everything, { custody: Buffer.from(custody) })).toBe('ST2-INVALID-INPUT');
    const fresh = JSON.stringify({ to: { owner: 'owner-one', position: null, jurisdiction: 'DE', investorType: 'retail' } });
    expect(await world.refusal(custodian, 'custody:deposit', { securityId: 'ACME', accountId: 'OMNI', from: alice.id, amount: '1' }, everything, { custody: Buffer.from(fresh) })).toBe('ST2-INVALID-INPUT');
  });

  it('refuses a holder depositing into the account for another owner (only the custodian attests owners) with ST2-CUSTODY-OWNER, changing nothing', async () => {
    const custody = JSON.stringify({ to: { owner: 'owner-three', position: null, jurisdiction: 'DE', investorType: 'retail' } });
    expect(await world.refusal(alice, 'custody:deposit', { securityId: 'ACME', accountId: 'OMNI', from: alice.id, amount: '1' }, everything, { custody: Buffer.from(custody) })).toBe('ST2-CUSTODY-OWNER');
  });

  it('refuses another custodian, another org\'s custodian and a bank agent moving the account\'s units with ST2-UNAUTHORIZED, changing nothing', async () => {
    for (const intruder of [{ ...custodian, id: 'other-desk' }, { ...custodian, org: msp.bank2 }, world.cast.agent]) {
      const custody = JSON.stringify({ from: { owner: 'owner-one', position: await q(custodian, 'custody:position', 'OMNI', 'ACME', 'owner-one') } });
      expect(await world.refusal(intruder, 'custody:withdraw', { securityId: 'ACME', accountId: 'OMNI', to: alice.id, amount: '1' }, everything, { custody: Buffer.from(custody) })).toBe('ST2-UNAUTHORIZED');
    }
  });

  it('refuses units into the account by a plain transfer (ST2-CUSTODY-ACCOUNT) and oversized amounts (ST2-INVALID-INPUT), changing nothing', async () => {
    expect(await world.refusal(alice, 'token:transfer', { securityId: 'ACME', from: alice.id, to: 'OMNI', amount: '1' }, everything)).toBe('ST2-CUSTODY-ACCOUNT');
    const custody = JSON.stringify({ to: { owner: 'owner-one', position: await q(custodian, 'custody:position', 'OMNI', 'ACME', 'owner-one') } });
    expect(await world.refusal(custodian, 'custody:deposit', { securityId: 'ACME', accountId: 'OMNI', from: alice.id, amount: (MAX_AMOUNT + 1n).toString() }, everything, { custody: Buffer.from(custody) })).toBe('ST2-INVALID-INPUT');
    const move = JSON.stringify({ from: JSON.parse(custody).to, to: { owner: 'x', position: null, jurisdiction: 'DE', investorType: 'retail' }, amount: '1'.repeat(39) });
    expect(await world.refusal(custodian, 'custody:move', { securityId: 'ACME', accountId: 'OMNI' }, everything, { custody: Buffer.from(move) })).toBe('ST2-INVALID-INPUT');
  });
});
