import { codec, type Actor, type Decision } from '@st2/chaincode';
import { MerkleTree, TREE_DEPTH } from '../../../circuits/lib';
import {
  ConfidentialCommandSchemas, decideConfidential, EMPTY_CONFIDENTIAL_SLICE, evolveAllConfidential, ROOT_WINDOW,
  type ConfidentialCommand, type ConfidentialEvent, type ConfidentialKind, type ConfidentialSlice,
} from '../../../chaincode/src/domain/confidential';
import type { Security } from '../../../chaincode/src/domain/security';
import { partyOf } from '@st2/chaincode';
import { actors, consortium, DAY, investor, T0, World } from '../../domain/world';

/**
 * The confidential decider without Fabric and without proofs: its commands carry public inputs a
 * proof would have vouched for, so what is left to check is the ledger's part.
 */
const SEC = 'BOND';
const field = (n: number): string => (1000n + BigInt(n)).toString();

function command(kind: ConfidentialKind, input: Record<string, unknown>): ConfidentialCommand {
  return { kind, ...codec(ConfidentialCommandSchemas[kind]).decode(input) } as ConfidentialCommand;
}

class Pool {
  slice: ConfidentialSlice;

  constructor(readonly world: World) {
    const { identities, issuers, securities, stats } = world.slice;
    this.slice = { ...EMPTY_CONFIDENTIAL_SLICE, identities, issuers, security: securities[SEC], stats: stats[SEC] };
  }

  /** Decides on the whole state (every nullifier and note known), as the chaincode would on the keys it loads. */
  run(actor: Actor, kind: ConfidentialKind, input: Record<string, unknown>): Decision<ConfidentialEvent> {
    const { identities, issuers } = this.world.slice;
    const decision = decideConfidential(command(kind, input), { actor, at: this.world.now, consortium }, { ...this.slice, identities, issuers });
    if (decision.ok) this.slice = evolveAllConfidential(this.slice, decision.events);
    return decision;
  }

  code(actor: Actor, kind: ConfidentialKind, input: Record<string, unknown>): string {
    const decision = this.run(actor, kind, input);
    return decision.ok ? 'accepted' : decision.code;
  }

  get pool() {
    const pool = this.slice.pool;
    if (!pool) throw new Error('not enabled');
    return pool;
  }
}

function enabledPool(): Pool {
  const world = World.withInvestors({ id: 'alice' }, { id: 'bob', org: 'Bank2MSP' }, { id: 'carol', jurisdiction: 'US' });
  world.createEquity(SEC, { requiredClaims: ['kyc'], blockedJurisdictions: ['US'] });
  const pool = new Pool(world);
  expect(pool.code(actors.agent, 'EnableConfidential', { securityId: SEC })).toBe('accepted');
  return pool;
}

