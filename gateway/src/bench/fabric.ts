import '../config/chaincode-logging';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { BENCH_CHAINCODE } from '@st2/chaincode/dist/bench';
import { devIdentities, FabricLedger, loadFabricProfile, type FabricProfile } from '../ledger/fabric';
import type { Caller, Proposal } from '../ledger/ledger';
import { cpuSince, networkCpuSeconds, ownCpuSecondsSince } from './network-cpu';
import { benchCallers, transferWorld, type Log } from './setup';

/**
 * bench:fabric — on one running Fabric network (`npm run network:up`), in one run: compliant st2 transfers
 * (`token:transfer`), the bare put-state baseline (`bench:put`) and the rule-free ERC-20-style transfer
 * (`bench:erc20Transfer`) of the separate `st2-bench` chaincode (the npm script deploys it first), each driven for a fixed time by the same number of lanes of disjoint keys.
 * The workloads take turns (interleaved), each measured for the same time in every round, so drift in the
 * machine's load hits all of them alike. Prints per workload the median over the rounds and their spread
 * (lowest to highest) of tps and p50/p99 commit latency, and the ratios st2/put and erc20/put per round,
 * and the CPU time per transaction of the network's processes (by process, from `network:up`'s pid records)
 * and of the bench itself: on a shared machine rates follow the load, CPU per transaction much less.
 *
 * Env: ST2_NETWORK_DIR (the network's directory, default .st2/network), BENCH_HOLDERS (default 2,000),
 * BENCH_LANES (concurrent submitters, default 100; each takes the holder pairs lane, lane + lanes, ...
 * in turn), BENCH_SECONDS (measured seconds per workload per round, default 60), BENCH_ROUNDS (default 3),
 * BENCH_WARMUP_SECONDS (unmeasured, before each turn, default 2).
 */

interface WorkloadResult {
  readonly name: string;
  /** Medians over the rounds. */
  readonly tps: number;
  readonly p50: number;
  readonly p99: number;
  /** tps of each round, in order. */
  readonly rounds: readonly number[];
  readonly valid: number;
  readonly failed: number;
  /** The bench process's own CPU during the measured window, in cores (the peers share the same machine). */
  readonly clientCpu: number;
  /** CPU of the network's processes (peers, orderers, chaincode servers) per committed transaction, ms, over all rounds. */
  readonly networkCpuMs: number;
  /** The bench process's CPU per committed transaction, ms (signing, gRPC, the peer-sync check). */
  readonly clientCpuMs: number;
}

