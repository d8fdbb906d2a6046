import type { Caller } from '../../gateway/src/ledger/ledger';
import { approvedWith, committedDefinition } from '../../scripts/network/src/chaincode';
import { ensureFabric } from '../../scripts/network/src/fabric';
import { chaincodeProcess, defaultNetworkDir, Layout, peerProcess } from '../../scripts/network/src/layout';
import { restartNode, st2Chaincode, stopNode, upgrade } from '../../scripts/network/src/network';
import { readPidRecord } from '../../scripts/network/src/processes';
import { findOrg, loadTopology } from '../../scripts/network/src/topology';
import { commitUpgrade, prepareUpgrade, UpgradeNotApproved } from '../../scripts/network/src/upgrade';
import { scenarioCast } from '../scenarios/cast';
import { sha256, type St2Client } from '../scenarios/client';
import { blockEndorsers, type BlockEndorsers } from './block-endorsers';
import { fabricBackend } from './fabric-backend';
import { type KeyedWrite, sendKeyed } from './keyed-writes';
import { onboard, onOwnNetwork } from './own-network';

/**
 * Issue 16, item 3: a bank's chaincode server dies, yet its clients' writes go on, endorsed by the two
 * other endorsing orgs (the policy is 2 of 3), and so do the other orgs' transient writes; its public
 * reads are served by another org's peer, its private reads are not. Once the server is back and the
 * outage memory has lapsed, the bank's peer endorses again. Then an endorsing peer itself dies.
 */
jest.setTimeout(10 * 60_000);

/** Killing a chaincode server would break the suites sharing the default network: this suite runs its own. */
const log = (line: string): void => void process.stderr.write(`[endorser-outage] ${line}\n`);
const network = onOwnNetwork('endorser-outage', 1500, log);

const topology = loadTopology();
const BANK1_CHAINCODE = chaincodeProcess(topology.chaincode, findOrg(topology, 'bank1'));
const CUSTODIAN_PEER = peerProcess(findOrg(topology, 'custodian'));
/** A little more than the ledger's memory of an org's outage (FabricLedger's default). */
const OUTAGE_MEMORY_MS = 5_500;
const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const { bank1, bank2, custodian } = fabricBackend.msp;
const { id, ops1, ops2, issuer, investor } = scenarioCast(fabricBackend.msp, 'eo');
const alice = investor(bank1, 'alice');
const bob = investor(bank2, 'bob');
const omnibus = investor(custodian, 'omnibus');
const carol = investor(bank2, 'carol');
const custodianOps: Caller = { org: custodian, role: 'agent', id: id('custody-ops') };
const EQUITY = id('EQ');
const CASH = id('EURT');

let st2: St2Client;
let endorsers: BlockEndorsers;
let requests = 0;

beforeAll(async () => {
  st2 = network.st2();
  endorsers = await blockEndorsers('bank2', id('block-reader'));
});
afterAll(() => endorsers?.close());

const create = (securityId: string) => st2.submit(issuer, 'security:create', {
  securityId, name: `Security ${securityId}`, isin: 'DE000A1B2C38', decimals: 0, agents: [], rules: { requiredClaims: [] },
  terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
});
const transfer = (from: Caller, to: Caller, amount: string) =>
  st2.submit(from, 'token:transfer', { securityId: EQUITY, from: from.id, to: to.id, amount, requestId: id(`t${++requests}`) });
/** A settlement proposal whose price is filed first (settlement:storePrice, endorsed by the two parties' orgs) in their collections and the audit one. */
const propose = (seller: Caller, buyer: Caller) => {
  const price = JSON.stringify({ amount: '99.50', currency: 'EUR' });
  return st2.submit(seller, 'settlement:propose', {
    settlementId: id(`s${++requests}`), seller: seller.id, buyer: buyer.id, securities: { securityId: EQUITY, amount: '1' },
    cash: { securityId: CASH, amount: '100' }, settleBy: Date.now() + DAY, priceHash: sha256(price),
  }, { price: Buffer.from(price) });
};
/** The outcome, and on failure the ledger's message, logged: the figures the issue note quotes. */
async function outcome(what: string, write: () => Promise<unknown>): Promise<string> {
  try {
    await write();
    return 'accepted';
  } catch (error) {
    log(`${what}: ${(error as Error).message}`);
    return (error as { code?: string }).code ?? String(error);
  }
}

