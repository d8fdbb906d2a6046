import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openingsDigest, partyOf, st2Contracts, type SealedOpening } from '@st2/chaincode';
import {
  CIRCUIT_NAMES, newOwnerKeys, Prover, readManifest, securityField, terminateZkWorkers, Verifier, type NoteOpening,
} from '@st2/circuits';
import { ConfidentialService, type Holder, type ProvenTransaction } from '../confidential/confidential-service';
import { openConsortiumKeyring } from '../confidential/org-key-registration';
import { submitCommand } from '../ledger/identity-record';
import { adminCallers, submitUntilExecuted } from '../ledger/consortium-change';
import { openEmbeddedLedger, parseTopology, type EmbeddedLedger, type Topology } from '../ledger/embedded';
import type { Caller } from '../ledger/ledger';

/**
 * bench:zk — confidential balances end to end on the embedded ledger, artifacts held in memory:
 * constraints per circuit, witness + proof time, verification time in the gateway and inside chaincode
 * endorsement, proof size, and confidential transfers/s (prove, endorse with verification, commit)
 * against plain compliant transfers in the same run.
 */
const SEC = 'ZK-BENCH';
const PLAIN = 'PLAIN-BENCH';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await run();
  return [performance.now() - started, value];
}

interface World {
  ledger: EmbeddedLedger;
  zk: ConfidentialService;
  agent: Caller;
  ops: Caller;
  holders: Holder[];
  investors: Caller[];
}

export async function benchZk(options: { transfers?: number; log?: (line: string) => void } = {}): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  const count = options.transfers ?? 6;
  const directory = await mkdtemp(join(tmpdir(), 'st2-bench-zk-'));
  const topology = parseTopology(JSON.parse(await readFile(join(__dirname, '../../../network/topology.json'), 'utf8')));
  const org = topology.orgs.find((o) => o.name === 'bank1')?.mspId ?? 'bank1';
  const ledger = await openEmbeddedLedger({ directory: join(directory, 'ledger'), contracts: st2Contracts, topology });
  try {
    const [prover, verifier] = await Promise.all([Prover.load(), Verifier.load()]);
    log(`proving engine: ${prover.engine}`);
    const orgKeys = await openConsortiumKeyring(ledger, { org, role: 'admin', id: 'zk-admin' }, join(directory, 'org-keys'), topology);
    const world = await setup(ledger, new ConfidentialService(ledger, prover, orgKeys), org, count, topology);
    const manifest = readManifest();
    log(`constraints: ${CIRCUIT_NAMES.map((c) => `${c} ${manifest.circuits[c].constraints}`).join(', ')}`);
    const notes = await mintNotes(world, count, log);
    await proofFigures(world, verifier, notes[0] as NoteOpening, log);
    const zkRate = await confidentialTransfers(world, notes.slice(1), log);
    const plainRate = await plainTransfers(world, log);
    log(`confidential transfers: ${zkRate.toFixed(2)} tx/s   plain transfers: ${plainRate.toFixed(0)} tx/s   ratio: ${(zkRate / plainRate).toExponential(2)}`);
  } finally {
    await ledger.close();
    await terminateZkWorkers();
    await rm(directory, { recursive: true, force: true });
  }
}

