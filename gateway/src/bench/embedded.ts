import '../config/chaincode-logging';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contracts } from '@st2/chaincode';
import { openEmbeddedLedger, parseTopology, type EmbeddedLedger } from '../ledger/embedded';
import type { Caller, Proposal } from '../ledger/ledger';

/**
 * bench:embedded — compliant st2 transfers per second through the embedded ledger, and in the same run
 * the rate of a bare put-state transaction on the same ledger, with their ratio.
 *
 * Each pair of holders is a lane that transfers back and forth, one transaction at a time, so
 * transactions in a block never contend for the same keys (contention is measured by the MVCC tests).
 */
export interface EmbeddedBenchResult {
  readonly transfersPerSecond: number;
  readonly putStatePerSecond: number;
  readonly ratio: number;
  readonly transfers: number;
  readonly invalid: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function benchEmbedded(options: { holders?: number; rounds?: number; log?: (line: string) => void } = {}): Promise<EmbeddedBenchResult> {
  const holders = options.holders ?? 2_000;
  const rounds = options.rounds ?? 20;
  const log = options.log ?? ((line: string) => console.log(line));
  const directory = await mkdtemp(join(tmpdir(), 'st2-bench-'));
  const topology = parseTopology(JSON.parse(await readFile(join(__dirname, '../../../network/topology.json'), 'utf8')));
  const msp = (name: string) => topology.orgs.find((o) => o.name === name)?.mspId ?? name;
  const ledger = await openEmbeddedLedger({ directory, contracts, topology });
  try {
    const investors = await setup(ledger, holders, msp('bank1'), log);
    const transfers = await measure(ledger, 'compliant transfers', rounds, investors.length / 2, log, (round, i) => {
      const [from, to] = round % 2 === 0 ? [investors[2 * i], investors[2 * i + 1]] : [investors[2 * i + 1], investors[2 * i]];
      const caller: Caller = { org: msp('bank1'), role: 'investor', id: from as string };
      return [caller, { fn: 'token:transfer', args: [JSON.stringify({ securityId: 'BENCH', from, to, amount: '1' })] }];
    });
    const writer: Caller = { org: msp('bank1'), role: 'admin', id: 'bench-writer' };
    const puts = await measure(ledger, 'bare put-state', rounds, investors.length / 2, log, (round, i) => [writer, { fn: 'bench:put', args: [`k${round}-${i}`, 'v'] }]);
    const ratio = transfers.rate / puts.rate;
    log(`compliant transfers: ${transfers.rate.toFixed(0)} tx/s   bare put-state: ${puts.rate.toFixed(0)} tx/s   ratio: ${ratio.toFixed(2)}   (goal: >= 3000 tx/s, ratio >= 0.5)`);
    return { transfersPerSecond: transfers.rate, putStatePerSecond: puts.rate, ratio, transfers: transfers.valid, invalid: transfers.invalid + puts.invalid };
  } finally {
    await ledger.close();
    await rm(directory, { recursive: true, force: true });
  }
}

/** A trusted KYC issuer, `holders` verified investors, and a security with rules issued to all of them. */
async function setup(ledger: EmbeddedLedger, holders: number, org: string, log: (line: string) => void): Promise<string[]> {
  const started = Date.now();
  const admin: Caller = { org, role: 'admin', id: 'bench-admin' };
  const ops: Caller = { org, role: 'agent', id: 'bench-ops' };
  const kyc: Caller = { org, role: 'claim-issuer', id: 'bench-kyc' };
  const issuer: Caller = { org, role: 'issuer', id: 'bench-issuer' };
  const json = (value: object) => [JSON.stringify(value)];
  await ledger.submit(admin, { fn: 'identity:trustIssuer', args: json({ issuerId: kyc.id, topics: ['kyc'] }) });
  await ledger.submit(issuer, {
    fn: 'security:create',
    args: json({
      securityId: 'BENCH', name: 'Bench equity', isin: 'XS0000000009', decimals: 0, agents: [],
      rules: { requiredClaims: ['kyc'], blockedJurisdictions: ['KP', 'IR'], maxBalance: '1000000000', maxHolders: holders + 10, dailyLimit: '1000000' },
      terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
    }),
  });
  const investors = Array.from({ length: holders }, (_, i) => `inv${i}`);
  const record = (id: string) => Buffer.from(JSON.stringify({ name: id }));
  await Promise.all(investors.map((id) => ledger.submit(ops, {
    fn: 'identity:register',
    args: json({ identityId: id, investor: id, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(record(id).toString()) }),
    transient: { record: record(id) },
  })));
  const evidence = Buffer.from('kyc evidence');
  await Promise.all(investors.map((id) => ledger.submit(kyc, {
    fn: 'identity:addClaim',
    args: json({ identityId: id, topic: 'kyc', expiresAt: Date.now() + 86_400_000, evidenceHash: sha256(evidence.toString()) }),
    transient: { evidence },
  })));
  // Issuance touches the security's holder count: one at a time per block would conflict, so issue sequentially in chunks.
  for (const id of investors) await ledger.submit(issuer, { fn: 'token:issue', args: json({ securityId: 'BENCH', to: id, amount: '1000' }) });
  // Enrol every investor (issue its certificate) before measuring: enrolment is the CA's job, not a transfer's.
  await Promise.all(investors.map((id) => ledger.evaluate({ org, role: 'investor', id }, { fn: 'token:getHolding', args: ['BENCH', id] })));
  log(`setup: ${holders} verified investors holding BENCH (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return investors;
}

async function measure(
  ledger: EmbeddedLedger, name: string, rounds: number, lanes: number, log: (line: string) => void,
  proposal: (wave: number, i: number) => [Caller, Proposal],
): Promise<{ rate: number; valid: number; invalid: number }> {
  let valid = 0;
  let invalid = 0;
  const started = process.hrtime.bigint();
  // One lane per holder pair, each submitting its next transaction as soon as the last one committed:
  // a steady load with no barrier between rounds, and no two transactions in flight on the same keys.
  const lane = async (i: number) => {
    for (let round = 0; round < rounds; round++) {
      try {
        await ledger.submit(...proposal(round, i));
        valid++;
      } catch {
        invalid++;
      }
    }
  };
  await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = valid / seconds;
  log(`${name}: ${valid} valid, ${invalid} refused or invalid, ${seconds.toFixed(2)} s, ${rate.toFixed(0)} tx/s`);
  return { rate, valid, invalid };
}

if (require.main === module) {
  benchEmbedded().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