const positiveInt = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got ${raw ?? ''}`);
  return value;
};

export async function benchFabric(log: Log = (line) => console.log(line)): Promise<WorkloadResult[]> {
  const holders = Math.max(2, positiveInt('BENCH_HOLDERS', 2_000) & ~1);
  const lanes = Math.min(holders / 2, positiveInt('BENCH_LANES', 100));
  const measureMs = positiveInt('BENCH_SECONDS', 60) * 1000;
  const rounds = positiveInt('BENCH_ROUNDS', 3);
  const warmupMs = Number(process.env.BENCH_WARMUP_SECONDS ?? '2') * 1000;
  const networkDir = process.env.ST2_NETWORK_DIR ? resolve(process.env.ST2_NETWORK_DIR) : join(__dirname, '..', '..', '..', '.st2', 'network');
  const profileFile = join(networkDir, 'connection-profile.json');
  let profile: FabricProfile;
  try {
    profile = await loadFabricProfile(profileFile);
  } catch {
    throw new Error(`no Fabric network at ${networkDir} (${profileFile} is missing): run npm run network:up first`);
  }
  const org = profile.peers.has('Bank1MSP') ? 'Bank1MSP' : profile.endorsers[0];
  if (!org) throw new Error(`no endorsing organisation in ${profileFile}`);
  const ledger = new FabricLedger({ profile, identities: devIdentities(profile), reader: { org, role: 'admin', id: 'bench-reader' } });
  // The baselines are their own chaincode (deployed by the bench:fabric script, never with st2).
  const baselines = new FabricLedger({ profile: { ...profile, chaincode: BENCH_CHAINCODE }, identities: devIdentities(profile), reader: { org, role: 'admin', id: 'bench-reader' } });
  // The network keeps its state between runs: every id of this run is new.
  const run = Date.now().toString(36);
  log(`bench:fabric run ${run}: ${holders} holders, ${lanes} lanes, ${measureMs / 1000} s per workload in each of ${rounds} interleaved rounds, each after ${warmupMs / 1000} s warm-up, network ${networkDir}`);
  try {
    log(`chain height ${await ledger.height()}`);
    const investors = Array.from({ length: holders }, (_, i) => `inv-${run}-${i}`);
    await transferWorld(ledger, benchCallers(org, `-${run}`), investors, Date.now(), { securityId: `BENCH-${run}`, log });
    const options = { lanes, warmupMs, measureMs, log, networkDir };
    const pairsPerLane = Math.floor(holders / 2 / lanes);
    const writer: Caller = { org, role: 'admin', id: `bench-writer-${run}` };
    const workloads: { name: string; ledger: FabricLedger; proposal: (lane: number, n: number, round: number) => [Caller, Proposal] }[] = [
      {
        name: 'st2 transfer',
        ledger,
        proposal: (lane, n) => {
          // The lane's pairs in turn; each pair sends one way on one pass over them and back on the next.
          const pair = lane + lanes * (n % pairsPerLane);
          const [a, b] = [investors[2 * pair], investors[2 * pair + 1]];
          const [from, to] = Math.floor(n / pairsPerLane) % 2 === 0 ? [a, b] : [b, a];
          const caller: Caller = { org, role: 'investor', id: from ?? '' };
          return [caller, { fn: 'token:transfer', args: [JSON.stringify({ securityId: `BENCH-${run}`, from, to, amount: '1' })] }];
        },
      },
      { name: 'bare put-state', ledger: baselines, proposal: (lane, n, round) => [writer, { fn: 'bench:put', args: [`${run}-${round}-${lane}-${n}`, 'v'] }] },
      {
        name: 'erc20 transfer',
        ledger: baselines,
        proposal: (lane, n) => {
          const [a, b] = [`${run}-a${lane}`, `${run}-b${lane}`];
          return [writer, { fn: 'bench:erc20Transfer', args: n % 2 === 0 ? [a, b, '1'] : [b, a, '1'] }];
        },
      },
    ];
    // Rounds interleave the workloads so that drift in the machine's load (other processes, compaction) hits all three alike.
    const samples: Sample[][] = workloads.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (const [w, workload] of workloads.entries()) {
        samples[w]?.push(await measure(workload.ledger, `round ${round + 1}/${rounds} ${workload.name}`, options, (lane, n) => workload.proposal(lane, n, round)));
      }
    }
    const [st2, put, erc20] = workloads.map((workload, w) => summarize(workload.name, samples[w] ?? [])) as [WorkloadResult, WorkloadResult, WorkloadResult];
    const results = [st2, put, erc20];
    const spread = (values: readonly number[]) => `${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)}`;
    log('');
    log(`${'workload'.padEnd(16)}${'tx/s median'.padStart(12)}${'spread'.padStart(14)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'valid'.padStart(8)}${'failed'.padStart(8)}${'client CPU'.padStart(12)}${'net ms/tx'.padStart(11)}${'client ms/tx'.padStart(14)}`);
    for (const r of results) {
      log(`${r.name.padEnd(16)}${r.tps.toFixed(1).padStart(12)}${spread(r.rounds).padStart(14)}${r.p50.toFixed(0).padStart(9)}${r.p99.toFixed(0).padStart(9)}${String(r.valid).padStart(8)}${String(r.failed).padStart(8)}${r.clientCpu.toFixed(2).padStart(12)}${r.networkCpuMs.toFixed(2).padStart(11)}${r.clientCpuMs.toFixed(2).padStart(14)}`);
    }
    // Ratios within each round: the workloads of one round ran back to back, under the same load.
    const ratios = (a: WorkloadResult) => a.rounds.map((tps, i) => tps / (put.rounds[i] ?? NaN));
    const st2Ratio = median(ratios(st2));
    log(`st2/put: median ${st2Ratio.toFixed(2)} (rounds ${ratios(st2).map((r) => r.toFixed(2)).join(', ')})   erc20/put: median ${median(ratios(erc20)).toFixed(2)} (rounds ${ratios(erc20).map((r) => r.toFixed(2)).join(', ')})   (goal: st2/put >= 0.90: ${st2Ratio >= 0.9 ? 'met' : 'NOT met'}; bare put >= 200 tx/s with p50 < 1 s)`);
    return results;
  } finally {
    await Promise.all([ledger.close(), baselines.close()]);
  }
}

/**
 * `lanes` lanes, each submitting its next transaction as soon as its last one committed (no two in flight
 * on the same keys), for `warmupMs` unmeasured then `measureMs`. Counted: the transactions submitted in the
 * measured window; the rate divides them by the time from the window's start to the last one's commit.
 */
async function measure(
  ledger: FabricLedger, name: string, options: { lanes: number; warmupMs: number; measureMs: number; log: Log; networkDir: string },
  proposal: (lane: number, n: number) => [Caller, Proposal],
): Promise<Sample> {
  const { lanes, warmupMs, measureMs, log, networkDir } = options;
  const latencies: number[] = [];
  let failed = 0;
  let firstError: unknown;
  const begin = performance.now();
  const windowStart = begin + warmupMs;
  const windowEnd = windowStart + measureMs;
  let lastCommit = windowStart;
  let cpuAtStart: NodeJS.CpuUsage | undefined;
  let networkCpuAtStart = networkCpuSeconds(networkDir);
  const startCpu = setTimeout(() => {
    cpuAtStart = process.cpuUsage();
    networkCpuAtStart = networkCpuSeconds(networkDir);
  }, warmupMs);
  const lane = async (i: number) => {
    for (let n = 0; performance.now() < windowEnd; n++) {
      const sent = performance.now();
      const measured = sent >= windowStart;
      try {
        await ledger.submit(...proposal(i, n));
        const done = performance.now();
        if (measured) {
          latencies.push(done - sent);
          lastCommit = Math.max(lastCommit, done);
        }
      } catch (error) {
        if (measured) failed++;
        firstError ??= error;
      }
    }
  };
  log(`${name}: ${lanes} lanes, ${((warmupMs + measureMs) / 1000).toFixed(0)} s from ${new Date().toISOString()} ...`);
  await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i)));
  clearTimeout(startCpu);
  const byProcess = cpuSince(networkCpuAtStart, networkCpuSeconds(networkDir));
  const networkCpu = byProcess.reduce((sum, [, seconds]) => sum + seconds, 0);
  const elapsed = (lastCommit - windowStart) / 1000;
  const cpuSeconds = ownCpuSecondsSince(cpuAtStart);
  // The peers, orderers and chaincode servers share this machine: its load says how far to trust a rate.
  const perTx = (seconds: number) => (latencies.length > 0 ? ((seconds * 1000) / latencies.length).toFixed(2) : '-');
  log(`${name}: ${latencies.length} committed, ${failed} failed in ${elapsed.toFixed(1)} s: ${(elapsed > 0 ? latencies.length / elapsed : 0).toFixed(1)} tx/s, CPU per tx ${perTx(networkCpu)} ms network + ${perTx(cpuSeconds)} ms client   (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  log(`${name}: network CPU per tx by process, ms: ${byProcess.map(([process, seconds]) => `${process} ${perTx(seconds)}`).join(', ')}`);
  if (firstError !== undefined) log(`${name}: first failure: ${firstError instanceof Error ? firstError.message : String(firstError)}`);
  return { latencies, failed, seconds: elapsed, cpuSeconds, networkCpuSeconds: networkCpu };
}

