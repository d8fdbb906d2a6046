import '../config/chaincode-logging';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { load, openBenchGateway } from './http';
import type { LoadResult } from './load-generator';
import { describeResident } from './resident';
import { benchCallers, transferWorld } from './setup';

/**
 * bench:soak — N compliant transfers (default 100,000; --transfers N) through the gateway over HTTP on the
 * embedded ledger, in ten equal parts; after each, the RSS of the gateway's process (gateway, ledger and
 * projector together), then the growth from the first tenth to the last.
 *
 * Before them, a warm-up of --warmup N transfers (default a fifth of the soak), printed but not counted:
 * over the first ~20,000 transfers RSS climbs while V8 sizes its heap for the allocation rate and LevelDB
 * fills its memtables and block caches (docs/performance.md), which is not growth.
 */
const { values } = parseArgs({ options: { transfers: { type: 'string', default: '100000' }, warmup: { type: 'string' }, connections: { type: 'string', default: '64' } } });
const transfers = Number(values.transfers);
const warmup = Number(values.warmup ?? transfers / 5);
const connections = Number(values.connections);

const log = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(0);
const loadNow = () => loadavg().map((n) => n.toFixed(2)).join(' ');

async function main(): Promise<void> {
  const { org, ledger, url, token, close } = await openBenchGateway('st2-bench-soak-');
  try {
    const callers = benchCallers(org);
    // Four disjoint pairs per connection, one direction each: two requests in flight rarely share a holder,
    // and each sender's balance (ISSUED) outlasts any soak it could be given.
    const senders = Array.from({ length: 4 * connections }, (_, i) => ({ from: `inv${2 * i}`, to: `inv${2 * i + 1}` }));
    const started = Date.now();
    await transferWorld(ledger, callers, senders.flatMap(({ from, to }) => [from, to]), Date.now());
    log(`setup: ${2 * senders.length} verified investors holding BENCH (${((Date.now() - started) / 1000).toFixed(1)} s), RSS ${mb(process.memoryUsage.rss())} MB`);
    const requests = senders.map(({ from, to }) => ({
      method: 'POST' as const, path: '/v1/transfers', headers: { authorization: token('investor', from), 'content-type': 'application/json' },
      body: JSON.stringify({ securityId: 'BENCH', from, to, amount: '1' }),
    }));
    const rss: number[] = [];
    const totals: Record<string, number> = {};
    if (warmup > 0) {
      const result = await load({ url, connections, durationSeconds: 3_600, amount: warmup, requests });
      log(`warm-up: ${warmup.toLocaleString('en')} transfers (not counted)   RSS ${mb(process.memoryUsage.rss())} MB = ${describeResident(mb)}   ${result.perSecond.toFixed(0)} tx/s   statuses ${JSON.stringify(result.statuses)}   load ${loadNow()}`);
    }
    for (let part = 1; part <= 10; part++) {
      const result: LoadResult = await load({ url, connections, durationSeconds: 3_600, amount: transfers / 10, requests });
      for (const [status, count] of Object.entries(result.statuses)) totals[status] = (totals[status] ?? 0) + count;
      rss.push(process.memoryUsage.rss());
      log(`soak: ${part * 10}% (${((part * transfers) / 10).toLocaleString('en')} transfers)   RSS ${mb(rss.at(-1) ?? 0)} MB = ${describeResident(mb)}   heap used ${mb(process.memoryUsage().heapUsed)} MB   ${result.perSecond.toFixed(0)} tx/s   p99 ${result.p99} ms   statuses ${JSON.stringify(result.statuses)}   load ${loadNow()}`);
    }
    const growth = (rss.at(-1) ?? 0) / (rss[0] ?? 1);
    // Whether RSS still climbs at the end, whatever the warm-up took: the spread over the second half.
    const secondHalf = rss.slice(5);
    const spread = Math.max(...secondHalf) / Math.min(...secondHalf);
    log(`soak: ${transfers.toLocaleString('en')} transfers over HTTP, statuses ${JSON.stringify(totals)}   RSS ${mb(rss[0] ?? 0)} MB after 10%, ${mb(rss.at(-1) ?? 0)} MB after 100%, peak ${mb(Math.max(...rss))} MB: growth ${growth.toFixed(2)}, max/min over the second half ${spread.toFixed(2)}   (goal: flat within 10%, both <= 1.10)`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:soak failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
