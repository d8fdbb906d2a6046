import { DEFAULT_PARTITION, holdingOf, MAX_PARTITIONS, partitionBalance, partitionsOf, partyOf, stateCodecs, type Actor, type Holding } from '@st2/chaincode';
import { actors, DAY, investor, World } from './world';

const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);
/** An agent of ACME with only the partition power. */
const releaseDesk: Actor = { org: 'Bank1MSP', role: 'agent', id: 'release-desk' };

/** alice holds 600 ACME: 100 default, 300 `locked` (locked up for 30 days), 200 `reg-s` (closed to US investors). */
function setup(extraRules: Record<string, unknown> = {}): World {
  const world = World.withInvestors({ id: 'alice', investor: 'alice-person' }, { id: 'alice-new', investor: 'alice-person' }, { id: 'bob' }, { id: 'uma', jurisdiction: 'US' });
  world.createEquity('ACME', {
    requiredClaims: ['kyc'],
    partitionRules: { locked: { lockupUntil: world.now + 30 * DAY }, 'reg-s': { blockedJurisdictions: ['US'] } },
    ...extraRules,
  });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '100' });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '300', partition: 'locked' });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '200', partition: 'reg-s' });
  world.given(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(releaseDesk), powers: ['partition'] } });
  return world;
}

const holding = (world: World, holder: string): Holding => holdingOf(world.slice, 'ACME', holder);
const parts = (world: World, holder: string) => Object.fromEntries(partitionsOf(holding(world, holder)).map((p) => [p.partition, p.amount]));
const send = (world: World, amount: string, partition?: string, to = 'bob') =>
  world.run(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to, amount, ...(partition ? { partition } : {}) });