/** A KYC issuer, investors with keys in the allowlist, a confidential security and a plain one issued to them. */
async function setup(ledger: EmbeddedLedger, zk: ConfidentialService, org: string, count: number, topology: Topology): Promise<World> {
  const as = (role: string, id: string): Caller => ({ org, role, id });
  const [admin, ops, kyc, agent] = [as('admin', 'zk-admin'), as('agent', 'zk-ops'), as('claim-issuer', 'zk-kyc'), as('issuer', 'zk-issuer')];
  const submit = (caller: Caller, fn: string, input: object, transient?: Record<string, Uint8Array>) =>
    ledger.submit(caller, { fn, args: [JSON.stringify(input)], ...(transient ? { transient } : {}) });
  await submitUntilExecuted(ledger, adminCallers(topology.orgs, admin.id), 'TrustClaimIssuer', { issuer: partyOf(kyc), topics: ['kyc'] });
  const investors = Array.from({ length: 2 * count }, (_, i) => as('investor', `zk-inv${i}`));
  const holders = investors.map((): Holder => ({ keys: newOwnerKeys(), org }));
  for (const [i, investor] of investors.entries()) {
    const record = Buffer.from(investor.id);
    await submitCommand(ledger, ops, 'RegisterIdentity', { identityId: investor.id, investor: investor.id, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(investor.id) }, { record });
    await submit(kyc, 'identity:addClaim', { identityId: investor.id, topic: 'kyc', expiresAt: Date.now() + 86_400_000, evidenceHash: sha256('e') }, { evidence: Buffer.from('e') });
    const keys = holders[i]?.keys;
    if (keys) await submit(ops, 'confidential:registerKey', await zk.keyRegistration(ops, investor.id, org, keys.publicKey, keys.viewingKey));
  }
  const terms = { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' };
  for (const securityId of [SEC, PLAIN]) {
    await submit(agent, 'security:create', { securityId, name: securityId, isin: 'XS0000000009', decimals: 0, agents: [], rules: { requiredClaims: ['kyc'] }, terms });
  }
  await submit(agent, 'confidential:enable', { securityId: SEC });
  await submit(agent, 'confidential:refreshAllowlist', { securityId: SEC });
  for (const investor of investors) await submit(agent, 'token:issue', { securityId: PLAIN, to: investor.id, amount: '1000000' });
  return { ledger, zk, agent, ops, holders, investors };
}

/** One note per sender (the first `count` holders), sealed into the tree. */
async function mintNotes(world: World, count: number, log: (line: string) => void): Promise<NoteOpening[]> {
  const notes: NoteOpening[] = [];
  const times: number[] = [];
  for (const holder of world.holders.slice(0, count)) {
    const [t, tx] = await timed(() => world.zk.proveMint(world.agent, SEC, 1000n, { publicKey: holder.keys.publicKey, org: holder.org }));
    times.push(t);
    await world.zk.submit(world.agent, tx);
    notes.push(tx.created[0] as NoteOpening);
  }
  await world.zk.seal(world.agent, SEC);
  log(`mint witness+proof: median ${ms(median(times))} over ${count}`);
  return notes;
}

/** Transfer and redeem proof times, proof size, verification in the gateway and endorsement with verification in chaincode. */
async function proofFigures(world: World, verifier: Verifier, note: NoteOpening, log: (line: string) => void): Promise<void> {
  const [sender, recipient] = [world.holders[0] as Holder, world.holders[world.holders.length - 1] as Holder];
  const proveTimes: number[] = [];
  let tx: ProvenTransaction | undefined;
  for (let i = 0; i < 3; i++) {
    const [t, proven] = await timed(() => world.zk.proveTransfer(world.ops, SEC, sender, [note], { publicKey: recipient.keys.publicKey, org: recipient.org }, 10n));
    proveTimes.push(t);
    tx = proven;
  }
  const [redeemTime] = await timed(() => world.zk.proveRedeem(world.agent, SEC, sender, note, 10n));
  if (!tx) return;
  const proof = tx.input['proof'] as Parameters<Verifier['verify']>[1];
  const signals = publicSignalsOf(tx);
  const verifyTimes: number[] = [];
  for (let i = 0; i < 20; i++) verifyTimes.push((await timed(() => verifier.verify('transfer', proof, signals)))[0]);
  const proposal = { fn: tx.fn, args: [JSON.stringify(tx.input)] };
  const endorseTimes: number[] = [];
  for (let i = 0; i < 10; i++) endorseTimes.push((await timed(() => world.ledger.evaluate(world.agent, proposal)))[0]);
  const plainTimes: number[] = [];
  const investor = world.investors[0] as Caller;
  const plain = { fn: 'token:transfer', args: [JSON.stringify({ securityId: PLAIN, from: investor.id, to: world.investors[1]?.id, amount: '1' })] };
  for (let i = 0; i < 10; i++) plainTimes.push((await timed(() => world.ledger.evaluate(investor, plain)))[0]);
  log(`transfer witness+proof: median ${ms(median(proveTimes))} (budget <= 1000 ms native); redeem witness+proof: ${ms(redeemTime)}`);
  log(`proof size: ${Buffer.byteLength(JSON.stringify(proof))} bytes as JSON (Groth16: 2 G1 + 1 G2 points, 256 bytes compressed)`);
  log(`verify in the gateway: median ${ms(median(verifyTimes))} (goal <= 20 ms)`);
  log(`chaincode endorsement of a transfer incl. verification: median ${ms(median(endorseTimes))}   (plain transfer endorsement: ${ms(median(plainTimes))})`);
}

function publicSignalsOf(tx: ProvenTransaction): string[] {
  const i = tx.input as { nullifiers: string[]; commitments: string[]; noteRoot: string; kycRoot: string; openings: SealedOpening[] };
  return [...i.nullifiers, ...i.commitments, i.noteRoot, i.kycRoot, securityField(SEC).toString(), openingsDigest(i.openings).toString()];
}

/** Each sender pays the next holder: proofs made one after another (the prover uses every core), submitted at once. */
async function confidentialTransfers(world: World, notes: readonly NoteOpening[], log: (line: string) => void): Promise<number> {
  const started = performance.now();
  const txs: ProvenTransaction[] = [];
  for (const [i, note] of notes.entries()) {
    const [from, to] = [world.holders[i + 1] as Holder, world.holders[world.holders.length - 1 - i] as Holder];
    txs.push(await world.zk.proveTransfer(world.ops, SEC, from, [note], { publicKey: to.keys.publicKey, org: to.org }, 1n));
  }
  const results = await Promise.allSettled(txs.map((tx) => world.zk.submit(world.agent, tx)));
  const seconds = (performance.now() - started) / 1000;
  const valid = results.filter((r) => r.status === 'fulfilled').length;
  log(`confidential transfers: ${valid}/${txs.length} valid in one wave (distinct notes, no shared key), ${seconds.toFixed(1)} s end to end`);
  return valid / seconds;
}

async function plainTransfers(world: World, log: (line: string) => void): Promise<number> {
  const pairs = Math.floor(world.investors.length / 2);
  const started = performance.now();
  let valid = 0;
  for (let wave = 0; wave < 20; wave++) {
    const results = await Promise.allSettled(Array.from({ length: pairs }, (_, i) => {
      const [from, to] = [world.investors[2 * i] as Caller, world.investors[2 * i + 1] as Caller];
      return world.ledger.submit(from, { fn: 'token:transfer', args: [JSON.stringify({ securityId: PLAIN, from: from.id, to: to.id, amount: '1' })] });
    }));
    valid += results.filter((r) => r.status === 'fulfilled').length;
  }
  const seconds = (performance.now() - started) / 1000;
  log(`plain compliant transfers: ${valid} valid, ${seconds.toFixed(2)} s`);
  return valid / seconds;
}

if (require.main === module) {
  benchZk().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
