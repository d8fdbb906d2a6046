import '../config/chaincode-logging';
import { MAX_BATCH_ITEMS, st2Contracts, WRITE_FUNCTIONS } from '@st2/chaincode';
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { Consortium } from '../config/consortium';
import { DEFAULT_TOPOLOGY } from '../config/layout';
import { loadTopology, openEmbeddedLedger } from '../ledger/embedded';
import type { Caller, Proposal } from '../ledger/ledger';
import { Metrics } from '../metrics/metrics';
import { ProjectionStore } from '../projections/projection-store';
import { Projector } from '../projections/projector';
import { GatewayStore } from '../store/gateway-store';
import { replayHolders, replayInterval, replayStep, CYCLE, type ReplayStep } from './replay-mix';
import { ownCpuSecondsSince } from './network-cpu';
import { describeResident } from './resident';
import { benchCallers, transferWorld } from './setup';

/**
 * bench:replay — a fresh projector folding a long ledger into an empty read model: transactions per
 * second, peak RSS, and the time per 100,000 transactions, which must not grow as the read model does.
 *
 * The ledger is made once per size through the real chaincode on the embedded ledger (see replay-mix.ts
 * for the mix) and kept in the cache directory (ST2_BENCH_CACHE, default ~/.cache/st2/bench-replay), so
 * later runs time the fold alone. It is made in a child process, so the fold's RSS is the fold's own.
 *
 * Options: --events N (default 1,000,000 transactions carrying st2 events), --regenerate, --fold M (fold
 * only the first M transactions of that ledger: a quick run that reuses the cached ledger; marks every M/10).
 */
const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' }, fold: { type: 'string' }, regenerate: { type: 'boolean', default: false }, generate: { type: 'boolean', default: false } } });
const events = Number(values.events);
const foldLimit = Math.min(events, Number(values.fold ?? events));
const cacheRoot = process.env.ST2_BENCH_CACHE ?? join(homedir(), '.cache', 'st2', 'bench-replay');
const ledgerDir = join(cacheRoot, `ledger-${events}`);
const manifestPath = `${ledgerDir}.json`;

interface Manifest {
  readonly transactions: number;
  readonly refused: number;
  readonly holders: number;
  readonly seconds: number;
}

const log = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(0);
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

async function main(): Promise<void> {
  if (values.generate) return generate();
  if (values.regenerate || !existsSync(manifestPath)) await inChild();
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
  log(`ledger: ${manifest.transactions} transactions submitted (${manifest.refused} refused), ${manifest.holders} holders, made in ${manifest.seconds.toFixed(0)} s, cached at ${ledgerDir}`);
  await fold();
}

/** Makes the ledger in a child process, whose memory then goes away with it. */
function inChild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--generate', '--events', String(events)]);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`ledger generation exited with ${code}`))));
  });
}

async function generate(): Promise<void> {
  const started = Date.now();
  await rm(ledgerDir, { recursive: true, force: true });
  await rm(manifestPath, { force: true });
  await mkdir(cacheRoot, { recursive: true });
  const [topology, consortium] = await Promise.all([loadTopology(DEFAULT_TOPOLOGY), Consortium.load(DEFAULT_TOPOLOGY)]);
  const org = consortium.ofKind('bank')[0]?.mspId ?? topology.orgs[0]?.mspId ?? '';
  const ledger = await openEmbeddedLedger({ directory: ledgerDir, contracts: st2Contracts, topology });
  try {
    const callers = benchCallers(org);
    const holders = replayHolders(events);
    const investors = Array.from({ length: holders }, (_, i) => `inv${String(i).padStart(5, '0')}`);
    await transferWorld(ledger, callers, investors, Date.now() + 10 * 365 * 86_400_000, { log });
    // Per holder: its record, registration and KYC claim; issuance in batches of MAX_BATCH_ITEMS.
    const made = { submitted: 2 + 3 * holders + Math.ceil(holders / MAX_BATCH_ITEMS), refused: 0 };
    const pairs = Array.from({ length: holders / 2 }, (_, i) => [investors[2 * i] ?? '', investors[2 * i + 1] ?? ''] as const);
    const lanes = Math.min(pairs.length, 1_000);
    const command = (step: ReplayStep, [a, b]: readonly [string, string]): [Caller, Proposal] => {
      const transfer = (from: string, to: string): [Caller, Proposal] => [callers.investor(from), { fn: WRITE_FUNCTIONS.Transfer, args: [JSON.stringify({ securityId: 'BENCH', from, to, amount: '1' })] }];
      const freeze = (fn: string): [Caller, Proposal] => [callers.issuer, { fn, args: [JSON.stringify({ securityId: 'BENCH', holder: a, amount: '1' })] }];
      switch (step) {
        case 'transfer': return transfer(a, b);
        case 'transfer-back': return transfer(b, a);
        case 'freeze': return freeze(WRITE_FUNCTIONS.Freeze);
        case 'unfreeze': return freeze(WRITE_FUNCTIONS.Unfreeze);
      }
    };
    let tenth = 1;
    // Each lane runs whole cycles on the pairs it owns (lane, lane + lanes, ...), one transaction at a time.
    await Promise.all(Array.from({ length: lanes }, async (_, lane) => {
      for (let step = 0; made.submitted < events; step++) {
        const pair = pairs[(lane + lanes * Math.floor(step / CYCLE.length)) % pairs.length] ?? ['', ''];
        try {
          await ledger.submit(...command(replayStep(step), pair));
        } catch {
          made.refused++;
        }
        made.submitted++;
        if (made.submitted >= (tenth * events) / 10) {
          log(`generate: ${made.submitted} transactions (${((Date.now() - started) / 1000).toFixed(0)} s, load ${load()})`);
          tenth++;
        }
      }
    }));
    const manifest: Manifest = { transactions: made.submitted, refused: made.refused, holders, seconds: (Date.now() - started) / 1000 };
    await writeFile(manifestPath, JSON.stringify(manifest));
  } finally {
    await ledger.close();
  }
}