describe('confidential pool (domain)', () => {
  it('is enabled by the issuer or an agent only, once, and only before any plain issuance', () => {
    const world = World.withInvestors({ id: 'alice' });
    world.createEquity(SEC);
    world.given(actors.agent, 'Issue', { securityId: SEC, to: 'alice', amount: '5' });
    expect(new Pool(world).code(actors.agent, 'EnableConfidential', { securityId: SEC })).toBe('ST2-INVALID-INPUT');
    const pool = enabledPool();
    expect(pool.code(actors.agent, 'EnableConfidential', { securityId: SEC })).toBe('ST2-ALREADY-EXISTS');
    expect(new Pool(pool.world).code(actors.onboarder1, 'EnableConfidential', { securityId: SEC })).toBe('ST2-UNAUTHORIZED');
    expect(pool.pool.roots).toEqual([new MerkleTree(TREE_DEPTH).root.toString()]);
  });

  it('registers a key for an identity of the same org only, once, never the empty leaf', () => {
    const pool = enabledPool();
    expect(pool.code(actors.onboarder2, 'RegisterConfidentialKey', { identityId: 'alice', publicKey: field(1) })).toBe('ST2-UNAUTHORIZED');
    expect(pool.code(investor('bob', 'Bank2MSP'), 'RegisterConfidentialKey', { identityId: 'alice', publicKey: field(1) })).toBe('ST2-UNAUTHORIZED');
    expect(pool.code(investor('alice'), 'RegisterConfidentialKey', { identityId: 'alice', publicKey: '0' })).toBe('ST2-INVALID-INPUT');
    expect(pool.code(investor('alice'), 'RegisterConfidentialKey', { identityId: 'alice', publicKey: field(1) })).toBe('accepted');
    expect(pool.code(actors.onboarder1, 'RegisterConfidentialKey', { identityId: 'alice', publicKey: field(9) })).toBe('ST2-ALREADY-EXISTS');
  });

  describe('org opening keys', () => {
    const key = (n: number) => Buffer.alloc(32, n).toString('base64');
    const admin2 = { org: 'Bank2MSP', role: 'admin', id: 'admin2' } as const;
    const register = (pool: Pool, actor: Actor, org: string, publicKey: string, auditor = false) =>
      pool.run(actor, 'RegisterOrgKey', { org, publicKey, ...(auditor ? { auditor } : {}) });
    const code = (decision: Decision<ConfidentialEvent>) => (decision.ok ? 'accepted' : decision.code);

    it('are registered by an org’s own admin, in a public event', () => {
      const pool = enabledPool();
      expect(register(pool, actors.admin, 'Bank1MSP', key(1))).toMatchObject({ ok: true, events: [{ type: 'OrgKeyRegistered', org: 'Bank1MSP', publicKey: key(1), auditor: false }] });
      expect(pool.slice.orgKeys.get('Bank1MSP')?.publicKey).toBe(key(1));
    });

    it('refuses anyone but an admin with ST2-UNAUTHORIZED', () => {
      const pool = enabledPool();
      for (const actor of [actors.agent, actors.onboarder1, investor('alice'), actors.regulator]) expect(code(register(pool, actor, actor.org, key(1)))).toBe('ST2-UNAUTHORIZED');
    });

    it('lets a member’s admin register the key of an org that has none (the regulator cannot write), once', () => {
      const pool = enabledPool();
      expect(code(register(pool, actors.admin, 'RegulatorMSP', key(9), true))).toBe('accepted');
      expect(pool.slice.auditKey?.org).toBe('RegulatorMSP');
      expect(code(register(pool, admin2, 'RegulatorMSP', key(8), true))).toBe('ST2-ORG-KEY-EXISTS');
      expect(code(register(pool, admin2, 'Bank2MSP', key(2), true))).toBe('ST2-ORG-KEY-EXISTS');
    });

    it('accepts the same registration again without events, and refuses another key with ST2-ORG-KEY-EXISTS', () => {
      const pool = enabledPool();
      register(pool, admin2, 'Bank2MSP', key(2));
      expect(register(pool, admin2, 'Bank2MSP', key(2))).toEqual({ ok: true, events: [] });
      expect(register(pool, actors.admin, 'Bank2MSP', key(2))).toEqual({ ok: true, events: [] });
      expect(code(register(pool, admin2, 'Bank2MSP', key(3)))).toBe('ST2-ORG-KEY-EXISTS');
      expect(code(register(pool, admin2, 'Bank2MSP', key(2), true))).toBe('ST2-ORG-KEY-EXISTS');
      expect(pool.slice.orgKeys.get('Bank2MSP')?.publicKey).toBe(key(2));
    });
  });

  it('builds the allowlist from registered keys whose identity passes the identity rules, and drops expired claims at the next refresh', () => {
    const pool = enabledPool();
    pool.run(investor('alice'), 'RegisterConfidentialKey', { identityId: 'alice', publicKey: field(1) });
    pool.run(investor('bob', 'Bank2MSP'), 'RegisterConfidentialKey', { identityId: 'bob', publicKey: field(2) });
    pool.run(actors.onboarder1, 'RegisterConfidentialKey', { identityId: 'carol', publicKey: field(3) }); // blocked jurisdiction
    expect(pool.code(actors.agent, 'RefreshAllowlist', { securityId: SEC })).toBe('accepted');
    expect(pool.slice.allowlist?.leaves).toEqual([field(1), field(2)]);
    expect(pool.pool.kycRoot).toBe(new MerkleTree(TREE_DEPTH, [1001n, 1002n]).root.toString());

    pool.world.advance(366 * DAY); // every claim has expired
    pool.world.given(actors.kycProvider, 'AddClaim', { identityId: 'bob', topic: 'kyc', expiresAt: pool.world.now + DAY, evidenceHash: 'a'.repeat(64) });
    expect(pool.code(actors.agent, 'RefreshAllowlist', { securityId: SEC })).toBe('accepted');
    expect(pool.slice.allowlist?.leaves).toEqual([field(2)]);
    expect(pool.code(actors.onboarder1, 'RefreshAllowlist', { securityId: SEC })).toBe('ST2-UNAUTHORIZED');
  });

  it('drops an investor whose claim was revoked at the next refresh', () => {
    const pool = enabledPool();
    pool.run(investor('alice'), 'RegisterConfidentialKey', { identityId: 'alice', publicKey: field(1) });
    pool.run(investor('bob', 'Bank2MSP'), 'RegisterConfidentialKey', { identityId: 'bob', publicKey: field(2) });
    pool.run(actors.agent, 'RefreshAllowlist', { securityId: SEC });
    const before = pool.pool.kycRoot;
    pool.world.given(actors.kycProvider, 'RevokeClaim', { identityId: 'alice', topic: 'kyc' });
    expect(pool.slice.allowlist?.leaves).toEqual([field(1), field(2)]); // the root in force until the refresh
    expect(pool.code(actors.agent, 'RefreshAllowlist', { securityId: SEC })).toBe('accepted');
    expect(pool.slice.allowlist?.leaves).toEqual([field(2)]);
    expect(pool.pool.kycRoot).not.toBe(before);
  });

  it('mints against the current allowlist root only, and never the same note twice', () => {
    const pool = enabledPool();
    const kycRoot = pool.pool.kycRoot;
    expect(pool.code(actors.agent, 'ConfidentialMint', { securityId: SEC, amount: '100', commitment: field(10), kycRoot: field(99) })).toBe('ST2-STALE-ROOT');
    expect(pool.code(investor('alice'), 'ConfidentialMint', { securityId: SEC, amount: '100', commitment: field(10), kycRoot })).toBe('ST2-UNAUTHORIZED');
    expect(pool.code(actors.agent, 'ConfidentialMint', { securityId: SEC, amount: '100', commitment: field(10), kycRoot })).toBe('accepted');
    expect(pool.code(actors.agent, 'ConfidentialMint', { securityId: SEC, amount: '100', commitment: field(10), kycRoot })).toBe('ST2-NOTE-EXISTS');
    expect(pool.code(actors.agent, 'ConfidentialMint', { securityId: SEC, amount: (1n << 64n).toString(), commitment: field(11), kycRoot })).toBe('ST2-INVALID-INPUT');
    expect(pool.slice.supply?.supply).toBe(100n);
  });

  it('seals pending notes into the tree in order and keeps a window of recent roots', () => {
    const pool = enabledPool();
    const { kycRoot } = pool.pool;
    for (const n of [10, 11]) pool.run(actors.agent, 'ConfidentialMint', { securityId: SEC, amount: '1', commitment: field(n), kycRoot });
    const sealed = pool.run(actors.agent, 'SealNotes', { securityId: SEC });
    expect(sealed.ok && sealed.events[0]).toMatchObject({ type: 'NotesSealed', firstIndex: 0, commitments: [field(10), field(11)] });
    expect(pool.pool.tree.root).toBe(new MerkleTree(TREE_DEPTH, [1010n, 1011n]).root.toString());
    expect(pool.code(actors.agent, 'SealNotes', { securityId: SEC })).toBe('ST2-NOT-FOUND');
    for (let n = 0; n < ROOT_WINDOW + 3; n++) {
      pool.run(actors.agent, 'ConfidentialMint', { securityId: SEC, amount: '1', commitment: field(100 + n), kycRoot });
      pool.run(actors.agent, 'SealNotes', { securityId: SEC });
    }
    expect(pool.pool.roots).toHaveLength(ROOT_WINDOW);
    expect(pool.pool.roots.at(-1)).toBe(pool.pool.tree.root);
    expect(pool.pool.tree.size).toBe(2 + ROOT_WINDOW + 3);
  });

  describe('transfer', () => {
    const setup = () => {
      const pool = enabledPool();
      pool.run(actors.agent, 'ConfidentialMint', { securityId: SEC, amount: '5', commitment: field(10), kycRoot: pool.pool.kycRoot });
      pool.run(actors.agent, 'SealNotes', { securityId: SEC });
      const { kycRoot, tree } = pool.pool;
      const input = (n: [number, number], c: [number, number], noteRoot = tree.root) =>
        ({ securityId: SEC, nullifiers: n.map(field), commitments: c.map(field), noteRoot, kycRoot });
      return { pool, input, relay: actors.agent };
    };

    it('records nullifiers and new notes, and refuses a spent nullifier with ST2-NULLIFIER-SPENT', () => {
      const { pool, input, relay } = setup();
      expect(pool.code(relay, 'ConfidentialTransfer', input([1, 2], [20, 21]))).toBe('accepted');
      expect(pool.code(relay, 'ConfidentialTransfer', input([2, 3], [22, 23]))).toBe('ST2-NULLIFIER-SPENT');
      expect(pool.code(relay, 'ConfidentialTransfer', input([4, 4], [24, 25]))).toBe('ST2-NULLIFIER-SPENT');
      expect(pool.code(relay, 'ConfidentialTransfer', input([5, 6], [20, 26]))).toBe('ST2-NOTE-EXISTS');
      expect([...pool.slice.pending].filter(([, waiting]) => waiting).map(([c]) => c)).toEqual([field(20), field(21)]);
    });

    it('answers a copy of an applied transfer with ST2-ALREADY-APPLIED and the applying transaction, anything less with ST2-NULLIFIER-SPENT', () => {
      const { pool, input, relay } = setup();
      expect(pool.code(relay, 'ConfidentialTransfer', input([1, 2], [20, 21]))).toBe('accepted');
      // What the repository loads: the transaction that wrote each nullifier and note key.
      const writtenBy = new Map([1, 2, 20, 21].map((n) => [field(n), 'tx-first']));
      pool.slice = { ...pool.slice, writtenBy };
      expect(pool.run(relay, 'ConfidentialTransfer', input([1, 2], [20, 21]))).toMatchObject({ ok: false, code: 'ST2-ALREADY-APPLIED', details: { txId: 'tx-first' } });
      expect(pool.code(relay, 'ConfidentialTransfer', input([1, 2], [22, 23]))).toBe('ST2-NULLIFIER-SPENT');
      pool.slice = { ...pool.slice, writtenBy: new Map([...writtenBy, [field(21), 'tx-other']]) };
      expect(pool.code(relay, 'ConfidentialTransfer', input([1, 2], [20, 21]))).toBe('ST2-NULLIFIER-SPENT');
    });

    it('refuses a note root outside the window and an allowlist root that is not current with ST2-STALE-ROOT', () => {
      const { pool, input, relay } = setup();
      expect(pool.code(relay, 'ConfidentialTransfer', input([1, 2], [20, 21], field(77)))).toBe('ST2-STALE-ROOT');
      expect(pool.code(relay, 'ConfidentialTransfer', { ...input([1, 2], [20, 21]), kycRoot: field(77) })).toBe('ST2-STALE-ROOT');
    });

    it('is refused while paused with ST2-PAUSED', () => {
      const { pool, input, relay } = setup();
      pool.world.given(actors.agent, 'Pause', { securityId: SEC });
      pool.slice = { ...pool.slice, security: pool.world.slice.securities[SEC] };
      expect(pool.code(relay, 'ConfidentialTransfer', input([1, 2], [20, 21]))).toBe('ST2-PAUSED');
    });

    it('refuses a security that is not in confidential mode with ST2-NOT-CONFIDENTIAL', () => {
      const world = World.withInvestors({ id: 'alice' });
      world.createEquity(SEC);
      expect(new Pool(world).code(actors.onboarder1, 'SealNotes', { securityId: SEC })).toBe('ST2-NOT-CONFIDENTIAL');
    });
  });

  describe('who may submit movements', () => {
    /** alice (Bank1) and bob (Bank2) in the allowlist; carol registered a key but her jurisdiction is blocked. */
    const listed = () => {
      const pool = enabledPool();
      pool.run(investor('alice'), 'RegisterConfidentialKey', { identityId: 'alice', publicKey: field(1) });
      pool.run(investor('bob', 'Bank2MSP'), 'RegisterConfidentialKey', { identityId: 'bob', publicKey: field(2) });
      pool.run(actors.onboarder1, 'RegisterConfidentialKey', { identityId: 'carol', publicKey: field(3) });
      pool.run(actors.agent, 'RefreshAllowlist', { securityId: SEC });
      pool.run(actors.agent, 'ConfidentialMint', { securityId: SEC, amount: '5', commitment: field(10), kycRoot: pool.pool.kycRoot });
      const transfer = (n: number) => ({ securityId: SEC, nullifiers: [field(n), field(n + 1)], commitments: [field(n + 50), field(n + 51)], noteRoot: pool.pool.tree.root, kycRoot: pool.pool.kycRoot });
      return { pool, transfer };
    };

    it('accepts an investor in the allowlist (for the org that onboarded it) and the security’s issuer or agent', () => {
      const { pool, transfer } = listed();
      expect([...pool.slice.members]).toEqual([['alice', 'Bank1MSP'], ['bob', 'Bank2MSP']]);
      expect(pool.code(investor('alice'), 'SealNotes', { securityId: SEC })).toBe('accepted');
      expect(pool.code(investor('bob', 'Bank2MSP'), 'ConfidentialTransfer', transfer(1))).toBe('accepted');
      expect(pool.code(actors.agent, 'ConfidentialTransfer', transfer(3))).toBe('accepted');
      expect(pool.code(actors.issuer, 'SealNotes', { securityId: SEC })).toBe('accepted');
    });

    it('refuses everyone else with ST2-UNAUTHORIZED, whatever their role: a dummy transfer or a seal costs them nothing but must not churn the tree', () => {
      const { pool, transfer } = listed();
      const outsiders = [
        actors.regulator, actors.onboarder1, actors.onboarder2, actors.admin, actors.kycProvider,
        investor('carol'), investor('dave'), investor('alice', 'Bank2MSP'),
      ] as const;
      for (const actor of outsiders) {
        expect([actor.id, pool.code(actor, 'ConfidentialTransfer', transfer(1))]).toEqual([actor.id, 'ST2-UNAUTHORIZED']);
        expect([actor.id, pool.code(actor, 'SealNotes', { securityId: SEC })]).toEqual([actor.id, 'ST2-UNAUTHORIZED']);
      }
      expect(pool.pool.tree.size).toBe(0);
      expect(pool.slice.nullifiers.size).toBe(0);
    });

    it('drops a member at the next refresh: it may no longer submit', () => {
      const { pool } = listed();
      pool.world.given(actors.kycProvider, 'RevokeClaim', { identityId: 'alice', topic: 'kyc' });
      pool.run(actors.agent, 'RefreshAllowlist', { securityId: SEC });
      expect(pool.code(investor('alice'), 'SealNotes', { securityId: SEC })).toBe('ST2-UNAUTHORIZED');
    });
  });

  describe('allowlist freshness', () => {
    const KYC_MS = 365 * DAY;
    const fresh = () => {
      const pool = enabledPool();
      pool.run(investor('alice'), 'RegisterConfidentialKey', { identityId: 'alice', publicKey: field(1) });
      pool.world.advance(DAY); // bob's claim, issued a day later, expires a day later
      pool.world.given(actors.kycProvider, 'AddClaim', { identityId: 'bob', topic: 'kyc', expiresAt: pool.world.now + KYC_MS, evidenceHash: 'b'.repeat(64) });
      pool.run(investor('bob', 'Bank2MSP'), 'RegisterConfidentialKey', { identityId: 'bob', publicKey: field(2) });
      pool.run(actors.agent, 'RefreshAllowlist', { securityId: SEC });
      const mint = (n: number) => ({ securityId: SEC, amount: '5', commitment: field(n), kycRoot: pool.pool.kycRoot });
      const transfer = (n: number) => ({ securityId: SEC, nullifiers: [field(n), field(n + 1)], commitments: [field(n + 50), field(n + 51)], noteRoot: pool.pool.tree.root, kycRoot: pool.pool.kycRoot });
      return { pool, mint, transfer };
    };

    it('records the earliest expiry among the members’ claims', () => {
      const { pool } = fresh();
      expect(pool.pool.kycValidUntil).toBe(T0 + KYC_MS);
      const refreshed = pool.run(actors.agent, 'RefreshAllowlist', { securityId: SEC });
      expect(refreshed.ok && refreshed.events[0]).toMatchObject({ type: 'AllowlistRefreshed', validUntil: T0 + KYC_MS });
    });

    it('refuses mints and transfers with ST2-ALLOWLIST-STALE from that expiry on, until a refresh drops the expired member', () => {
      const { pool, mint, transfer } = fresh();
      pool.world.advance(KYC_MS - DAY - 1);
      expect(pool.code(actors.agent, 'ConfidentialMint', mint(10))).toBe('accepted');
      pool.world.advance(1); // alice's claim expires now: she is still a leaf of the current root
      const refused = pool.run(actors.agent, 'ConfidentialMint', mint(11));
      expect(refused).toMatchObject({ ok: false, code: 'ST2-ALLOWLIST-STALE', details: { cause: 'claim-expired', validUntil: T0 + KYC_MS } });
      expect(pool.code(actors.agent, 'ConfidentialTransfer', transfer(1))).toBe('ST2-ALLOWLIST-STALE');
      expect(pool.slice.supply?.supply).toBe(5n);
      pool.run(actors.agent, 'RefreshAllowlist', { securityId: SEC });
      expect(pool.slice.allowlist?.leaves).toEqual([field(2)]);
      expect(pool.code(actors.agent, 'ConfidentialMint', mint(11))).toBe('accepted');
    });

    it('refuses mints and transfers with ST2-ALLOWLIST-STALE once a member’s claim changed (the marker a claim change sets), until a refresh; redemptions go on', () => {
      const { pool, mint, transfer } = fresh();
      pool.run(actors.agent, 'ConfidentialMint', mint(10));
      pool.slice = { ...pool.slice, allowlistStale: true };
      expect(pool.run(actors.agent, 'ConfidentialMint', mint(11))).toMatchObject({ ok: false, code: 'ST2-ALLOWLIST-STALE', details: { cause: 'claim-changed' } });
      expect(pool.code(actors.agent, 'ConfidentialTransfer', transfer(1))).toBe('ST2-ALLOWLIST-STALE');
      const redeem = { securityId: SEC, amount: '1', nullifier: field(7), changeCommitment: field(70), noteRoot: pool.pool.tree.root };
      expect(pool.code(actors.agent, 'ConfidentialRedeem', redeem)).toBe('accepted');
      pool.run(actors.agent, 'RefreshAllowlist', { securityId: SEC });
      expect(pool.slice.allowlistStale).toBe(false);
      expect(pool.code(actors.agent, 'ConfidentialMint', mint(11))).toBe('accepted');
    });

    it('refuses mints and transfers with ST2-ALLOWLIST-STALE once the security’s recipient rules changed, until a refresh applies them', () => {
      const { pool, mint } = fresh();
      pool.world.given(actors.issuer, 'SetRules', { securityId: SEC, rules: { requiredClaims: ['kyc', 'aml'], blockedJurisdictions: ['US'] } });
      pool.slice = { ...pool.slice, security: pool.world.slice.securities[SEC] };
      expect(pool.run(actors.agent, 'ConfidentialMint', mint(10))).toMatchObject({ ok: false, code: 'ST2-ALLOWLIST-STALE', details: { cause: 'rules-changed' } });
      pool.run(actors.agent, 'RefreshAllowlist', { securityId: SEC });
      expect(pool.slice.allowlist?.leaves).toEqual([]); // nobody holds an aml claim
      expect(pool.code(actors.agent, 'ConfidentialMint', { ...mint(10), kycRoot: pool.pool.kycRoot })).toBe('accepted');
    });
    it('leaves identities outside the party allow list or in the block list out of the allowlist, once a refresh applies the lists (stale until then)', () => {
      const { pool, mint } = fresh();
      expect(pool.slice.allowlist?.leaves).toEqual([field(1), field(2)]);
      pool.world.given(actors.issuer, 'SetRules', { securityId: SEC, rules: { requiredClaims: ['kyc'], blockedJurisdictions: ['US'], blockedParties: ['bob'] } });
      pool.slice = { ...pool.slice, security: pool.world.slice.securities[SEC] };
      expect(pool.run(actors.agent, 'ConfidentialMint', mint(10))).toMatchObject({ ok: false, code: 'ST2-ALLOWLIST-STALE', details: { cause: 'rules-changed' } });
      pool.run(actors.agent, 'RefreshAllowlist', { securityId: SEC });
      expect(pool.slice.allowlist?.leaves).toEqual([field(1)]);
      pool.world.given(actors.issuer, 'SetRules', { securityId: SEC, rules: { requiredClaims: ['kyc'], blockedJurisdictions: ['US'], allowedParties: ['bob'] } });
      pool.slice = { ...pool.slice, security: pool.world.slice.securities[SEC] };
      pool.run(actors.agent, 'RefreshAllowlist', { securityId: SEC });
      expect(pool.slice.allowlist?.leaves).toEqual([field(2)]);
    });
  });

  describe('rules in confidential mode', () => {
    const UNENFORCEABLE = { maxBalance: '50', maxHolders: 1, dailyLimit: '10', minHoldingPeriodMs: DAY, maxHoldersPerJurisdiction: { DE: 1 }, approvalRequired: true, transferLimits: [{ windowMs: DAY, maxCount: 3 }], transferFee: { bps: 10, collector: 'alice' }, venueLimits: { venues: ['alice'], limits: [{ windowMs: DAY, maxCount: 1 }] }, partitionRules: { locked: { lockupUntil: DAY } }, fourEyes: { threshold: '10', powers: ['redeem'] } };

    it('refuses to enable a security with a rule that needs hidden amounts, naming every such rule, with ST2-RULE-UNENFORCEABLE', () => {
      const world = World.withInvestors({ id: 'alice' });
      world.createEquity(SEC, { requiredClaims: ['kyc'], ...UNENFORCEABLE });
      const refused = new Pool(world).run(actors.agent, 'EnableConfidential', { securityId: SEC });
      expect(refused).toMatchObject({ ok: false, code: 'ST2-RULE-UNENFORCEABLE', details: { rules: ['maxBalance', 'maxHolders', 'dailyLimit', 'minHoldingPeriodMs', 'maxHoldersPerJurisdiction', 'approvalRequired', 'transferLimits', 'transferFee', 'venueLimits', 'partitionRules', 'fourEyes'] } });
      for (const [rule, value] of Object.entries(UNENFORCEABLE)) {
        const one = World.withInvestors();
        one.createEquity(SEC, { requiredClaims: [], [rule]: value });
        expect(new Pool(one).run(actors.agent, 'EnableConfidential', { securityId: SEC })).toMatchObject({ ok: false, details: { rules: [rule] } });
      }
    });

    it('enables a security whose rules are all enforceable (who may receive, lock-up)', () => {
      const world = World.withInvestors({ id: 'alice' });
      world.createEquity(SEC, { requiredClaims: ['kyc'], allowedJurisdictions: ['DE'], blockedJurisdictions: ['US'], accreditedOnly: false, lockupUntil: T0 + DAY });
      expect(new Pool(world).code(actors.agent, 'EnableConfidential', { securityId: SEC })).toBe('accepted');
    });

    it('refuses to set such a rule on a confidential security with ST2-RULE-UNENFORCEABLE, and sets enforceable ones', () => {
      const pool = enabledPool();
      pool.world.slice = { ...pool.world.slice, securities: { ...pool.world.slice.securities, [SEC]: pool.slice.security as Security } };
      const refused = pool.world.run(actors.issuer, 'SetRules', { securityId: SEC, rules: { requiredClaims: ['kyc'], maxHolders: 1 } });
      expect(refused).toMatchObject({ ok: false, code: 'ST2-RULE-UNENFORCEABLE', details: { rules: ['maxHolders'] } });
      expect(pool.world.run(actors.issuer, 'SetRules', { securityId: SEC, rules: { requiredClaims: ['kyc'], lockupUntil: T0 + DAY } }).ok).toBe(true);
    });

    it('enforces a lock-up on transfers by time with ST2-LOCKUP (mints are issuance, not movements)', () => {
      const world = World.withInvestors();
      world.createEquity(SEC, { requiredClaims: [], lockupUntil: T0 + DAY });
      const pool = new Pool(world);
      pool.run(actors.agent, 'EnableConfidential', { securityId: SEC });
      const { kycRoot } = pool.pool;
      expect(pool.code(actors.agent, 'ConfidentialMint', { securityId: SEC, amount: '5', commitment: field(10), kycRoot })).toBe('accepted');
      const transfer = { securityId: SEC, nullifiers: [field(1), field(2)], commitments: [field(20), field(21)], noteRoot: pool.pool.tree.root, kycRoot };
      expect(pool.code(actors.agent, 'ConfidentialTransfer', transfer)).toBe('ST2-LOCKUP');
      pool.world.advance(DAY);
      expect(pool.code(actors.agent, 'ConfidentialTransfer', transfer)).toBe('accepted');
    });
  });

  describe('pause, maturity and the pool’s supply', () => {
    const mint = (pool: Pool, n: number) => ({ securityId: SEC, amount: '5', commitment: field(n), kycRoot: pool.pool.kycRoot });

    it('refuses a mint while the security is paused with ST2-PAUSED, and mints again once unpaused', () => {
      const pool = enabledPool();
      pool.world.given(actors.agent, 'Pause', { securityId: SEC });
      pool.slice = { ...pool.slice, security: pool.world.slice.securities[SEC] };
      expect(pool.code(actors.agent, 'ConfidentialMint', mint(pool, 10))).toBe('ST2-PAUSED');
      expect(pool.slice.supply?.supply).toBe(0n);
      pool.world.given(actors.agent, 'Unpause', { securityId: SEC });
      pool.slice = { ...pool.slice, security: pool.world.slice.securities[SEC] };
      expect(pool.code(actors.agent, 'ConfidentialMint', mint(pool, 10))).toBe('accepted');
    });

    it('refuses a mint of a matured debt security with ST2-MATURED', () => {
      const world = World.withInvestors();
      world.given(actors.issuer, 'CreateSecurity', {
        securityId: SEC, name: 'Bond', isin: 'DE000A1B2C38', decimals: 0, agents: [partyOf(actors.agent)], rules: { requiredClaims: [] },
        terms: { kind: 'debt', faceValue: '100', currency: 'EUR', couponRateBps: 100, couponFrequency: 'annual', maturityDate: T0 + DAY },
      });
      const pool = new Pool(world);
      pool.run(actors.agent, 'EnableConfidential', { securityId: SEC });
      expect(pool.code(actors.agent, 'ConfidentialMint', mint(pool, 10))).toBe('accepted');
      pool.world.advance(DAY);
      expect(pool.code(actors.agent, 'ConfidentialMint', mint(pool, 11))).toBe('ST2-MATURED');
      expect(pool.slice.supply?.supply).toBe(5n);
    });

    it('refuses a mint past the maximum supply with ST2-MAX-SUPPLY (mint amounts are public), changing nothing', () => {
      const world = World.withInvestors();
      world.createEquity(SEC, { requiredClaims: [], maxSupply: '8' });
      const pool = new Pool(world);
      pool.run(actors.agent, 'EnableConfidential', { securityId: SEC });
      expect(pool.code(actors.agent, 'ConfidentialMint', mint(pool, 10))).toBe('accepted');
      expect(pool.run(actors.agent, 'ConfidentialMint', mint(pool, 11))).toMatchObject({ ok: false, code: 'ST2-MAX-SUPPLY', details: { maxSupply: '8', supply: '5', amount: '5' } });
      expect(pool.slice.supply?.supply).toBe(5n);
    });

    it('refuses a redemption larger than the pool’s supply with ST2-INSUFFICIENT-BALANCE (a broken invariant must not go negative)', () => {
      const pool = enabledPool();
      pool.run(actors.agent, 'ConfidentialMint', mint(pool, 10));
      const redeem = (amount: string) => ({ securityId: SEC, amount, nullifier: field(1), changeCommitment: field(30), noteRoot: pool.pool.roots[0] });
      expect(pool.run(actors.agent, 'ConfidentialRedeem', redeem('6'))).toMatchObject({ ok: false, code: 'ST2-INSUFFICIENT-BALANCE', details: { supply: '5' } });
      expect(pool.slice.supply?.supply).toBe(5n);
      expect(pool.code(actors.agent, 'ConfidentialRedeem', redeem('5'))).toBe('accepted');
      expect(pool.slice.supply?.supply).toBe(0n);
    });
  });

  it('redeems by an agent: public supply falls by the amount, the nullifier is spent, the change note is new', () => {
    const pool = enabledPool();
    pool.run(actors.agent, 'ConfidentialMint', { securityId: SEC, amount: '5', commitment: field(10), kycRoot: pool.pool.kycRoot });
    pool.run(actors.agent, 'SealNotes', { securityId: SEC });
    const redeem = { securityId: SEC, amount: '3', nullifier: field(1), changeCommitment: field(30), noteRoot: pool.pool.tree.root };
    expect(pool.code(investor('alice'), 'ConfidentialRedeem', redeem)).toBe('ST2-UNAUTHORIZED');
    expect(pool.code(actors.agent, 'ConfidentialRedeem', redeem)).toBe('accepted');
    expect(pool.slice.supply?.supply).toBe(2n);
    expect(pool.code(actors.agent, 'ConfidentialRedeem', { ...redeem, changeCommitment: field(31) })).toBe('ST2-NULLIFIER-SPENT');
  });
});