interface Sample {
  readonly latencies: readonly number[];
  readonly failed: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly networkCpuSeconds: number;
}

function summarize(name: string, samples: readonly Sample[]): WorkloadResult {
  const rate = (s: Sample) => (s.seconds > 0 ? s.latencies.length / s.seconds : 0);
  const quantile = (s: Sample, q: number) => {
    const sorted = [...s.latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  };
  const elapsed = samples.reduce((sum, s) => sum + s.seconds, 0);
  const cpu = samples.reduce((sum, s) => sum + s.cpuSeconds, 0);
  const networkCpu = samples.reduce((sum, s) => sum + s.networkCpuSeconds, 0);
  const valid = samples.reduce((sum, s) => sum + s.latencies.length, 0);
  return {
    name, tps: median(samples.map(rate)), p50: median(samples.map((s) => quantile(s, 0.5))), p99: median(samples.map((s) => quantile(s, 0.99))),
    rounds: samples.map(rate), valid,
    failed: samples.reduce((sum, s) => sum + s.failed, 0), clientCpu: elapsed > 0 ? cpu / elapsed : 0,
    networkCpuMs: valid > 0 ? (networkCpu * 1000) / valid : NaN, clientCpuMs: valid > 0 ? (cpu * 1000) / valid : NaN,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

if (require.main === module) {
  benchFabric().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
