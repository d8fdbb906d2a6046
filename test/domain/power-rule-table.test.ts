import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_AMOUNT, type Actor, type CommandKind } from '@st2/chaincode';
import { newReportSigner, signedReport } from '../../gateway/src/oracles/report-signer';
import { SanctionsList, sanctionsProofs } from '../../gateway/src/oracles/sanctions-list';
import { actors, DAY, investor, World } from './world';

/**
 * docs/compliance.md's table of powers against rules, run cell by cell: each row's rule is broken (for a
 * holder transfer), then each operation is tried; `holds` must be refused with the row's code, `skips`
 * accepted. The table is read from the document, so the document and the behaviour cannot drift apart.
 */
type Cell = 'holds' | 'skips' | 'n/a';
const OPERATIONS = ['holder transfer', 'issuance (`issue`)', 'redemption (`redeem`)', 'forced transfer (`force`)', 'recovery (`recover`)', 'partition change (`partition`)'] as const;
/** Not a column: the document says an operator transfer obeys the holder transfer column (checked below). */
const OPERATOR_TRANSFER = 'operator transfer';
type Operation = (typeof OPERATIONS)[number] | typeof OPERATOR_TRANSFER;

function tableRows(): { rule: string; code: string; cells: Record<Operation, Cell> }[] {
  const text = readFileSync(join(__dirname, '..', '..', 'docs', 'compliance.md'), 'utf8');
  const start = text.indexOf('## Powers against rules');
  const section = text.slice(start, text.indexOf('\n## ', start + 1));
  const lines = section.split('\n').filter((line) => line.startsWith('| '));
  const header = (lines[0] ?? '').split('|').map((c) => c.trim());
  return lines.slice(1).map((line) => {
    const cells = line.split('|').map((c) => c.trim());
    const [, rule = '', code = ''] = /^(.*) \(`(ST2-[A-Z-]+)`\)$/.exec(cells[1] ?? '') ?? [];
    const byOperation = Object.fromEntries(OPERATIONS.map((op) => [op, cells[header.indexOf(op)] as Cell])) as Record<Operation, Cell>;
    return { rule, code, cells: { ...byOperation, [OPERATOR_TRANSFER]: byOperation['holder transfer'] } };
  });
}

/** The ids, amount and partition the operations use; a breaker may redirect some. A partition change moves `redeemFrom`'s units out of `partition`. */
interface Parties { from: string; to: string; redeemFrom: string; lost: string; replacement: string; amount: string; partition?: string; sanctionsProofs?: Record<string, unknown> }
const DEFAULTS: Parties = { from: 'alice', to: 'bob', redeemFrom: 'alice', lost: 'alice', replacement: 'alice-new', amount: '1' };

const rules = (world: World, extra: Record<string, unknown>): void => void world.given(actors.issuer, 'SetRules', { securityId: 'ACME', rules: { requiredClaims: ['kyc'], ...extra } });
const retire = (world: World, id: string): void => {
  world.onboard(`${id}-next`, { investor: world.slice.identities[id]?.investor });
  if (world.balance('ACME', id) === 0n) world.given(actors.agent, 'Issue', { securityId: 'ACME', to: id, amount: '1' });
  world.given(actors.agent, 'Recover', { securityId: 'ACME', lost: id, replacement: `${id}-next` });
};

