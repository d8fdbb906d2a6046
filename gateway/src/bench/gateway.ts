import '../config/chaincode-logging';
import { WRITE_FUNCTIONS } from '@st2/chaincode';
import { DEFAULT_BATCH_TIMEOUT_MS, type EmbeddedLedger } from '../ledger/embedded';
import { closedLoop, type ClosedLoopResult } from './in-process';
import { percentOf, runLanes, type Lane } from './lanes';
import { load, openBenchGateway } from './http';
import type { LoadRequest, LoadResult } from './load-generator';
import { ownCpuSecondsSince } from './network-cpu';
import { profiled } from './phase-profile';
import { benchCallers, capTableWorld, growCapTable, ISSUED, transferWorld } from './setup';

/**
 * bench:gateway — compliant transfers per second and their latency over HTTP on the embedded ledger, the
 * same load submitted in-process (ledger.submit, same concurrency, no HTTP) in the same run, their ratio,
 * the share of transfers between disjoint pairs that end in a conflict, and the p99 of the holders query
 * on a security with 10,000 holders, then 100,000 (ST2_BENCH_HOLDERS).
 */
const settings = {
  /** Concurrent connections (HTTP) and workers (in-process), each sending from its own pair of holders. */
  connections: Number(process.env.ST2_BENCH_CONNECTIONS ?? 64),
  seconds: Number(process.env.ST2_BENCH_SECONDS ?? 10),
  /** Cap-table sizes the holders query is measured at, ascending (comma-separated). */
  holders: (process.env.ST2_BENCH_HOLDERS ?? '10000,100000').split(',').map(Number).sort((a, b) => a - b),
  /** Clients with a pair of holders each, and how many of them move a holding across zero every time. */
  disjointClients: 50,
  crossingClients: 5,
};

const log = (line: string) => process.stdout.write(`${line}\n`);
const pad = (n: number, width = 7) => n.toFixed(0).padStart(width);

async function main(): Promise<void> {
  const { org, ledger, url, token, close } = await openBenchGateway('st2-bench-gateway-');
  try {
    const callers = benchCallers(org);
    // Four disjoint pairs per connection, taken in turn: two requests in flight rarely share a holder.
    const senders = Array.from({ length: 4 * settings.connections }, (_, i) => ({ from: id('inv', 2 * i), to: id('inv', 2 * i + 1) }));
    const pairs = Array.from({ length: settings.disjointClients }, (_, i) => ({ from: id('lane', 2 * i), to: id('lane', 2 * i + 1), crossing: i < settings.crossingClients }));
    const investors = [...senders, ...pairs].flatMap(({ from, to }) => [from, to]);
    let started = Date.now();
    await transferWorld(ledger, callers, investors, Date.now());
    log(`setup: ${investors.length} verified investors holding BENCH (${seconds(started)} s)`);

    const transfers = senders.map(({ from, to }) => ({ from, body: JSON.stringify({ securityId: 'BENCH', from, to, amount: '1' }) }));
    const inProcess = (durationMs: number) => closedLoop(settings.connections, durationMs, (n) => {
      const { from, body } = transfers[n % transfers.length] ?? { from: '', body: '' };
      return ledger.submit(callers.investor(from), { fn: WRITE_FUNCTIONS.Transfer, args: [body] });
    });
    // Signed once, before anything is measured: signing is the client's work, not the gateway's.
    const posts = transfers.map(({ from, body }): LoadRequest => ({ method: 'POST', path: '/v1/transfers', headers: { authorization: token('investor', from), 'content-type': 'application/json' }, body }));
    const overHttp = (durationSeconds: number) => load({ url, connections: settings.connections, durationSeconds, requests: posts });
    const warmup = Math.max(1, Math.round(settings.seconds / 4));
    await inProcess(warmup * 1000);
    await overHttp(warmup);
    let height = await ledger.height();
    let cpu = process.cpuUsage();
    const direct = await profiled('in-process', () => inProcess(settings.seconds * 1000));
    const directCpu = ownCpuSecondsSince(cpu) * 1000;
    const directBlocks = Number((await ledger.height()) - height);
    height = await ledger.height();
    cpu = process.cpuUsage();
    const http = await profiled('http', () => overHttp(settings.seconds));
    const httpCpu = ownCpuSecondsSince(cpu) * 1000;
    const httpBlocks = Number((await ledger.height()) - height);
    report(direct, http);
    log(`blocks (batch timeout ${process.env.ST2_BENCH_BATCH_TIMEOUT_MS ?? DEFAULT_BATCH_TIMEOUT_MS} ms): in-process ${directBlocks} (${(direct.ok / directBlocks).toFixed(1)} tx/block), HTTP ${httpBlocks} (${(http.ok / httpBlocks).toFixed(1)} tx/block), gateway MVCC retries ${await mvccRetries(url)}`);
    // CPU the gateway process spent per committed transfer: less sensitive to other work on the machine than rates.
    log(`gateway CPU per transfer: in-process ${(1000 * directCpu / direct.ok).toFixed(0)} µs, HTTP ${(1000 * httpCpu / http.ok).toFixed(0)} µs   (ratio ${(directCpu / direct.ok / (httpCpu / http.ok)).toFixed(2)})`);
    await disjointPairs(url, pairs, (from) => token('investor', from), async (from, to, amount) => {
      await ledger.submit(callers.investor(from), { fn: WRITE_FUNCTIONS.Transfer, args: [JSON.stringify({ securityId: 'BENCH', from, to, amount })] });
    });

    // One security grows through each size in turn; the query reads pages spread over the whole cap table.
    const authorization = token('agent', callers.agent.id);
    const holders: string[] = [];
    for (const size of settings.holders) {
      started = Date.now();
      const added = Array.from({ length: size - holders.length }, (_, i) => id('h', holders.length + i));
      await (holders.length === 0 ? capTableWorld : growCapTable)(ledger, callers, added, Date.now());
      holders.push(...added);
      await caughtUp(url, ledger);
      log(`setup: CAPTABLE with ${holders.length} holders, projected (${seconds(started)} s)`);
      const cursors = Array.from({ length: 200 }, (_, i) => holders[Math.floor((i * holders.length) / 200)]);
      const query = await load({
        url, connections: 8, durationSeconds: settings.seconds,
        requests: cursors.map((cursor) => ({ method: 'GET', path: `/v1/securities/CAPTABLE/holders?limit=100&cursor=${cursor}`, headers: { authorization } })),
      });
      log(`holders query (${holders.length} holders, pages of 100, 8 connections): ${pad(query.perSecond)} req/s   p50 ${query.p50} ms   p99 ${query.p99} ms   statuses ${JSON.stringify(query.statuses)}   (goal: p99 < 20 ms at 100,000)`);
    }
  } finally {
    await close();
  }
}