it('rides through a dead chaincode server: the other two orgs endorse, and the bank endorses again once it is back', async () => {
  for (const [onboarder, who] of [[ops1, alice], [ops2, bob], [ops2, carol], [custodianOps, omnibus]] as const) await onboard(st2, onboarder, who);
  await create(EQUITY);
  await create(CASH);
  await st2.submit(issuer, 'token:issue', { securityId: EQUITY, to: alice.id, amount: '1000' });
  await st2.submit(issuer, 'token:issue', { securityId: EQUITY, to: bob.id, amount: '100' });

  expect(await stopNode(BANK1_CHAINCODE, { graceMs: 0 })).toBe(true);
  const killedAt = Date.now();
  log(`killed ${BANK1_CHAINCODE}`);

  // A bank1 client's plain transfers: bank2 and the custodian endorse them.
  for (let i = 0; i < 3; i++) {
    const sent = Date.now();
    const { txId } = await transfer(alice, bob, '10');
    log(`transfer ${i + 1} committed in ${Date.now() - sent} ms`);
    expect(await endorsers.of(txId)).toEqual([bank2, custodian].sort());
  }
  // A proposal whose price was filed in bank2's and the custodian's collections by those two orgs alone.
  const proposed = await propose(bob, omnibus);
  expect(await endorsers.of(proposed.txId)).toEqual([bank2, custodian].sort());
  // Public reads of a bank1 client go to another org's peer; its org's private data stays on its own peer.
  expect(await st2.balance(alice, EQUITY, alice.id)).toBe(970n);
  expect(await outcome('bank1 private read', () => st2.evaluate(ops1, 'identity:getRecord', alice.id))).toBe('ST2-UNAVAILABLE');
  // What cannot ride through: filing a price in bank1's own collection needs bank1's peer (its org Endorsement policy).
  expect(await outcome('bank1 client settlement proposal', () => propose(alice, omnibus))).toBe('ST2-UNAVAILABLE');
  log(`outage part took ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);

  await restartNode(BANK1_CHAINCODE, { log });
  await sleep(OUTAGE_MEMORY_MS);
  const { txId } = await transfer(alice, bob, '10');
  expect(await endorsers.of(txId)).toContain(bank1);
  expect(await st2.evaluate(ops1, 'identity:getRecord', alice.id)).toContain('Investor');
  expect(await outcome('bank1 client settlement proposal after restart', () => propose(alice, omnibus))).toBe('accepted');
  log(`done ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the kill`);
});

it('rides through a dead endorsing peer: a transient write goes to the caller’s org and the other live one', async () => {
  expect(await stopNode(CUSTODIAN_PEER, { graceMs: 0 })).toBe(true);
  try {
    // Its price goes to bank2's collection (both parties are bank2's) and the audit one: bank1 may co-endorse.
    const proposed = await propose(bob, carol);
    expect(await endorsers.of(proposed.txId)).toEqual([bank1, bank2].sort());
    const { txId } = await transfer(alice, bob, '1');
    expect(await endorsers.of(txId)).toEqual([bank1, bank2].sort());
  } finally {
    await restartNode(CUSTODIAN_PEER, { log });
  }
});

/**
 * Issue 16, operations: `network:upgrade` on this network while a bank1 and a bank2 client keep writing.
 * First a minority (bank1 alone) approves the next definition: the command refuses to commit it, and a
 * commit endorsed by bank1 alone is invalidated by the channel's LifecycleEndorsement policy. Then every
 * org approves, the next sequence is committed and each org's chaincode server is replaced in turn.
 */
it('upgrades the chaincode under keyed writes: a minority’s approval commits nothing, the majority’s commits the next sequence', async () => {
  const net = { topology, layout: new Layout(defaultNetworkDir()), bins: await ensureFabric(), log };
  const definitions = () => Promise.all(topology.orgs.map((org) => committedDefinition(net, org, topology.chaincode)));
  const committed = await definitions();
  const bank1Org = findOrg(topology, 'bank1');

  await expect(upgrade({ buildChaincode: false, approvers: ['bank1'], log })).rejects.toThrow(UpgradeNotApproved);
  const plan = await prepareUpgrade(net, st2Chaincode(topology));
  await expect(commitUpgrade(net, plan, [bank1Org])).rejects.toThrow(/ENDORSEMENT_POLICY_FAILURE/);
  expect(await definitions()).toEqual(committed);

  // Two clients of two orgs write, on holdings of their own (no conflicts between them).
  await st2.submit(issuer, 'token:issue', { securityId: EQUITY, to: carol.id, amount: '1000' });
  const holders = [alice, bob, carol, omnibus];
  const balances = async () => Promise.all(holders.map((holder) => st2.balance(holder, EQUITY, holder.id)));
  const before = await balances();
  let upgrading = true;
  const writer = async (from: Caller, to: Caller, key: string): Promise<KeyedWrite[]> => {
    const writes: KeyedWrite[] = [];
    // Until the upgrade is done, and a few after it.
    for (let n = 0, after = 0; upgrading || after++ < 3; n++) {
      const requestId = id(`${key}${n}`);
      writes.push(await sendKeyed(requestId, () => st2.submit(from, 'token:transfer', { securityId: EQUITY, from: from.id, to: to.id, amount: '1', requestId }), log));
      await sleep(200);
    }
    return writes;
  };
  const writers = Promise.all([writer(alice, bob, 'up-a'), writer(carol, omnibus, 'up-c')]);
  const started = Date.now();
  const upgraded = upgrade({ buildChaincode: false, log }).finally(() => {
    upgrading = false;
  });
  const [[fromAlice, fromCarol]] = await Promise.all([writers, upgraded]);
  const writes = [...fromAlice, ...fromCarol];
  log(`upgrade took ${((Date.now() - started) / 1000).toFixed(1)} s; ${writes.length} keyed writes meanwhile, ${writes.filter((w) => w.attempts > 1).length} resent, slowest ${Math.max(...writes.map((w) => w.appliedAt - w.sentAt))} ms`);

  // Every keyed write was applied exactly once.
  expect(writes.map((w) => w.outcome).filter((o) => o !== 'accepted' && o !== 'ST2-DUPLICATE-REQUEST')).toEqual([]);
  const [a, c] = [BigInt(fromAlice.length), BigInt(fromCarol.length)];
  expect(await balances()).toEqual([before[0]! - a, before[1]! + a, before[2]! - c, before[3]! + c]);
  // Every org's peer has the next definition committed, approved for the org's new package, served by a new server.
  expect(await definitions()).toEqual(committed.map((d) => ({ sequence: d.sequence + 1, version: plan.version })));
  for (const org of topology.orgs) {
    const next = plan.packages[org.name]?.next ?? '';
    expect(await approvedWith(net, org, topology.chaincode, plan.sequence, next)).toBe(true);
    expect(readPidRecord(net.layout, chaincodeProcess(topology.chaincode, org))?.tag?.split(' ')[0]).toBe(next);
  }
  // bank1's peer endorses again, on its new server.
  await sleep(OUTAGE_MEMORY_MS);
  const { txId } = await transfer(alice, bob, '1');
  expect(await endorsers.of(txId)).toContain(bank1);
});
