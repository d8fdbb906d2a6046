import { partyOf, type Actor } from '@st2/chaincode';
import { actors, DAY, investor, World } from './world';

const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);
/** alice's custodian, a member of another org, acting as her operator. */
const custodian: Actor = { org: 'CustodianMSP', role: 'custodian', id: 'custody-desk' };
const desk = partyOf(custodian);

/** ACME with a 2-day lock-up passed, alice holding 1,000, bob and carol (no KYC) onboarded. */
function setup(rules: Record<string, unknown> = { requiredClaims: ['kyc'] }): World {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob' });
  world.onboard('carol', { topics: [] });
  world.createEquity('ACME', rules);
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1000' });
  return world;
}

const authorize = (world: World, limit?: string, holder = 'alice', operator = desk) =>
  world.run(investor(holder), 'AuthorizeOperator', { securityId: 'ACME', holder, operator, ...(limit ? { limit } : {}) });
const move = (world: World, amount: string, to = 'bob', actor: Actor = custodian, from = 'alice') =>
  world.run(actor, 'OperatorTransfer', { securityId: 'ACME', from, to, amount });

describe('operators', () => {
  it('moves the holder\'s units once authorised, the Transferred event naming the operator (not forced)', () => {
    const world = setup();
    expect(authorize(world)).toMatchObject({ ok: true, events: [expect.objectContaining({ type: 'OperatorAuthorized', holder: 'alice', operator: desk, limit: null })] });
    expect(move(world, '300')).toMatchObject({ ok: true, events: [expect.objectContaining({ type: 'Transferred', from: 'alice', to: 'bob', amount: 300n, forced: false, operator: desk })] });
    expect([world.balance('ACME', 'alice'), world.balance('ACME', 'bob')]).toEqual([700n, 300n]);
  });

  it('refuses a party that was never authorised with ST2-NOT-OPERATOR, changing nothing', () => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(move(world, '1'))).toBe('ST2-NOT-OPERATOR');
    expect(world.slice).toBe(before);
  });

  it('refuses the operator\'s id under another org, and an operator of another holder, with ST2-NOT-OPERATOR', () => {
    const world = setup();
    authorize(world);
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'bob', amount: '10' });
    const before = world.slice;
    expect(codeOf(move(world, '1', 'bob', { ...custodian, org: 'Bank2MSP' }))).toBe('ST2-NOT-OPERATOR');
    expect(codeOf(move(world, '1', 'alice', custodian, 'bob'))).toBe('ST2-NOT-OPERATOR');
    expect(world.slice).toBe(before);
  });

  it('operates one partition when authorised for it (ERC-1410 operator by partition): a move in another partition is ST2-NOT-OPERATOR and changes nothing', () => {
    const world = setup();
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '200', partition: 'reg-s' });
    expect(world.run(investor('alice'), 'AuthorizeOperator', { securityId: 'ACME', holder: 'alice', operator: desk, partition: 'reg-s' }))
      .toMatchObject({ ok: true, events: [expect.objectContaining({ type: 'OperatorAuthorized', partition: 'reg-s' })] });
    const before = world.slice;
    expect(move(world, '1')).toMatchObject({ ok: false, code: 'ST2-NOT-OPERATOR', details: { partition: 'reg-s' } });
    expect(codeOf(world.run(custodian, 'OperatorTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1', partition: 'default' }))).toBe('ST2-NOT-OPERATOR');
    expect(world.slice).toBe(before);
    expect(world.run(custodian, 'OperatorTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '150', partition: 'reg-s' }))
      .toMatchObject({ ok: true, events: [expect.objectContaining({ type: 'Transferred', partition: 'reg-s', operator: desk })] });
    // Authorised again without a partition: every partition, the default included.
    authorize(world);
    expect(codeOf(move(world, '1'))).toBe('accepted');
  });

  it('revokes at once: the next move is refused with ST2-NOT-OPERATOR and changes nothing; revoking twice is refused too', () => {
    const world = setup();
    authorize(world);
    move(world, '100');
    expect(world.run(investor('alice'), 'RevokeOperator', { securityId: 'ACME', holder: 'alice', operator: desk })).toMatchObject({ ok: true, events: [expect.objectContaining({ type: 'OperatorRevoked' })] });
    const before = world.slice;
    expect(codeOf(move(world, '1'))).toBe('ST2-NOT-OPERATOR');
    expect(codeOf(world.run(investor('alice'), 'RevokeOperator', { securityId: 'ACME', holder: 'alice', operator: desk }))).toBe('ST2-NOT-OPERATOR');
    expect(world.slice).toBe(before);
  });

  it('counts moves against the limit: beyond it is ST2-OPERATOR-LIMIT and changes nothing; a new authorisation starts afresh', () => {
    const world = setup();
    authorize(world, '500');
    expect(codeOf(move(world, '300'))).toBe('accepted');
    const before = world.slice;
    expect(move(world, '201')).toMatchObject({ ok: false, code: 'ST2-OPERATOR-LIMIT', details: { limit: '500', moved: '300', amount: '201' } });
    expect(world.slice).toBe(before);
    expect(codeOf(move(world, '200'))).toBe('accepted');
    expect(codeOf(move(world, '1'))).toBe('ST2-OPERATOR-LIMIT');
    authorize(world, '50');
    expect(codeOf(move(world, '50'))).toBe('accepted');
  });

  it.each([
    ['the recipient\'s KYC (ST2-KYC-MISSING)', {}, (w: World) => w, 'carol', 'ST2-KYC-MISSING'],
    ['a freeze of the holder (ST2-FROZEN)', {}, (w: World) => { w.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice' }); return w; }, 'bob', 'ST2-FROZEN'],
    ['the holder\'s own window limit (ST2-DAILY-LIMIT)', { dailyLimit: '100' }, (w: World) => w, 'bob', 'ST2-DAILY-LIMIT'],
    ['a pause (ST2-PAUSED)', {}, (w: World) => { w.given(actors.agent, 'Pause', { securityId: 'ACME' }); return w; }, 'bob', 'ST2-PAUSED'],
    ['the holder\'s balance (ST2-INSUFFICIENT-BALANCE)', {}, (w: World) => w, 'bob', 'ST2-INSUFFICIENT-BALANCE'],
  ])('applies every rule to the holder as sender: %s, changing nothing', (_rule, extra, arrange, to, code) => {
    const world = arrange(setup({ requiredClaims: ['kyc'], ...extra }));
    authorize(world);
    const before = world.slice;
    expect(codeOf(move(world, code === 'ST2-INSUFFICIENT-BALANCE' ? '1001' : '101', to))).toBe(code);
    expect(world.slice).toBe(before);
  });

  it('counts the operator\'s moves in the holder\'s own windows (they are the holder\'s transfers)', () => {
    const world = setup({ requiredClaims: ['kyc'], dailyLimit: '150' });
    authorize(world);
    world.given(investor('alice'), 'Transfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '100' });
    expect(codeOf(move(world, '51'))).toBe('ST2-DAILY-LIMIT');
    world.advance(DAY);
    expect(codeOf(move(world, '150'))).toBe('accepted');
  });

  it('is authorised and revoked by the holder alone, through its own org: anyone else is ST2-UNAUTHORIZED, changing nothing', () => {
    const world = setup();
    const before = world.slice;
    for (const actor of [investor('bob'), { ...investor('alice'), org: 'Bank2MSP' }, actors.agent, custodian]) {
      expect(codeOf(world.run(actor, 'AuthorizeOperator', { securityId: 'ACME', holder: 'alice', operator: desk }))).toBe('ST2-UNAUTHORIZED');
    }
    expect(codeOf(authorize(world, undefined, 'alice', { org: 'Bank1MSP', id: 'alice' }))).toBe('ST2-INVALID-INPUT');
    expect(world.slice).toBe(before);
  });

  it('keeps controller operations apart: an agent\'s forced transfer needs no authorisation and names no operator', () => {
    const world = setup();
    const forced = world.run(actors.agent, 'ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '10' });
    expect(forced.ok && forced.events[0]).toMatchObject({ type: 'Transferred', forced: true });
    expect(forced.ok && forced.events[0]).not.toHaveProperty('operator');
  });

  it('refuses the regulator as operator, even if named (ST2-UNAUTHORIZED)', () => {
    const world = setup();
    authorize(world, undefined, 'alice', partyOf(actors.regulator));
    expect(codeOf(move(world, '1', 'bob', actors.regulator))).toBe('ST2-UNAUTHORIZED');
  });
});