/** How to break each row's rule, on the world of `setup`. */
const BREAKERS: Record<string, (world: World) => Partial<Parties> | void> = {
  paused: (world) => void world.given(actors.agent, 'Pause', { securityId: 'ACME' }),
  matured: (world) => {
    world.given(actors.issuer, 'CallSecurity', { securityId: 'ACME', callDate: world.now + 1 });
    world.advance(1);
  },
  'identity active': (world) => {
    world.onboard('carl');
    for (const id of ['bob', 'alice-new', 'carl']) retire(world, id);
    return { redeemFrom: 'carl' };
  },
  balance: () => ({ amount: '1001' }),
  frozen: (world) => {
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'alice', amount: '1000' });
    world.given(actors.agent, 'Freeze', { securityId: 'ACME', holder: 'bob' });
  },
  'lock-up': (world) => rules(world, { lockupUntil: world.now + DAY }),
  'holding period': (world) => rules(world, { minHoldingPeriodMs: 10 * DAY }),
  'daily limit': (world) => {
    rules(world, { dailyLimit: '1' });
    return { amount: '2' };
  },
  'transfer fee collector': (world) => {
    world.onboard('fees', { topics: [] });
    rules(world, { transferFee: { bps: 10_000, collector: 'fees' } });
  },
  'venue limits': (world) => {
    rules(world, { venueLimits: { venues: ['bob'], limits: [{ windowMs: DAY, maxAmount: '1' }] } });
    return { amount: '2' };
  },
  'transfer windows': (world) => {
    rules(world, { transferLimits: [{ windowMs: DAY, maxAmount: '1' }] });
    return { amount: '2' };
  },
  'required claims': (world) => {
    for (const identityId of ['alice', 'bob', 'alice-new']) world.given(actors.kycProvider, 'RevokeClaim', { identityId, topic: 'kyc' });
  },
  'accredited only': (world) => rules(world, { accreditedOnly: true }),
  jurisdiction: (world) => rules(world, { blockedJurisdictions: ['DE'] }),
  'max balance': (world) => {
    // A cap below alice's 1,000 would be refused (ST2-CAP-BELOW-CURRENT): bob and alice-new reach it after it is set.
    rules(world, { maxBalance: '1000' });
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'bob', amount: '1000' });
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice-new', amount: '1' });
  },
  'max holders': (world) => rules(world, { maxHolders: 1 }),
  'approval required': (world) => rules(world, { approvalRequired: true }),
  'amount limit': (world) => void world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: (MAX_AMOUNT - 1000n).toString() }),
  'max supply': (world) => rules(world, { maxSupply: '1000' }),
  'party list': (world) => rules(world, { blockedParties: ['alice', 'bob', 'alice-new'] }),
  'partition lock-up': (world) => {
    rules(world, { partitionRules: { locked: { lockupUntil: world.now + DAY } } });
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '10', partition: 'locked' });
    return { partition: 'locked' };
  },
  'partition jurisdiction': (world) => {
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '10', partition: 'reg-s' });
    rules(world, { partitionRules: { 'reg-s': { blockedJurisdictions: ['DE'] } } });
    return { partition: 'reg-s' };
  },
  held: (world) => void world.given(actors.agent, 'PlaceHold', {
    holdId: 'h1', securityId: 'ACME', holder: 'alice', beneficiary: 'bob', amount: '1000', reason: 'margin', expiresAt: world.now + DAY,
  }),
  'four eyes': (world) => rules(world, { fourEyes: { threshold: '0', powers: ['force', 'redeem', 'recover'] } }),
  'sanctions list': (world) => {
    // Every party is listed; the proofs they bring are made from a list without them, so none verifies.
    const listed = new SanctionsList(['alice', 'bob', 'alice-new']);
    const signers = [newReportSigner(), newReportSigner(), newReportSigner()];
    world.givenGoverned('SetOracleFeed', { feedId: 'sdn', definition: {
      kind: 'sanctions-list-root', base: 'SDN', quote: 'parties', decimals: 0, maxAgeMs: DAY, maxDeviationBps: 10_000, band: { min: '0', max: '100' }, signers: signers.map((s) => s.publicKey), f: 0,
    } });
    const digest = world.slice.feeds.sdn?.digest ?? '';
    world.given(actors.agent, 'SubmitOracleRound', signedReport(signers.slice(0, 1), { feedId: 'sdn', configDigest: digest, roundId: 1, listRoot: listed.root }, [3n], world.now - 1));
    rules(world, { sanctions: { feed: 'sdn', maxListAge: 3600 } });
    return { sanctionsProofs: sanctionsProofs(new SanctionsList([]), 1, 'alice', 'bob') };
  },
  'jurisdiction cap': (world) => {
    // FR has its one holder; alice's other identity lives in FR, so a recovery moves her into its count.
    world.onboard('fr-holder', { jurisdiction: 'FR' });
    world.onboard('fr-newcomer', { jurisdiction: 'FR' });
    world.onboard('alice-fr', { jurisdiction: 'FR', investor: world.slice.identities.alice?.investor });
    world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'fr-holder', amount: '1' });
    rules(world, { maxHoldersPerJurisdiction: { FR: 1 } });
    return { to: 'fr-newcomer', replacement: 'alice-fr' };
  },
};