describe('partitions', () => {
  it('issues by partition: the balance is the total, the default partition the rest, supply the sum of all', () => {
    const world = setup();
    expect(holding(world, 'alice')).toMatchObject({ balance: 600n, partitions: [{ partition: 'locked', amount: 300n }, { partition: 'reg-s', amount: 200n }] });
    expect(parts(world, 'alice')).toEqual({ default: 100n, locked: 300n, 'reg-s': 200n });
    expect(world.slice.stats.ACME).toEqual({ supply: 600n, holders: 1 });
  });

  it('keeps today\'s API: a movement without a partition is a default one, its events without a partition field', () => {
    const world = setup();
    const sent = send(world, '60');
    expect(sent.ok && sent.events).toEqual([{ type: 'Transferred', v: 1, at: world.now, securityId: 'ACME', from: 'alice', to: 'bob', amount: 60n, forced: false }]);
    expect(holding(world, 'bob').partitions).toBeUndefined();
    expect(parts(world, 'alice')).toEqual({ default: 40n, locked: 300n, 'reg-s': 200n });
  });

  it('decodes a holding written before partitions as all default', () => {
    const old = stateCodecs.holding.parse(JSON.stringify({ securityId: 'ACME', holder: 'alice', balance: '7', frozen: false, frozenAmount: '0', lots: [{ amount: '7', acquiredAt: 1 }] }));
    expect(partitionBalance(old, DEFAULT_PARTITION)).toBe(7n);
    expect(partitionsOf(old)).toEqual([{ partition: 'default', amount: 7n }]);
  });

  it('transfers by partition: out of the sender\'s partition into the recipient\'s same partition, the event naming it', () => {
    const world = setup();
    const sent = send(world, '150', 'reg-s');
    expect(sent.ok && sent.events).toEqual([expect.objectContaining({ type: 'Transferred', amount: 150n, partition: 'reg-s' })]);
    expect(parts(world, 'alice')).toEqual({ default: 100n, locked: 300n, 'reg-s': 50n });
    expect(parts(world, 'bob')).toEqual({ 'reg-s': 150n });
    expect(world.slice.stats.ACME).toEqual({ supply: 600n, holders: 2 });
  });

  it('refuses more than the partition holds with ST2-INSUFFICIENT-BALANCE naming the partition, even when the balance covers it, changing nothing', () => {
    const world = setup();
    const before = world.slice;
    const refused = send(world, '101');
    expect(!refused.ok && [refused.code, refused.details]).toEqual(['ST2-INSUFFICIENT-BALANCE', { partition: 'default', available: '100', balance: '600', amount: '101' }]);
    expect(codeOf(send(world, '201', 'reg-s'))).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(codeOf(send(world, '1', 'unknown'))).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(codeOf(world.run(actors.agent, 'Redeem', { securityId: 'ACME', from: 'alice', amount: '201', partition: 'reg-s' }))).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(codeOf(world.run(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '101' }))).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(world.slice).toBe(before);
  });

  it('applies a partition\'s lock-up to that partition only (ST2-LOCKUP naming it), until its date', () => {
    const world = setup();
    const before = world.slice;
    const refused = send(world, '1', 'locked');
    expect(!refused.ok && [refused.code, refused.details]).toEqual(['ST2-LOCKUP', { lockupUntil: world.now + 30 * DAY, partition: 'locked' }]);
    expect(world.slice).toBe(before);
    expect(codeOf(send(world, '1'))).toBe('accepted');
    expect(codeOf(send(world, '1', 'reg-s'))).toBe('accepted');
    world.advance(30 * DAY);
    expect(codeOf(send(world, '1', 'locked'))).toBe('accepted');
  });

  it('applies a partition\'s jurisdiction list to units moving in it, issuance included (ST2-JURISDICTION-BLOCKED)', () => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(send(world, '1', 'reg-s', 'uma'))).toBe('ST2-JURISDICTION-BLOCKED');
    expect(codeOf(world.run(actors.agent, 'Issue', { securityId: 'ACME', to: 'uma', amount: '1', partition: 'reg-s' }))).toBe('ST2-JURISDICTION-BLOCKED');
    expect(world.slice).toBe(before);
    expect(codeOf(send(world, '1', undefined, 'uma'))).toBe('accepted');
  });

  it('redeems and forces by partition; an agent movement takes frozen units (unfreezing them first) but never more than the partition', () => {
    const world = setup();
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '550' });
    const redeemed = world.run(actors.agent, 'Redeem', { securityId: 'ACME', from: 'alice', amount: '200', partition: 'locked' });
    expect(redeemed.ok && redeemed.events.map((e) => [e.type, 'amount' in e ? e.amount : null])).toEqual([['HoldingUnfrozen', 150n], ['Redeemed', 200n]]);
    expect(codeOf(world.run(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '100', partition: 'locked' }))).toBe('accepted');
    expect(parts(world, 'alice')).toEqual({ default: 100n, 'reg-s': 200n });
    expect(parts(world, 'bob')).toEqual({ locked: 100n });
    expect(holding(world, 'alice')).toMatchObject({ balance: 300n, frozenAmount: 300n });
    expect(world.slice.stats.ACME).toEqual({ supply: 400n, holders: 2 });
  });

  it('keeps free and frozen on the whole holding: a partition sends at most what is free overall (ST2-FROZEN)', () => {
    const world = setup();
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '450' });
    expect(codeOf(send(world, '160', 'reg-s'))).toBe('ST2-FROZEN');
    expect(codeOf(send(world, '150', 'reg-s'))).toBe('accepted');
  });

  it('lets an agent with the partition power change a holder\'s partition (locked -> default), the balance unchanged', () => {
    const world = setup();
    const changed = world.run(releaseDesk, 'ChangePartition', { securityId: 'ACME', holder: 'alice', from: 'locked', to: 'default', amount: '120' });
    expect(changed.ok && changed.events).toEqual([{
      type: 'PartitionChanged', v: 1, at: world.now, securityId: 'ACME', holder: 'alice', from: 'locked', to: 'default', amount: 120n, by: partyOf(releaseDesk),
    }]);
    expect(parts(world, 'alice')).toEqual({ default: 220n, locked: 180n, 'reg-s': 200n });
    expect(holding(world, 'alice').balance).toBe(600n);
    expect(codeOf(send(world, '220'))).toBe('accepted');
  });

  it('refuses a change of partition by anyone without the partition power (ST2-UNAUTHORIZED), beyond the partition (ST2-INSUFFICIENT-BALANCE), into itself (ST2-INVALID-INPUT), changing nothing', () => {
    const world = setup();
    world.given(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { org: 'Bank1MSP', id: 'freezer', powers: ['freeze', 'force'] } });
    const change = (actor: Actor, input: Record<string, unknown> = {}) =>
      codeOf(world.run(actor, 'ChangePartition', { securityId: 'ACME', holder: 'alice', from: 'locked', to: 'default', amount: '1', ...input }));
    const before = world.slice;
    expect(change(investor('alice'))).toBe('ST2-UNAUTHORIZED');
    expect(change({ org: 'Bank1MSP', role: 'agent', id: 'freezer' })).toBe('ST2-UNAUTHORIZED');
    expect(change({ ...releaseDesk, org: 'Bank2MSP' })).toBe('ST2-UNAUTHORIZED');
    expect(change(actors.regulator)).toBe('ST2-UNAUTHORIZED');
    expect(change(releaseDesk, { amount: '301' })).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(change(releaseDesk, { holder: 'bob' })).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(change(releaseDesk, { to: 'locked' })).toBe('ST2-INVALID-INPUT');
    expect(change(releaseDesk, { holder: 'nobody' })).toBe('ST2-NOT-FOUND');
    expect(world.slice).toBe(before);
  });

  it('converts a partition by rule at its date, when the holding is next touched, recorded as by the rule (by: null)', () => {
    const world = setup();
    const at = world.now + 10 * DAY;
    world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], partitionRules: { locked: { lockupUntil: world.now + 30 * DAY, convert: { at, into: 'default' } } } } });
    expect(codeOf(send(world, '101'))).toBe('ST2-INSUFFICIENT-BALANCE');
    world.advance(10 * DAY);
    expect(parts(world, 'alice')).toEqual({ default: 100n, locked: 300n, 'reg-s': 200n });
    const sent = send(world, '350');
    expect(sent.ok && sent.events).toEqual([
      { type: 'PartitionChanged', v: 1, at: world.now, securityId: 'ACME', holder: 'alice', from: 'locked', to: 'default', amount: 300n, by: null },
      expect.objectContaining({ type: 'Transferred', amount: 350n }),
    ]);
    expect(parts(world, 'alice')).toEqual({ default: 50n, 'reg-s': 200n });
  });

  it('does not write a due conversion with a refused command: it is applied by the next accepted one', () => {
    const world = setup({ partitionRules: { locked: { convert: { at: 0, into: 'default' } } } });
    const before = world.slice;
    expect(codeOf(send(world, '100000'))).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(world.slice).toBe(before);
    const frozen = world.run(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '1' });
    expect(frozen.ok && frozen.events.map((e) => e.type)).toEqual(['HoldingFrozen']);
  });

  it('refuses a movement that would give a holding more than the most named partitions with ST2-LIMIT-EXCEEDED, changing nothing', () => {
    const world = setup();
    const names = Array.from({ length: MAX_PARTITIONS }, (_, i) => `p${i}`);
    for (const partition of names.slice(2)) world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1', partition });
    expect(holding(world, 'alice').partitions).toHaveLength(MAX_PARTITIONS);
    const before = world.slice;
    expect(codeOf(world.run(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1', partition: 'one-more' }))).toBe('ST2-LIMIT-EXCEEDED');
    expect(codeOf(world.run(releaseDesk, 'ChangePartition', { securityId: 'ACME', holder: 'alice', from: 'default', to: 'one-more', amount: '1' }))).toBe('ST2-LIMIT-EXCEEDED');
    expect(world.slice).toBe(before);
    expect(codeOf(world.run(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1', partition: 'p2' }))).toBe('accepted');
  });

  it('moves partitions with a recovery, and the recovery event says so', () => {
    const world = setup();
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice-new', amount: '5', partition: 'locked' });
    const recovered = world.run(actors.agent, 'Recover', { securityId: 'ACME', lost: 'alice', replacement: 'alice-new' });
    expect(recovered.ok && recovered.events).toEqual([expect.objectContaining({
      type: 'HoldingRecovered', amount: 600n, partitions: [{ partition: 'locked', amount: 300n }, { partition: 'reg-s', amount: 200n }],
    })]);
    expect(parts(world, 'alice-new')).toEqual({ default: 100n, locked: 305n, 'reg-s': 200n });
    expect(holding(world, 'alice')).toMatchObject({ balance: 0n });
    expect(holding(world, 'alice').partitions).toBeUndefined();
  });

  it('carries the partition through a conditional transfer and its fee', () => {
    const world = setup({ approvalRequired: true, transferFee: { bps: 1000, collector: 'bob' } });
    world.onboard('carl');
    world.given(investor('alice'), 'RequestTransfer', { securityId: 'ACME', transferId: 't1', from: 'alice', to: 'carl', amount: '100', partition: 'reg-s', validUntil: world.now + DAY });
    const approved = world.run(actors.agent, 'ApproveTransfer', { securityId: 'ACME', transferId: 't1' });
    expect(approved.ok && approved.events.map((e) => [e.type, 'partition' in e ? e.partition : undefined])).toEqual([
      ['TransferApproved', undefined], ['Transferred', 'reg-s'], ['TransferFeeCharged', 'reg-s'],
    ]);
    expect([parts(world, 'carl'), parts(world, 'bob')]).toEqual([{ 'reg-s': 90n }, { 'reg-s': 10n }]);
  });

  it('refuses partition rules that are not rules (closed schema) with ST2-INVALID-INPUT', () => {
    const world = setup();
    for (const partitionRules of [{ locked: { lockup: 1 } }, { 'Not A Name': {} }, { locked: { convert: { at: 1 } } }]) {
      expect(() => world.run(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: [], partitionRules } })).toThrow(/ST2-INVALID-INPUT/);
    }
  });
});
