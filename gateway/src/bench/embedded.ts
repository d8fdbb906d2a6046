import '../config/chaincode-logging';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { st2Contracts } from '@st2/chaincode';
import { contracts as benchContracts } from '@st2/chaincode/dist/bench';
import { openEmbeddedLedger, parseTopology } from '../ledger/embedded';
import { measureLanes } from './ledger-lanes';
import { ownCpuSecondsSince } from './network-cpu';
import { profiled } from './phase-profile';
import { benchCallers, transferWorld } from './setup';
import type { Caller } from '../ledger/ledger';

/**
 * bench:embedded — compliant st2 transfers per second through the embedded ledger, and in the same run
 * the rate of a bare put-state transaction on the same ledger (the bench chaincode's `bench:put`), with their ratio.
 *
 * Each pair of holders is a lane that transfers back and forth, one transaction at a time, so
 * transactions in a block never contend for the same keys (contention is measured by the MVCC tests).
 * Each phase also prints the process's CPU time (user + system, every thread) per transaction: the
 * figure that holds when other work shares the machine and the rates follow the load.
 * ST2_BENCH_PROFILE=<directory> writes each phase's CPU profile there (see `profiled`).
 */
export interface EmbeddedBenchResult {
  readonly transfersPerSecond: number;
  readonly putStatePerSecond: number;
  readonly ratio: number;
  /** CPU time (user + system, all threads) per valid transaction, in µs. */
  readonly transferCpuMicros: number;
  readonly putStateCpuMicros: number;
  readonly transfers: number;
  readonly invalid: number;
}

export async function benchEmbedded(options: { holders?: number; rounds?: number; log?: (line: string) => void } = {}): Promise<EmbeddedBenchResult> {
  const holders = options.holders ?? 2_000;
  const rounds = options.rounds ?? 20;
  const log = options.log ?? ((line: string) => console.log(line));
  const directory = await mkdtemp(join(tmpdir(), 'st2-bench-'));
  const topology = parseTopology(JSON.parse(await readFile(join(__dirname, '../../../network/topology.json'), 'utf8')));
  const msp = (name: string) => topology.orgs.find((o) => o.name === name)?.mspId ?? name;
  // The bench chaincode beside st2 on this throwaway ledger only: st2 itself never carries it.
  const ledger = await openEmbeddedLedger({ directory, contracts: (policy) => [...st2Contracts(policy), ...benchContracts], topology });
  try {
    const started = Date.now();
    const callers = benchCallers(msp('bank1'));
    const investors = Array.from({ length: holders }, (_, i) => `inv${i}`);
    await transferWorld(ledger, callers, investors, Date.now());
    log(`setup: ${holders} verified investors holding BENCH (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const transfers = await phase('compliant transfers', rounds, investors.length / 2, log, (round, i) => {
      const [from, to] = round % 2 === 0 ? [investors[2 * i], investors[2 * i + 1]] : [investors[2 * i + 1], investors[2 * i]];
      return ledger.submit(callers.investor(from as string), { fn: 'token:transfer', args: [JSON.stringify({ securityId: 'BENCH', from, to, amount: '1' })] });
    });
    const writer: Caller = { org: msp('bank1'), role: 'admin', id: 'bench-writer' };
    const puts = await phase('bare put-state', rounds, investors.length / 2, log, (round, i) => ledger.submit(writer, { fn: 'bench:put', args: [`k${round}-${i}`, 'v'] }));
    const ratio = transfers.rate / puts.rate;
    log(`compliant transfers: ${transfers.rate.toFixed(0)} tx/s   bare put-state: ${puts.rate.toFixed(0)} tx/s   ratio: ${ratio.toFixed(2)}   (goal: >= 5000 tx/s, ratio >= 0.5)`);
    log(`CPU per transaction: compliant ${transfers.cpuMicros.toFixed(0)} µs, bare put-state ${puts.cpuMicros.toFixed(0)} µs, ratio ${(puts.cpuMicros / transfers.cpuMicros).toFixed(2)}`);
    return {
      transfersPerSecond: transfers.rate, putStatePerSecond: puts.rate, ratio, transferCpuMicros: transfers.cpuMicros, putStateCpuMicros: puts.cpuMicros,
      transfers: transfers.valid, invalid: transfers.invalid + puts.invalid,
    };
  } finally {
    await ledger.close();
    await rm(directory, { recursive: true, force: true });
  }
}

/** One measured phase (`measureLanes`), profiled on request, with its CPU time per valid transaction and the load average around it. */
async function phase(name: string, rounds: number, lanes: number, log: (line: string) => void, step: (round: number, lane: number) => Promise<unknown>) {
  const loadBefore = loadavg()[0] ?? 0;
  const cpu = process.cpuUsage();
  const measured = await profiled(name.replace(/ /g, '-'), () => measureLanes(name, rounds, lanes, log, step));
  const cpuMicros = (ownCpuSecondsSince(cpu) * 1e6) / Math.max(measured.valid, 1);
  log(`${name}: ${cpuMicros.toFixed(0)} µs CPU per transaction (load average ${loadBefore.toFixed(1)} to ${(loadavg()[0] ?? 0).toFixed(1)})`);
  return { ...measured, cpuMicros };
}

if (require.main === module) {
  benchEmbedded().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
