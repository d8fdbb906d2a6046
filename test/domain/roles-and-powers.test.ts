import { partyOf, POWERS, type Actor, type CommandKind, type Power } from '@st2/chaincode';
import { actors, DAY, investor, World } from './world';

const codeOf = (d: { ok: boolean; code?: string }) => (d.ok ? 'accepted' : d.code);
/** A custodian's desk, made an agent of ACME with only some powers. */
const desk: Actor = { org: 'CustodianMSP', role: 'agent', id: 'desk' };

/**
 * alice and alice-new (one investor) and bob are verified; alice holds 1,000 ACME and has requested a
 * conditional transfer `t1` of 1 to bob; the issuer is `acme`, its full agent `acme-ta`.
 */
function setup(): World {
  const world = World.withInvestors({ id: 'alice', investor: 'alice-person' }, { id: 'alice-new', investor: 'alice-person' }, { id: 'bob' });
  world.createEquity('ACME');
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1000' });
  world.given(investor('alice'), 'RequestTransfer', { securityId: 'ACME', transferId: 't1', from: 'alice', to: 'bob', amount: '1', validUntil: world.now + DAY });
  return world;
}

/** One command per power, each valid on the world of `setup` (with `desk` acting). */
const USES: Record<Power, [CommandKind, Record<string, unknown>]> = {
  issue: ['Issue', { securityId: 'ACME', to: 'bob', amount: '1' }],
  redeem: ['Redeem', { securityId: 'ACME', from: 'alice', amount: '1' }],
  freeze: ['Freeze', { securityId: 'ACME', holder: 'alice', amount: '1' }],
  force: ['ForcedTransfer', { securityId: 'ACME', from: 'alice', to: 'bob', amount: '1' }],
  recover: ['Recover', { securityId: 'ACME', lost: 'alice', replacement: 'alice-new' }],
  pause: ['Pause', { securityId: 'ACME' }],
  approve: ['ApproveTransfer', { securityId: 'ACME', transferId: 't1' }],
  partition: ['ChangePartition', { securityId: 'ACME', holder: 'alice', from: 'default', to: 'locked', amount: '1' }],
  hold: ['PlaceHold', { holdId: 'h1', securityId: 'ACME', holder: 'alice', beneficiary: 'bob', amount: '1', reason: 'margin', expiresAt: Date.UTC(2026, 1, 1) }],
};

describe('roles and powers', () => {
  it('gives an agent created without powers every power (as before powers existed)', () => {
    const world = setup();
    expect(world.slice.securities.ACME?.agents).toEqual([{ ...partyOf(actors.agent), powers: [...POWERS] }]);
  });

  it.each(POWERS)('lets an agent granted only \'%s\' use it, and refuses it every other power with ST2-UNAUTHORIZED, changing nothing', (power) => {
    const world = setup();
    world.given(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(desk), powers: [power] } });
    for (const other of POWERS.filter((p) => p !== power)) {
      const before = world.slice;
      const [kind, input] = USES[other];
      expect(`${other}: ${codeOf(world.run(desk, kind, input))}`).toBe(`${other}: ST2-UNAUTHORIZED`);
      expect(world.slice).toBe(before);
    }
    const [kind, input] = USES[power];
    expect(codeOf(world.run(desk, kind, input))).toBe('accepted');
  });

  it('leaves rules and agents to the issuer: an agent with every power may change neither (ST2-UNAUTHORIZED)', () => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(world.run(actors.agent, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: [] } }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(actors.agent, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(desk), powers: ['issue'] } }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(actors.agent, 'RemoveAgent', { securityId: 'ACME', agent: partyOf(actors.agent) }))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
    expect(codeOf(world.run(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], lockupUntil: world.now + DAY } }))).toBe('accepted');
  });

  it('refuses the issuer\'s namesake in another org (ST2-UNAUTHORIZED): configuration is (org, id)', () => {
    const world = setup();
    const namesake = { ...actors.issuer, org: 'Bank2MSP' };
    const before = world.slice;
    expect(codeOf(world.run(namesake, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(desk), powers: ['issue'] } }))).toBe('ST2-UNAUTHORIZED');
    expect(codeOf(world.run(namesake, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: [] } }))).toBe('ST2-UNAUTHORIZED');
    expect(world.slice).toBe(before);
  });

  it('ends a removed agent\'s powers at once', () => {
    const world = setup();
    world.given(actors.issuer, 'RemoveAgent', { securityId: 'ACME', agent: partyOf(actors.agent) });
    const before = world.slice;
    for (const power of POWERS) {
      const [kind, input] = USES[power];
      expect(`${power}: ${codeOf(world.run(actors.agent, kind, input))}`).toBe(`${power}: ST2-UNAUTHORIZED`);
    }
    expect(world.slice).toBe(before);
    expect(codeOf(world.run(actors.issuer, 'Issue', { securityId: 'ACME', to: 'bob', amount: '1' }))).toBe('accepted');
  });

  it('refuses adding an agent twice (409 ST2-ALREADY-EXISTS), the issuer as its own agent, removing a stranger (ST2-NOT-FOUND), and the 17th agent (ST2-LIMIT-EXCEEDED)', () => {
    const world = setup();
    const before = world.slice;
    expect(codeOf(world.run(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(actors.agent), powers: ['issue'] } }))).toBe('ST2-ALREADY-EXISTS');
    expect(codeOf(world.run(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(actors.issuer), powers: ['issue'] } }))).toBe('ST2-INVALID-INPUT');
    expect(codeOf(world.run(actors.issuer, 'RemoveAgent', { securityId: 'ACME', agent: partyOf(desk) }))).toBe('ST2-NOT-FOUND');
    expect(world.slice).toBe(before);
    for (let i = 1; i < 16; i++) world.given(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { org: 'Bank2MSP', id: `agent-${i}`, powers: ['freeze'] } });
    expect(codeOf(world.run(actors.issuer, 'AddAgent', { securityId: 'ACME', agent: { ...partyOf(desk), powers: ['issue'] } }))).toBe('ST2-LIMIT-EXCEEDED');
  });

  it('refuses an investor any power', () => {
    const world = setup();
    for (const power of POWERS) {
      const [kind, input] = USES[power];
      expect(codeOf(world.run(investor('alice'), kind, input))).toBe('ST2-UNAUTHORIZED');
    }
  });
});
