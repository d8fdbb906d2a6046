import '../config/chaincode-logging';
import { stateCodecs } from '@st2/chaincode';
import { submitUntilExecuted } from '../ledger/consortium-change';
import type { Caller, Ledger } from '../ledger/ledger';
import { newReportSigner, signedReport } from '../oracles/report-signer';
import { onFreshEmbeddedLedger, runBench } from './fresh-embedded';
import { measureLanes, pairTransfers } from './ledger-lanes';
import { onRunningFabric } from './running-fabric';
import { benchCallers, transferWorld, type Log } from './setup';

/**
 * bench:oracle — signed oracle rounds accepted per second and, in the same run on the same ledger, plain
 * compliant transfers per second, with their ratio. A round carries three Ed25519-signed observations (a feed
 * of four signers, f = 1), each verified by the chaincode. Rounds of one feed are serial by design (round ids
 * increase), so each lane is a feed of its own; a transfer lane is a pair of holders trading back and forth.
 * The reports are signed before measuring: what is measured is the ledger's work, not the signers'.
 *
 * On the embedded ledger always; on Fabric too when a network is running (`npm run network:up`), with
 * BENCH_LANES lanes (default 50) of BENCH_ROUNDS rounds each (default 4 on Fabric, 20 embedded).
 */
const SIGNERS = 4;

async function compare(ledger: Ledger, org: string, run: string, options: { where: string; lanes: number; rounds: number; log: Log }): Promise<number> {
  const { where, lanes, rounds, log } = options;
  const callers = benchCallers(org, run);
  const started = Date.now();
  const signers = Array.from({ length: SIGNERS }, newReportSigner);
  const feeds = Array.from({ length: lanes }, (_, lane) => `ORC${run}-${lane}`);
  for (const feedId of feeds) {
    await submitUntilExecuted(ledger, callers.admins, 'SetOracleFeed', {
      feedId, definition: { kind: 'price', base: 'BENCH', quote: 'EUR', decimals: 2, maxAgeMs: 3_600_000, maxDeviationBps: 1000, band: { min: '1', max: '1000000' }, signers: signers.map((s) => s.publicKey), f: 1 },
    });
  }
  const digests = await Promise.all(feeds.map(async (feedId) => stateCodecs.feed.parse(await ledger.evaluate(callers.admin, { fn: 'oracle:getFeed', args: [feedId] })).digest));
  // Observation times one millisecond apart, all before the first measured transaction.
  const signedAt = Date.now() - rounds - 1;
  const reports = feeds.map((feedId, lane) => Array.from({ length: rounds }, (_, round) => (
    signedReport(signers.slice(0, 3), { feedId, configDigest: digests[lane] ?? '', roundId: round + 1 }, [10_000n + BigInt(round % 7), 10_001n, 10_002n], signedAt + round)
  )));
  log(`setup: ${lanes} feeds, ${lanes * rounds} reports of 3 signatures signed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const investors = Array.from({ length: 2 * lanes }, (_, i) => `orc${run}-${i}`);
  await transferWorld(ledger, callers, investors, Date.now(), { securityId: `OBENCH${run}`, log });
  const submit = (caller: Caller, fn: string, input: object) => ledger.submit(caller, { fn, args: [JSON.stringify(input)] });
  const roundRate = await measureLanes(`signed oracle rounds (${where})`, rounds, lanes, log, (round, lane) => submit(callers.agent, 'oracle:submitRound', reports[lane]?.[round] ?? {}));
  const transferRate = await measureLanes(`plain transfers (${where})`, rounds, lanes, log, pairTransfers(ledger, org, `OBENCH${run}`, investors));
  const ratio = roundRate.rate / transferRate.rate;
  log(`${where}: signed rounds ${roundRate.rate.toFixed(1)}/s   plain transfers ${transferRate.rate.toFixed(1)}/s   ratio rounds / transfers ${ratio.toFixed(2)}`);
  return ratio;
}

export function benchOracleEmbedded(log: Log): Promise<number> {
  return onFreshEmbeddedLedger('oracle', (ledger, org) => (
    compare(ledger, org, '', { where: 'embedded ledger', lanes: Number(process.env.BENCH_LANES ?? '50'), rounds: Number(process.env.BENCH_ROUNDS ?? '20'), log })
  ));
}

export function benchOracleFabric(log: Log): Promise<number | null> {
  const lanes = Number(process.env.BENCH_LANES ?? '50');
  const rounds = Number(process.env.BENCH_ROUNDS ?? '4');
  return onRunningFabric(log, (ledger, org, run) => compare(ledger, org, run, { where: 'Fabric', lanes, rounds, log }));
}

if (require.main === module) runBench(benchOracleEmbedded, benchOracleFabric);