function attempt(world: World, operation: Operation, p: Parties) {
  const run = (kind: CommandKind, input: Record<string, unknown>, actor: Actor = actors.agent) => world.run(actor, kind, { securityId: 'ACME', ...input });
  const inPartition = p.partition === undefined ? {} : { partition: p.partition };
  const screened = p.sanctionsProofs ? { sanctionsProofs: p.sanctionsProofs } : {};
  switch (operation) {
    case 'holder transfer':
      return run('Transfer', { from: p.from, to: p.to, amount: p.amount, ...inPartition, ...screened }, investor(p.from));
    case OPERATOR_TRANSFER:
      world.given(investor(p.from), 'AuthorizeOperator', { securityId: 'ACME', holder: p.from, operator: { org: broker.org, id: broker.id } });
      return run('OperatorTransfer', { from: p.from, to: p.to, amount: p.amount, ...inPartition, ...screened }, broker);
    case 'issuance (`issue`)':
      return run('Issue', { to: p.to, amount: p.amount, ...inPartition, ...(p.sanctionsProofs ? { sanctionsProofs: { ...p.sanctionsProofs, from: undefined } } : {}) });
    case 'redemption (`redeem`)':
      return run('Redeem', { from: p.redeemFrom, amount: p.amount, ...inPartition });
    case 'forced transfer (`force`)':
      return run('ForcedTransfer', { from: p.from, to: p.to, amount: p.amount, ...inPartition });
    case 'recovery (`recover`)':
      return run('Recover', { lost: p.lost, replacement: p.replacement });
    case 'partition change (`partition`)':
      return run('ChangePartition', { holder: p.redeemFrom, from: p.partition ?? 'default', to: p.partition ? 'default' : 'locked', amount: p.amount });
  }
}

/**
 * alice (1,000 ACME, one lot just acquired) and alice-new belong to one investor; bob is verified; all in DE.
 * ACME is a bond callable at once (so that a row can mature it), maturing long after every rule the rows set.
 */
function setup(): World {
  const world = World.withInvestors({ id: 'alice', investor: 'alice-person' }, { id: 'alice-new', investor: 'alice-person' }, { id: 'bob' });
  world.given(actors.issuer, 'CreateSecurity', {
    securityId: 'ACME', name: 'ACME notes', isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: actors.agent.org, id: actors.agent.id }], rules: { requiredClaims: ['kyc'] },
    terms: {
      kind: 'debt', faceValue: '100', currency: 'EUR', couponRateBps: 0, couponFrequency: 'annual', maturityDate: world.now + 3650 * DAY,
      call: { firstCallDate: world.now, priceBps: 10_000, noticeDays: 0 },
    },
  });
  world.given(actors.agent, 'Issue', { securityId: 'ACME', to: 'alice', amount: '1000' });
  return world;
}

/** A custodian's desk that the sender appoints as its operator for the operator-transfer cells. */
const broker: Actor = { org: 'CustodianMSP', role: 'custodian', id: 'custody-desk' };

const rows = tableRows();

describe('docs/compliance.md: powers against rules', () => {
  it('has a row for every rule, each with a way to break it here', () => {
    expect(rows.map((r) => r.rule).sort()).toEqual(Object.keys(BREAKERS).sort());
  });

  it('says an operator transfer obeys the holder transfer column', () => {
    expect(readFileSync(join(__dirname, '..', '..', 'docs', 'compliance.md'), 'utf8').replace(/\s+/g, ' ')).toContain('An **operator transfer** (`POST /v1/transfers/operator`');
  });

  const cells = rows.flatMap(({ rule, code, cells: byOp }) => ([...OPERATIONS, OPERATOR_TRANSFER] as Operation[]).filter((op) => byOp[op] !== 'n/a').map((op) => [rule, op, byOp[op], code] as const));
  it.each(cells)('%s: %s %s', (rule, operation, cell, code) => {
    const world = setup();
    const parties = { ...DEFAULTS, ...(BREAKERS[rule]?.(world) ?? {}) };
    const decision = attempt(world, operation, parties);
    expect(decision.ok ? 'accepted' : decision.code).toBe(cell === 'holds' ? code : 'accepted');
  });
});
