import '../config/chaincode-logging';
import { setTimeout as sleep } from 'node:timers/promises';
import { MAX_PAYMENTS_PER_BATCH, stateCodecs } from '@st2/chaincode';
import type { Caller, Ledger } from '../ledger/ledger';
import { onFreshEmbeddedLedger, runBench } from './fresh-embedded';
import { measureLanes, pairTransfers } from './ledger-lanes';
import { onRunningFabric } from './running-fabric';
import { benchCallers, cashWorld, ISSUED, registerInvestors, transferWorld, type Log } from './setup';

/**
 * bench:corporate-actions — a cash dividend paid to every holder of a security and, in the same run on the
 * same ledger and holders, plain compliant transfers, with their ratio: holders paid per second over transfers
 * per second. The dividend is its whole life: declared, paid in batches of MAX_PAYMENTS_PER_BATCH holders one
 * after the other (each batch updates the distribution and the payer's holding, so batches are serial by
 * design), closed. The wait between the declaration and the payment date is not counted.
 *
 * The rate, 1/3 cent per unit, leaves a rounding remainder, so the run ends by checking that what was paid
 * plus the remainder is the declared total, floor(units at record time × rate), and that the payer paid out
 * exactly that.
 *
 * On the embedded ledger always (BENCH_HOLDERS holders, default 10,000; about as many transfers, in whole rounds of 200 lanes); on Fabric too when
 * a network is running (`npm run network:up`), with BENCH_HOLDERS holders (default 100).
 */
const RATE = { numerator: 1n, denominator: 3n };
/** Fabric's clock is the transaction timestamp: the record time is ahead of the declaration by this much. */
const RECORD_IN_MS = 2_000;
/** Transfer lanes at most (a Fabric gateway refuses requests beyond its concurrency limit, 500 by default). */
const MAX_LANES = 200;

interface Dividend {
  readonly batches: number;
  readonly transactions: number;
  readonly holdersPerSecond: number;
  readonly seconds: number;
  readonly balanced: boolean;
}

/** Declares the dividend, pays `holders` batch by batch, closes; checks the totals. */
async function payDividend(ledger: Ledger, callers: ReturnType<typeof benchCallers>, world: DividendWorld, log: Log): Promise<Dividend> {
  const { run, where, holders, payer, remainderAccount } = world;
  const distributionId = `DIV${run}`;
  const submit = (fn: string, input: object) => ledger.submit(callers.issuer, { fn, args: [JSON.stringify(input)] });
  const payerCash = async () => stateCodecs.holding.parse(await ledger.evaluate(callers.admin, { fn: 'token:getHolding', args: [world.cash, payer] })).balance;
  const before = await payerCash();
  const recordTime = Date.now() + RECORD_IN_MS;
  let started = performance.now();
  await submit('distribution:declare', {
    distributionId, securityId: world.security, cashSecurityId: world.cash, rate: { numerator: String(RATE.numerator), denominator: String(RATE.denominator) },
    recordTime, paymentDate: recordTime + 1, payer, remainderAccount,
  });
  let seconds = (performance.now() - started) / 1000;
  await sleep(recordTime + 1 + 500 - Date.now());
  started = performance.now();
  let batches = 0;
  for (let start = 0; start < holders.length; start += MAX_PAYMENTS_PER_BATCH, batches++) {
    await submit('distribution:pay', { distributionId, holders: holders.slice(start, start + MAX_PAYMENTS_PER_BATCH) });
  }
  const paying = (performance.now() - started) / 1000;
  started = performance.now();
  await submit('distribution:close', { distributionId });
  seconds += paying + (performance.now() - started) / 1000;
  const holdersPerSecond = holders.length / paying;
  log(`dividend to ${holders.length} holders (${where}): ${batches} batches of up to ${MAX_PAYMENTS_PER_BATCH}, ${batches + 2} transactions (declare, pay x${batches}, close), ${paying.toFixed(2)} s paying, ${holdersPerSecond.toFixed(0)} holders paid per s, ${seconds.toFixed(2)} s in all`);
  const balanced = await checkTotals(ledger, callers.admin, world, distributionId, before - (await payerCash()), log);
  return { batches, transactions: batches + 2, holdersPerSecond, seconds, balanced };
}

/**
 * The closed distribution against the run's own arithmetic: every holder paid, the declared total is
 * floor(units at record time × rate), paid + remainder is that total, and so is what left the payer (`spent`).
 */
