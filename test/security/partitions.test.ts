import { MAX_AMOUNT } from '@st2/chaincode';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { AttackLedger, DAY, msp } from './support';

/**
 * Partitions and batches from the attacker's side, through the real chaincode on the embedded ledger: who may
 * change a holder's partitions, whose partition a holder may move, oversized amounts and replayed request ids.
 * Every refusal cuts no block and leaves the holdings exactly as they were.
 */
describe('partitions and batches under attack', () => {
  let world: AttackLedger;
  let alice: Caller;
  let bob: Caller;
  const SEC = 'PARTS';

  beforeAll(async () => {
    world = await AttackLedger.open();
    [alice, bob] = ['alice', 'bob'].map((name) => world.cast.investor(msp.bank1, name)) as [Caller, Caller];
    await world.onboard(alice, bob);
    await world.createEquity(SEC, { requiredClaims: ['kyc'], partitionRules: { locked: { lockupUntil: Date.now() + 365 * DAY } } });
    await world.st2.submit(world.cast.agent, 'token:issue', { securityId: SEC, to: alice.id, amount: '100', partition: 'locked' });
    await world.st2.submit(world.cast.agent, 'token:issue', { securityId: SEC, to: alice.id, amount: '100' });
  });
  afterAll(async () => world.close());

  const records = async () => ({
    security: await world.st2.evaluate(world.cast.audit, 'security:get', SEC),
    holdings: await Promise.all([alice, bob].map((who) => world.st2.evaluate(world.cast.audit, 'token:getHolding', SEC, who.id))),
  });
  const change = (input: object = {}) => ({ securityId: SEC, holder: alice.id, from: 'locked', to: 'default', amount: '1', ...input });

  it.each([
    ['the holder itself', 'ST2-UNAUTHORIZED', () => alice],
    ['another investor', 'ST2-UNAUTHORIZED', () => bob],
    ['the agent\'s namesake in another org', 'ST2-UNAUTHORIZED', () => ({ ...world.cast.agent, org: msp.bank2 })],
    ['the issuer\'s namesake in the custodian org', 'ST2-UNAUTHORIZED', () => ({ ...world.cast.issuer, org: msp.custodian })],
    ['the regulator', 'ST2-UNAUTHORIZED', () => world.cast.audit],
    ['an agent of another bank', 'ST2-UNAUTHORIZED', () => world.cast.ops2],
  ] as const)('refuses a change of partition by %s with %s, changing nothing', async (_who, code, caller) => {
    expect(await world.refusal(caller(), 'token:changePartition', change(), records)).toBe(code);
  });

  it('refuses a holder moving another holder\'s partition, by transfer or by batch (ST2-UNAUTHORIZED), changing nothing', async () => {
    expect(await world.refusal(bob, 'token:transfer', { securityId: SEC, from: alice.id, to: bob.id, amount: '1', partition: 'locked' }, records)).toBe('ST2-UNAUTHORIZED');
    const items = [{ kind: 'Transfer', from: alice.id, to: bob.id, amount: '1', partition: 'default' }];
    expect(await world.refusal(bob, 'token:batch', { securityId: SEC, items }, records)).toBe('ST2-UNAUTHORIZED');
    expect(await world.refusal(bob, 'token:batch', { securityId: SEC, items: [{ kind: 'ChangePartition', holder: alice.id, from: 'locked', to: 'default', amount: '1' }] }, records)).toBe('ST2-UNAUTHORIZED');
  });

  it('refuses oversized and malformed amounts and partition names with ST2-INVALID-INPUT, or beyond the partition with ST2-INSUFFICIENT-BALANCE, changing nothing', async () => {
    const { agent } = world.cast;
    expect(await world.refusal(agent, 'token:changePartition', change({ amount: `${MAX_AMOUNT}0` }), records)).toBe('ST2-INVALID-INPUT');
    expect(await world.refusal(agent, 'token:changePartition', change({ amount: '-1' }), records)).toBe('ST2-INVALID-INPUT');
    expect(await world.refusal(agent, 'token:changePartition', change({ to: 'LOCKED' }), records)).toBe('ST2-INVALID-INPUT');
    expect(await world.refusal(agent, 'token:issue', { securityId: SEC, to: alice.id, amount: '1', partition: 'x'.repeat(33) }, records)).toBe('ST2-INVALID-INPUT');
    expect(await world.refusal(agent, 'token:changePartition', change({ amount: MAX_AMOUNT.toString() }), records)).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(await world.refusal(agent, 'token:redeem', { securityId: SEC, from: alice.id, amount: '101', partition: 'locked' }, records)).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(await world.refusal(agent, 'token:issue', { securityId: SEC, to: alice.id, amount: MAX_AMOUNT.toString(), partition: 'locked' }, records)).toBe('ST2-AMOUNT-LIMIT');
  });

  it('applies a change of partition once per client request id (ST2-DUPLICATE-REQUEST), changing nothing the second time', async () => {
    const { agent } = world.cast;
    expect(await world.st2.outcome(agent, 'token:changePartition', change({ requestId: 'release-once' }))).toBe('accepted');
    expect(await world.refusal(agent, 'token:changePartition', change({ requestId: 'release-once' }), records)).toBe('ST2-DUPLICATE-REQUEST');
    const holding = JSON.parse(await world.st2.evaluate(world.cast.audit, 'token:getHolding', SEC, alice.id)) as { balance: string; partitions: unknown };
    expect(holding).toMatchObject({ balance: '200', partitions: [{ partition: 'locked', amount: '99' }] });
  });
});