/**
 * Issue 13's figure: clients at concurrency 50 over HTTP, each moving units within a pair of holders of its
 * own. Most keep their balances: they share no key with one another and must never conflict. A few empty
 * and refill a holding every time, changing the holder count: those contend on the security's stats, by
 * design, and only with each other.
 */
async function disjointPairs(
  url: string,
  pairs: readonly { from: string; to: string; crossing: boolean }[],
  authorization: (from: string) => string,
  transfer: (from: string, to: string, amount: string) => Promise<void>,
): Promise<void> {
  // A crossing pair's sender keeps one unit: each transfer of it then empties or refills that holding.
  await Promise.all(pairs.filter((p) => p.crossing).map(({ from, to }) => transfer(from, to, (ISSUED - 1n).toString())));
  const post = (from: string, to: string): LoadRequest => ({
    method: 'POST', path: '/v1/transfers', headers: { authorization: authorization(from), 'content-type': 'application/json' },
    body: JSON.stringify({ securityId: 'BENCH', from, to, amount: '1' }),
  });
  const lanes: Lane[] = pairs.map(({ from, to, crossing }) => ({ label: crossing ? 'crossing' : 'keeping', requests: [post(from, to), post(to, from)] }));
  const { keeping, crossing } = await runLanes(url, lanes, settings.seconds * 1000);
  const conflict = '409 ST2-MVCC-CONFLICT';
  const crossingClients = pairs.filter((p) => p.crossing).length;
  log(`disjoint pairs over HTTP (${pairs.length} clients, a pair each): ${pairs.length - crossingClients} keeping their balances: ${keeping?.sent ?? 0} requests, ${percentOf(keeping, conflict).toFixed(2)}% ${conflict} after the gateway's retries   (goal: 0)`);
  log(`  ${crossingClients} emptying and refilling a holding (holder count changes, contend on stats by design): ${crossing?.sent ?? 0} requests, ${percentOf(crossing, conflict).toFixed(2)}% ${conflict}   outcomes ${JSON.stringify({ keeping: keeping?.outcomes, crossing: crossing?.outcomes })}`);
}

function report(direct: ClosedLoopResult, http: LoadResult): void {
  log(`transfers in-process (ledger.submit, ${settings.connections} workers): ${pad(direct.perSecond)} tx/s   p50 ${direct.p50.toFixed(1)} ms   p99 ${direct.p99.toFixed(1)} ms   failed ${direct.failed}`);
  log(`transfers over HTTP   (autocannon, ${settings.connections} connections):  ${pad(http.perSecond)} tx/s   p50 ${http.p50} ms   p99 ${http.p99} ms   statuses ${JSON.stringify(http.statuses)}   errors ${http.errors}   (autocannon itself: ${http.generatorCores.toFixed(2)} cores)`);
  log(`HTTP / in-process: ${(http.perSecond / direct.perSecond).toFixed(2)}   (goal: >= 0.7)`);
}

function id(prefix: string, n: number): string {
  return `${prefix}${n.toString().padStart(5, '0')}`;
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

/** The gateway's own count of resubmissions after MVCC conflicts, from /metrics. */
async function mvccRetries(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return [...text.matchAll(/^st2_ledger_mvcc_retries_total\{[^}]*\} (\d+)$/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
}

/** Waits until /ready says the read model has every block. */
async function caughtUp(url: string, ledger: EmbeddedLedger): Promise<void> {
  const height = await ledger.height();
  for (;;) {
    const ready = (await (await fetch(`${url}/ready`)).json()) as { ledger?: { height?: number }; projection?: { readThrough?: number } };
    if (ready.projection?.readThrough !== undefined && BigInt(ready.projection.readThrough) >= height - 1n) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:gateway failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