/** Folds the cached ledger into a fresh read model and prints the figures. */
async function fold(): Promise<void> {
  const topology = await loadTopology(DEFAULT_TOPOLOGY);
  const started = performance.now();
  const ledger = await openEmbeddedLedger({ directory: ledgerDir, contracts: st2Contracts, topology });
  const height = await ledger.height();
  log(`ledger opened: ${height} blocks verified in ${((performance.now() - started) / 1000).toFixed(1)} s, RSS ${mb(process.memoryUsage.rss())} MB = ${describeResident(mb)}`);
  const directory = await mkdtemp(join(tmpdir(), 'st2-bench-replay-'));
  const store = await GatewayStore.open(directory);
  const metrics = new Metrics();
  const projector = await Projector.open(ledger, new ProjectionStore(store), { metrics, log: pino({ level: 'silent' }) });
  try {
    const figures = await timeFold(projector, metrics, height);
    report(figures);
  } finally {
    await projector.stop();
    await store.close();
    await ledger.close();
    await rm(directory, { recursive: true, force: true });
  }
}

interface Mark {
  readonly transactions: number;
  readonly ms: number;
  readonly rss: number;
}

interface FoldFigures {
  readonly transactions: number;
  readonly seconds: number;
  /** CPU seconds (user + system, all threads) the fold took: less at the mercy of a shared machine than wall time. */
  readonly cpuSeconds: number;
  readonly peakRss: number;
  readonly marks: readonly Mark[];
}

/** Starts the projector and samples it after every batch until it has read the last block. */
async function timeFold(projector: Projector, metrics: Metrics, height: bigint): Promise<FoldFigures> {
  const interval = replayInterval(foldLimit);
  const transactions = async () => (await metrics.projectedTransactions.get()).values.reduce((sum, { value }) => sum + value, 0);
  const marks: Mark[] = [];
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  let lastMark = started;
  let cpuAtMark = cpuAtStart;
  projector.start();
  try {
    while (projector.readThrough < height - 1n && (await transactions()) < foldLimit) {
      if (projector.failure) throw projector.failure;
      const version = projector.changes;
      await projector.changedSince(version, 1_000);
      const done = await transactions();
      while (done >= (marks.length + 1) * interval) {
        const now = performance.now();
        const rss = process.memoryUsage.rss();
        const { heapUsed, external, arrayBuffers } = process.memoryUsage();
        const cpuMicros = ownCpuSecondsSince(cpuAtMark) * 1e6;
        cpuAtMark = process.cpuUsage();
        peakRss = Math.max(peakRss, rss);
        marks.push({ transactions: (marks.length + 1) * interval, ms: now - lastMark, rss });
        // RSS beside what V8 holds: a heap that stays flat while RSS climbs points at native memory (LevelDB, malloc arenas).
        log(`fold: ${(marks.length * interval).toLocaleString('en')} transactions, last ${interval.toLocaleString('en')} in ${(now - lastMark).toFixed(0)} ms, RSS ${mb(rss)} MB = ${describeResident(mb)}, V8 heap used ${mb(heapUsed)} MB, external ${mb(external)} MB (array buffers ${mb(arrayBuffers)}), CPU ${(cpuMicros / interval).toFixed(0)} µs per transaction, load ${load()}`);
        lastMark = now;
      }
    }
    const cpuSeconds = ownCpuSecondsSince(cpuAtStart);
    return { transactions: await transactions(), seconds: (performance.now() - started) / 1000, cpuSeconds, peakRss, marks };
  } finally {
    clearInterval(sampler);
  }
}

function report({ transactions, seconds, cpuSeconds, peakRss, marks }: FoldFigures): void {
  const times = marks.map((m) => m.ms);
  const first = marks[0];
  const last = marks.at(-1);
  const growth = first && last ? last.ms / first.ms : 1;
  const rssGrowth = marks.length > 1 && marks[1] && last ? last.rss / marks[1].rss : 1;
  log(`fold: ${transactions} transactions into a fresh read model in ${seconds.toFixed(1)} s: ${(transactions / seconds).toFixed(0)} tx/s, ${cpuSeconds.toFixed(1)} CPU s (${((1e6 * cpuSeconds) / transactions).toFixed(0)} µs per transaction)   peak RSS ${mb(peakRss)} MB   (goal: 1,000,000 in < 300 s, memory flat)`);
  log(`per ${replayInterval(foldLimit).toLocaleString('en')}: min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms, last/first ${growth.toFixed(2)}   RSS last/second mark ${rssGrowth.toFixed(2)}   (goal: time per interval does not grow, RSS flat within 10%)`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:replay failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
