import { checkTransfer, partyOf, type Actor } from '@st2/chaincode';
import { actors, DAY, investor, World } from './world';

const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);
const approver: Actor = { org: 'Bank1MSP', role: 'agent', id: 'approvals-desk' };

/** ACME requires approval; alice holds 500; `approvals-desk` is an agent with only the approve power. */
function setup(): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' }, { id: 'carol', org: 'Bank2MSP' });
  world.createEquity('ACME', { requiredClaims: ['kyc'], approvalRequired: true, maxBalance: '600' });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '500' });
  world.given(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(approver), powers: ['approve'] } });
  return world;
}

const request = (world: World, transferId: string, amount = '100', validFor = DAY, to = 'bob') =>
  world.run(investor('alice'), 'RequestTransfer', { securityId: 'ACME', transferId, from: 'alice', to, amount, validUntil: world.now + validFor });
const approve = (world: World, transferId: string, actor = approver) => world.run(actor, 'ApproveTransfer', { securityId: 'ACME', transferId });
const reject = (world: World, transferId: string, actor = approver) => world.run(actor, 'RejectTransfer', { securityId: 'ACME', transferId });

describe('conditional transfers', () => {
  it('refuses a holder\'s plain transfer of a security that requires approval with ST2-APPROVAL-REQUIRED', () => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(world.run(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' }))).toBe('ST2-APPROVAL-REQUIRED');
    expect(world.slice).toBe(before);
  });

  it('moves nothing on request; the approval executes the transfer, recorded as approved', () => {
    const world = setup();
    expect(request(world, 't1').ok && world.balance('ACME', 'bob')).toBe(0n);
    expect(world.slice.requests['ACME\u0000t1']).toMatchObject({ status: 'requested', from: 'alice', to: 'bob', amount: 100n });
    const approved = approve(world, 't1');
    expect(approved.ok && approved.events).toEqual([
      expect.objectContaining({ type: 'TransferApproved', transferId: 't1', by: partyOf(approver) }),
      expect.objectContaining({ type: 'Transferred', from: 'alice', to: 'bob', amount: 100n, forced: false }),
    ]);
    expect([world.balance('ACME', 'alice'), world.balance('ACME', 'bob')]).toEqual([400n, 100n]);
    expect(world.slice.requests['ACME\u0000t1']).toMatchObject({ status: 'approved', decidedBy: partyOf(approver) });
  });

  it('re-checks every rule at execution: a rule broken since the request refuses the approval with its code, changes nothing and leaves the request open', () => {
    const world = setup();
    request(world, 't1', '100');
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice' });
    const before = world.slice;
    expect(codeOf(approve(world, 't1'))).toBe('ST2-FROZEN');
    expect(world.slice).toBe(before);
    world.given(actors.agent, 'Unfreeze', { securityId: 'ACME', holder: 'alice' });
    expect(codeOf(approve(world, 't1'))).toBe('accepted');
  });

  it('judges the rules on the state at approval, not at request: max balance counts what arrived meanwhile', () => {
    const world = setup();
    request(world, 't1', '400');
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'bob', amount: '300' });
    expect(codeOf(approve(world, 't1'))).toBe('ST2-MAX-BALANCE');
  });

  it('refuses to execute an expired request with ST2-REQUEST-EXPIRED; it can still be rejected', () => {
    const world = setup();
    request(world, 't1', '100', DAY);
    world.advance(DAY + 1);
    const before = world.slice;
    expect(codeOf(approve(world, 't1'))).toBe('ST2-REQUEST-EXPIRED');
    expect(world.slice).toBe(before);
    expect(codeOf(reject(world, 't1'))).toBe('accepted');
  });

  it('never executes a rejected request, nor an approved one twice (ST2-REQUEST-CLOSED)', () => {
    const world = setup();
    request(world, 't1');
    request(world, 't2');
    expect(reject(world, 't1')).toMatchObject({ ok: true, events: [expect.objectContaining({ type: 'TransferRejected', transferId: 't1' })] });
    expect(codeOf(approve(world, 't1'))).toBe('ST2-REQUEST-CLOSED');
    expect(codeOf(approve(world, 't2'))).toBe('accepted');
    expect(codeOf(approve(world, 't2'))).toBe('ST2-REQUEST-CLOSED');
    expect(codeOf(reject(world, 't2'))).toBe('ST2-REQUEST-CLOSED');
    expect(world.balance('ACME', 'bob')).toBe(100n);
  });

  it('lets only the holder request from its holding, once per transfer id, within a bounded window', () => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(world.run(investor('bob'), 'RequestTransfer', { securityId: 'ACME', transferId: 't1', from: 'alice', to: 'bob', amount: '1', validUntil: world.now + DAY }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(investor('alice', 'Bank2MSP'), 'RequestTransfer', { securityId: 'ACME', transferId: 't1', from: 'alice', to: 'bob', amount: '1', validUntil: world.now + DAY }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(actors.agent, 'RequestTransfer', { securityId: 'ACME', transferId: 't1', from: 'alice', to: 'bob', amount: '1', validUntil: world.now + DAY }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(request(world, 't1', '1', 0))).toBe('ST2-REQUEST-EXPIRED');
    expect(codeOf(request(world, 't1', '1', 91 * DAY))).toBe('ST2-INVALID-INPUT');
    expect(codeOf(request(world, 't1', '1', DAY, 'alice'))).toBe('ST2-SELF-TRANSFER');
    expect(codeOf(request(world, 't1', '1', DAY, 'nobody'))).toBe('ST2-NOT-FOUND');
    expect(world.slice).toBe(before);
    expect(codeOf(request(world, 't1'))).toBe('accepted');
    expect(codeOf(request(world, 't1'))).toBe('ST2-ALREADY-EXISTS');
  });

  it('lets only agents with the approve power (and the issuer) approve or reject, as (org, id)', () => {
    const world = setup();
    request(world, 't1');
    const freezer: Actor = { org: 'Bank1MSP', role: 'agent', id: 'freeze-desk' };
    world.given(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(freezer), powers: ['freeze'] } });
    const before = world.slice;
    for (const intruder of <Actor[]>[freezer, { ...approver, org: 'Bank2MSP' }, investor('alice'), investor('bob'), actors.regulator]) {
      expect(`${intruder.id}: ${codeOf(approve(world, 't1', intruder))}`).toBe(`${intruder.id}: ST2-UNAUTHORIZED`);
      expect(`${intruder.id}: ${codeOf(reject(world, 't1', intruder))}`).toBe(`${intruder.id}: ST2-UNAUTHORIZED`);
    }
    expect(world.slice).toBe(before);
    expect(codeOf(approve(world, 't1', actors.issuer))).toBe('accepted');
  });

  it('refuses an unknown request with ST2-NOT-FOUND', () => {
    expect(codeOf(approve(setup(), 'nope'))).toBe('ST2-NOT-FOUND');
  });

  it('shows the rule\'s verdict in the dry run\'s trace, and lets plain transfers through once the issuer lifts it', () => {
    const world = setup();
    const evaluation = checkTransfer({ kind: 'Transfer', securityId: 'ACME', from: 'alice', to: 'bob', amount: 1n }, world.now, world.slice);
    expect('trace' in evaluation && evaluation.trace).toContainEqual({ rule: 'approval-required', ok: false, code: 'ST2-APPROVAL-REQUIRED', message: expect.any(String) });
    world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'] } });
    expect(codeOf(world.run(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' }))).toBe('accepted');
  });
});

describe('cancelling a transfer request', () => {
  const cancel = (world: World, transferId: string, actor: Actor = investor('alice')) => world.run(actor, 'CancelTransfer', { securityId: 'ACME', transferId });

  it('lets the requesting holder cancel its open request, expired or not: closed as cancelled, nothing moved', () => {
    const world = setup();
    request(world, 't1');
    request(world, 't2', '50', 1);
    world.advance(DAY);
    for (const id of ['t1', 't2']) {
      const cancelled = cancel(world, id);
      expect(cancelled.ok && cancelled.events).toEqual([expect.objectContaining({ type: 'TransferCancelled', transferId: id, by: partyOf(investor('alice')) })]);
      expect(world.slice.requests[`ACME\u0000${id}`]).toMatchObject({ status: 'cancelled', decidedBy: partyOf(investor('alice')) });
    }
    expect([world.balance('ACME', 'alice'), world.balance('ACME', 'bob')]).toEqual([500n, 0n]);
  });

  it('refuses to cancel someone else\'s request with ST2-UNAUTHORIZED (its recipient, an agent, a namesake in another org), changing nothing', () => {
    const world = setup();
    request(world, 't1');
    const before = world.slice;
    for (const actor of [investor('bob'), approver, actors.agent, investor('alice', 'Bank2MSP')]) expect(codeOf(cancel(world, 't1', actor))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
  });

  it('refuses to cancel a closed request (approved, rejected, cancelled) with ST2-REQUEST-CLOSED, and an unknown one with ST2-NOT-FOUND, changing nothing', () => {
    const world = setup();
    for (const id of ['t1', 't2', 't3']) request(world, id, '10');
    approve(world, 't1');
    reject(world, 't2');
    cancel(world, 't3');
    const before = world.slice;
    for (const id of ['t1', 't2', 't3']) expect(codeOf(cancel(world, id))).toBe('ST2-REQUEST-CLOSED');
    expect(codeOf(cancel(world, 'nope'))).toBe('ST2-NOT-FOUND');
    expect(codeOf(approve(world, 't3'))).toBe('ST2-REQUEST-CLOSED');
    expect(world.slice).toBe(before);
  });
});
