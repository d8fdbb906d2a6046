import { MAX_BATCH_ITEMS, partyOf } from '@st2/chaincode';
import { actors, command, investor, World } from './world';

function setup(): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'carol' }, { id: 'dave', jurisdiction: 'US' });
  world.createEquity('ACME', { requiredClaims: ['kyc'], blockedJurisdictions: ['US'], maxBalance: '1000' });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '500' });
  return world;
}

const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);
const batch = (items: Record<string, unknown>[]) => ({ securityId: 'ACME', items });

describe('batches', () => {
  it('applies issuances, forced transfers, freezes and unfreezes of one security in one decision, in order', () => {
    const world = setup();
    const decision = world.run(actors.agent, 'Batch', batch([
      { kind: 'Issue', to: 'bob', amount: '100' },
      { kind: 'Issue', to: 'carol', amount: '50' },
      { kind: 'ForcedTransfer', from: 'bob', to: 'carol', amount: '30' },
      { kind: 'Freeze', holder: 'carol', amount: '80' },
      { kind: 'Unfreeze', holder: 'carol', amount: '20' },
    ]));
    expect(decision.ok && decision.events.map((e) => e.type)).toEqual(['Issued', 'Issued', 'Transferred', 'HoldingFrozen', 'HoldingUnfrozen']);
    expect([world.balance('ACME', 'bob'), world.balance('ACME', 'carol')]).toEqual([70n, 80n]);
    expect(world.slice.holdings['ACME\u0000carol']?.frozenAmount).toBe(60n);
    expect(world.slice.stats.ACME).toEqual({ supply: 650n, holders: 3 });
  });

  it('lets an investor send from its own holding to several recipients at once (ERC-3643 batchTransfer)', () => {
    const world = setup();
    const decision = world.run(investor('alice'), 'Batch', batch([
      { kind: 'Transfer', from: 'alice', to: 'bob', amount: '200' },
      { kind: 'Transfer', from: 'alice', to: 'carol', amount: '300' },
    ]));
    expect(codeOf(decision)).toBe('accepted');
    expect([world.balance('ACME', 'alice'), world.balance('ACME', 'bob'), world.balance('ACME', 'carol')]).toEqual([0n, 200n, 300n]);
    expect(world.slice.stats.ACME).toEqual({ supply: 500n, holders: 2 });
  });

  it('decides each item on the state the items before it left: a later item may spend what an earlier one brought', () => {
    const world = setup();
    expect(codeOf(world.run(actors.agent, 'Batch', batch([
      { kind: 'ForcedTransfer', from: 'bob', to: 'carol', amount: '10' },
      { kind: 'Issue', to: 'bob', amount: '10' },
    ])))).toBe('ST2-INSUFFICIENT-BALANCE');
    expect(codeOf(world.run(actors.agent, 'Batch', batch([
      { kind: 'Issue', to: 'bob', amount: '10' },
      { kind: 'ForcedTransfer', from: 'bob', to: 'carol', amount: '10' },
    ])))).toBe('accepted');
  });

  it('refuses the whole batch with the failing item\'s code, its index and kind, and changes nothing', () => {
    const world = setup();
    const before = world.slice;
    const decision = world.run(actors.agent, 'Batch', batch([
      { kind: 'Issue', to: 'bob', amount: '100' },
      { kind: 'Issue', to: 'carol', amount: '100' },
      { kind: 'Issue', to: 'dave', amount: '100' },
    ]));
    expect(decision).toMatchObject({ ok: false, code: 'ST2-JURISDICTION-BLOCKED', details: { item: 2, kind: 'Issue' } });
    expect(!decision.ok && decision.message).toMatch(/^Batch item 2 \(Issue\): /);
    expect(world.slice).toBe(before);
  });

  it('applies every rule across items: two issuances that each fit but together pass the max balance are refused with ST2-MAX-BALANCE', () => {
    const world = setup();
    const decision = world.run(actors.agent, 'Batch', batch([
      { kind: 'Issue', to: 'bob', amount: '600' },
      { kind: 'Issue', to: 'bob', amount: '600' },
    ]));
    expect(decision).toMatchObject({ ok: false, code: 'ST2-MAX-BALANCE', details: { item: 1 } });
  });

  it('refuses an investor\'s batch that sends from another holding with ST2-UNAUTHORIZED, naming the item', () => {
    const world = setup();
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'bob', amount: '100' });
    const before = world.slice;
    const decision = world.run(investor('alice'), 'Batch', batch([
      { kind: 'Transfer', from: 'alice', to: 'carol', amount: '10' },
      { kind: 'Transfer', from: 'bob', to: 'carol', amount: '10' },
    ]));
    expect(decision).toMatchObject({ ok: false, code: 'ST2-UNAUTHORIZED', details: { item: 1, kind: 'Transfer' } });
    expect(world.slice).toBe(before);
  });

  it('refuses an investor\'s batch carrying an agent operation with ST2-UNAUTHORIZED', () => {
    const world = setup();
    expect(world.run(investor('alice'), 'Batch', batch([{ kind: 'Issue', to: 'alice', amount: '1' }]))).toMatchObject({ ok: false, code: 'ST2-UNAUTHORIZED', details: { item: 0 } });
  });

  it('holds an agent to each item\'s power: an agent with only the issue power cannot batch a freeze', () => {
    const world = setup();
    const issuing = { org: 'Bank1MSP', role: 'agent' as const, id: 'mint-desk' };
    world.given(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(issuing), powers: ['issue'] } });
    expect(codeOf(world.run(issuing, 'Batch', batch([{ kind: 'Issue', to: 'bob', amount: '1' }])))).toBe('accepted');
    expect(world.run(issuing, 'Batch', batch([{ kind: 'Issue', to: 'bob', amount: '1' }, { kind: 'Freeze', holder: 'bob' }])))
      .toMatchObject({ ok: false, code: 'ST2-UNAUTHORIZED', details: { item: 1, kind: 'Freeze', power: 'freeze' } });
  });

  it('obeys pause for holders and not for agents, as the items alone would', () => {
    const world = setup();
    world.given(actors.agent, 'Pause', { securityId: 'ACME' });
    expect(codeOf(world.run(investor('alice'), 'Batch', batch([{ kind: 'Transfer', from: 'alice', to: 'bob', amount: '1' }])))).toBe('ST2-PAUSED');
    expect(codeOf(world.run(actors.agent, 'Batch', batch([{ kind: 'ForcedTransfer', from: 'alice', to: 'bob', amount: '1' }])))).toBe('accepted');
  });

  it('redeems, recovers and changes partitions in a batch, with the issuances and transfers around them, in order', () => {
    const world = setup();
    world.onboard('alice-new', { investor: world.slice.identities.alice?.investor });
    const decision = world.run(actors.agent, 'Batch', batch([
      { kind: 'Issue', to: 'alice', amount: '200', partition: 'locked' },
      { kind: 'Redeem', from: 'alice', amount: '100' },
      { kind: 'ChangePartition', holder: 'alice', from: 'locked', to: 'default', amount: '50' },
      { kind: 'Redeem', from: 'alice', amount: '30', partition: 'locked' },
      { kind: 'Recover', lost: 'alice', replacement: 'alice-new' },
      { kind: 'ForcedTransfer', from: 'alice-new', to: 'bob', amount: '20', partition: 'locked' },
    ]));
    expect(decision.ok && decision.events.map((e) => e.type)).toEqual(['Issued', 'Redeemed', 'PartitionChanged', 'Redeemed', 'HoldingRecovered', 'Transferred']);
    expect([world.balance('ACME', 'alice'), world.balance('ACME', 'alice-new'), world.balance('ACME', 'bob')]).toEqual([0n, 550n, 20n]);
    expect(world.slice.holdings['ACME\u0000alice-new']?.partitions).toEqual([{ partition: 'locked', amount: 100n }]);
    expect(world.slice.stats.ACME).toEqual({ supply: 570n, holders: 2 });
  });

  it('refuses a batch whose redemption or recovery fails with that item\'s code and index, changing nothing', () => {
    const world = setup();
    const before = world.slice;
    expect(world.run(actors.agent, 'Batch', batch([
      { kind: 'Issue', to: 'bob', amount: '10' },
      { kind: 'Redeem', from: 'bob', amount: '11' },
    ]))).toMatchObject({ ok: false, code: 'ST2-INSUFFICIENT-BALANCE', details: { item: 1, kind: 'Redeem' } });
    expect(world.run(actors.agent, 'Batch', batch([
      { kind: 'Redeem', from: 'alice', amount: '1' },
      { kind: 'Recover', lost: 'alice', replacement: 'bob' },
    ]))).toMatchObject({ ok: false, code: 'ST2-RECOVERY-MISMATCH', details: { item: 1, kind: 'Recover' } });
    expect(world.run(actors.agent, 'Batch', batch([
      { kind: 'ChangePartition', holder: 'alice', from: 'locked', to: 'default', amount: '1' },
    ]))).toMatchObject({ ok: false, code: 'ST2-INSUFFICIENT-BALANCE', details: { item: 0, kind: 'ChangePartition', partition: 'locked' } });
    expect(world.slice).toBe(before);
  });

  it('holds a batched redemption, recovery and change of partition to their powers', () => {
    const world = setup();
    const issuing = { org: 'Bank1MSP', role: 'agent' as const, id: 'mint-desk' };
    world.given(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(issuing), powers: ['issue'] } });
    for (const [item, power] of [
      [{ kind: 'Redeem', from: 'alice', amount: '1' }, 'redeem'],
      [{ kind: 'Recover', lost: 'alice', replacement: 'bob' }, 'recover'],
      [{ kind: 'ChangePartition', holder: 'alice', from: 'default', to: 'locked', amount: '1' }, 'partition'],
    ] as const) {
      expect(world.run(issuing, 'Batch', batch([{ kind: 'Issue', to: 'bob', amount: '1' }, item])))
        .toMatchObject({ ok: false, code: 'ST2-UNAUTHORIZED', details: { item: 1, power } });
    }
    expect(world.run(investor('alice'), 'Batch', batch([{ kind: 'Redeem', from: 'alice', amount: '1' }]))).toMatchObject({ ok: false, code: 'ST2-UNAUTHORIZED' });
  });

  it(`refuses more than ${MAX_BATCH_ITEMS} items, an empty batch, an item of another kind or an item naming a security, with ST2-INVALID-INPUT`, () => {
    const issue = { kind: 'Issue', to: 'bob', amount: '1' };
    expect(() => command('Batch', batch(Array.from({ length: MAX_BATCH_ITEMS }, () => issue)))).not.toThrow();
    for (const items of [
      Array.from({ length: MAX_BATCH_ITEMS + 1 }, () => issue),
      [],
      [{ kind: 'Pause' }],
      [{ kind: 'CancelTransfer', transferId: 't1' }],
      [{ ...issue, securityId: 'OTHER' }],
      [{ kind: 'Issue', to: 'bob', amount: '0' }],
    ]) {
      expect(() => command('Batch', batch(items))).toThrow(/ST2-INVALID-INPUT/);
    }
  });
});