async function checkTotals(ledger: Ledger, reader: Caller, world: DividendWorld, distributionId: string, spent: bigint, log: Log): Promise<boolean> {
  const closed = stateCodecs.distribution.parse(await ledger.evaluate(reader, { fn: 'distribution:get', args: [distributionId] }));
  const units = BigInt(world.holders.length) * ISSUED;
  const expected = (units * RATE.numerator) / RATE.denominator;
  const remainder = closed.remainder ?? 0n;
  const balanced = closed.paidHolders === world.holders.length && closed.declaredTotal === expected && closed.paidAmount + remainder === expected && spent === expected;
  log(`check (${world.where}): declared total ${closed.declaredTotal ?? '?'} (floor(${units} units x 1/3) = ${expected}), paid ${closed.paidAmount} to ${closed.paidHolders} holders + remainder ${remainder}, payer paid out ${spent}: ${balanced ? 'sum paid == declared total' : 'MISMATCH'}`);
  return balanced;
}

interface DividendWorld {
  /** 'embedded ledger' or 'Fabric', in the figures' lines. */
  readonly where: string;
  readonly run: string;
  readonly security: string;
  readonly cash: string;
  readonly holders: readonly string[];
  readonly payer: string;
  readonly remainderAccount: string;
}

/**
 * `count` verified investors holding ISSUED units of a security (issued in batches), the first `signers` of
 * them enrolled to transfer (the dividend's holders sign nothing), and a payer and a remainder account of the
 * issuer's bank, the payer holding twice the dividend in a cash token.
 */
async function dividendWorld(ledger: Ledger, callers: ReturnType<typeof benchCallers>, run: string, where: string, count: number, signers: number, log: Log): Promise<DividendWorld> {
  const started = Date.now();
  const world = {
    run, where, security: `DBENCH${run}`, cash: `DCASH${run}`, holders: Array.from({ length: count }, (_, i) => `div${run}-${i}`), payer: `div-payer${run}`, remainderAccount: `div-rest${run}`,
  };
  await transferWorld(ledger, callers, world.holders, started, { securityId: world.security, signers: world.holders.slice(0, signers), log });
  await registerInvestors(ledger, callers, [world.payer, world.remainderAccount], true, started + 86_400_000);
  await cashWorld(ledger, callers, world.cash, [world.payer], String((2n * BigInt(count) * ISSUED * RATE.numerator) / RATE.denominator));
  log(`setup: ${count} verified holders of ${world.security}, a payer holding ${world.cash} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return world;
}

/** The dividend, then as many plain transfers between pairs of the same holders, and the ratio. */
async function compare(ledger: Ledger, org: string, run: string, options: { where: string; holders: number; log: Log }): Promise<Dividend & { ratio: number }> {
  const { where, holders, log } = options;
  const callers = benchCallers(org, run);
  const lanes = Math.min(MAX_LANES, holders / 2);
  // About as many transfers as holders (exactly, at 10,000), in an even number of rounds: every pair ends as it started.
  const rounds = 2 * Math.max(1, Math.round(holders / lanes / 2));
  const world = await dividendWorld(ledger, callers, run, where, holders, 2 * lanes, log);
  const dividend = await payDividend(ledger, callers, world, log);
  const transfers = await measureLanes(`plain transfers (${where})`, rounds, lanes, log, pairTransfers(ledger, org, world.security, world.holders));
  const ratio = dividend.holdersPerSecond / transfers.rate;
  log(`${where}: holders paid ${dividend.holdersPerSecond.toFixed(1)}/s   plain transfers ${transfers.rate.toFixed(1)}/s   ratio holders paid / transfers ${ratio.toFixed(2)}`);
  return { ...dividend, ratio };
}

const holdersOf = (fallback: number) => Math.max(2, Number(process.env.BENCH_HOLDERS ?? String(fallback)) & ~1);

export function benchCorporateActionsEmbedded(log: Log, holders = holdersOf(10_000)): Promise<Dividend & { ratio: number }> {
  return onFreshEmbeddedLedger('corporate-actions', (ledger, org) => compare(ledger, org, '', { where: 'embedded ledger', holders, log }));
}

export function benchCorporateActionsFabric(log: Log): Promise<(Dividend & { ratio: number }) | null> {
  return onRunningFabric(log, (ledger, org, run) => compare(ledger, org, run, { where: 'Fabric', holders: holdersOf(100), log }));
}

if (require.main === module) runBench(benchCorporateActionsEmbedded, benchCorporateActionsFabric);
