import '../config/chaincode-logging';
import type { Caller, Ledger } from '../ledger/ledger';
import { onFreshEmbeddedLedger, runBench } from './fresh-embedded';
import { measureLanes, pairTransfers } from './ledger-lanes';
import { onRunningFabric } from './running-fabric';
import { benchCallers, cashWorld, ISSUED, transferWorld, type Log } from './setup';

/**
 * bench:settlement — delivery-versus-payment settlements per second and, in the same run on the same
 * ledger and holders, plain compliant transfers per second, with their ratio (goal >= 0.4). One settlement
 * is its whole life: proposed by the seller, affirmed by each side (each holding its leg), settled (both
 * legs in one transaction), four transactions in turn; a transfer is one. Each pair of holders is a lane
 * that trades back and forth, one step at a time, so lanes never contend for keys.
 *
 * The settle transaction alone is measured too (on instructions proposed and affirmed beforehand): it is what
 * moves both legs and releases both holds.
 *
 * On the embedded ledger always; on Fabric too when a network is running (`npm run network:up`: its
 * connection profile in ST2_NETWORK_DIR, default .st2/network), with BENCH_HOLDERS / 2 lanes (default 100
 * holders) of BENCH_ROUNDS settlements each (default 4; transfers: four times as many).
 */
type Step = (round: number, lane: number) => Promise<unknown>;

interface Workloads {
  readonly transfer: Step;
  /** A settlement's whole life: propose, affirm, affirm, settle. */
  readonly settlement: Step;
  /** Proposed and affirmed by both sides, ready to settle: what `settle` then settles. */
  readonly prepare: Step;
  /** The settle transaction alone (both legs and their holds), of an instruction `prepare` made. */
  readonly settle: Step;
}

/** Both workloads over `investors` (pairs of lanes), each holding BENCH (the securities) and `cash`. */
function workloads(ledger: Ledger, org: string, run: string, securityId: string, cash: string, investors: readonly string[]): Workloads {
  const investor = (id: string): Caller => ({ org, role: 'investor', id });
  const pair = (round: number, lane: number): [string, string] => {
    const [a = '', b = ''] = [investors[2 * lane], investors[2 * lane + 1]];
    return round % 2 === 0 ? [a, b] : [b, a];
  };
  const submit = (caller: Caller, fn: string, input: object) => ledger.submit(caller, { fn, args: [JSON.stringify(input)] });
  return {
    transfer: pairTransfers(ledger, org, securityId, investors),
    settlement: async (round, lane) => {
      await prepare(`${run}-${lane}-${round}`, ...pair(round, lane));
      await submit(investor(pair(round, lane)[1]), 'settlement:settle', { settlementId: `${run}-${lane}-${round}` });
    },
    prepare: (round, lane) => prepare(`${run}-p-${lane}-${round}`, ...pair(round, lane)),
    settle: (round, lane) => submit(investor(pair(round, lane)[1]), 'settlement:settle', { settlementId: `${run}-p-${lane}-${round}` }),
  };

  async function prepare(settlementId: string, seller: string, buyer: string): Promise<void> {
    await submit(investor(seller), 'settlement:propose', {
      settlementId, seller, buyer, securities: { securityId, amount: '1' }, cash: { securityId: cash, amount: '100' }, settleBy: Date.now() + 86_400_000,
    });
    await submit(investor(seller), 'settlement:affirm', { settlementId });
    await submit(investor(buyer), 'settlement:affirm', { settlementId });
  }
}

/** The figures and both ratios: whole settlements (four transactions each) and settle transactions alone, to plain transfers. */
function report(log: Log, where: string, rates: { settlements: number; settles: number; transfers: number }): { whole: number; settleStep: number } {
  const { settlements, settles, transfers } = rates;
  const whole = settlements / transfers;
  const settleStep = settles / transfers;
  const verdict = (ratio: number) => `${ratio.toFixed(2)} (goal >= 0.4: ${ratio >= 0.4 ? 'met' : 'NOT met'})`;
  log(`${where}: plain transfers ${transfers.toFixed(1)}/s   DvP settlements ${settlements.toFixed(1)}/s (propose, affirm x2, settle: ${(4 * settlements).toFixed(0)} tx/s)   settle transactions alone ${settles.toFixed(1)}/s`);
  log(`${where}: ratio whole settlements / transfers ${verdict(whole)}   settle transaction / transfer ${verdict(settleStep)}`);
  return { whole, settleStep };
}

export function benchSettlementEmbedded(options: { holders?: number; rounds?: number; log?: Log } = {}): Promise<{ whole: number; settleStep: number }> {
  const holders = options.holders ?? 1_000;
  const rounds = options.rounds ?? 10;
  const log = options.log ?? ((line: string) => console.log(line));
  return onFreshEmbeddedLedger('settlement', (ledger, org) => compare(ledger, org, '', { where: 'embedded ledger', holders, rounds, log }));
}

/**
 * On one ledger, in one run: whole settlements, settle transactions alone (on instructions prepared
 * unmeasured), and plain transfers, each lane's workload leaving the balances as it found them (even rounds).
 */
async function compare(ledger: Ledger, org: string, run: string, options: { where: string; holders: number; rounds: number; log: Log }) {
  const { where, holders, rounds, log } = options;
  const investors = await settlementWorld(ledger, org, run, holders, log);
  const work = workloads(ledger, org, `x${run}`, `BENCH${run}`, `CASH${run}`, investors);
  const lanes = holders / 2;
  const settlements = await measureLanes(`DvP settlements, whole life (${where})`, rounds, lanes, log, work.settlement);
  await measureLanes(`instructions proposed and affirmed (${where}, not compared)`, rounds, lanes, log, work.prepare);
  const settles = await measureLanes(`settle transactions alone (${where})`, rounds, lanes, log, work.settle);
  const transfers = await measureLanes(`plain transfers (${where})`, rounds * 4, lanes, log, work.transfer);
  return report(log, where, { settlements: settlements.rate, settles: settles.rate, transfers: transfers.rate });
}

/** Verified investors holding the securities (BENCH) and a cash token (CASH), ids made new by `run` on a ledger that outlives it. */
async function settlementWorld(ledger: Ledger, org: string, run: string, holders: number, log: Log): Promise<string[]> {
  const started = Date.now();
  const callers = benchCallers(org, run);
  const investors = Array.from({ length: holders }, (_, i) => `inv${run}-${i}`);
  await transferWorld(ledger, callers, investors, Date.now(), { securityId: `BENCH${run}`, log });
  await cashWorld(ledger, callers, `CASH${run}`, investors, ISSUED.toString());
  log(`setup: ${holders} verified investors holding BENCH${run} and CASH${run} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return investors;
}

/** The same two workloads on a running Fabric network, or null when there is none. */
export function benchSettlementFabric(log: Log): Promise<{ whole: number; settleStep: number } | null> {
  const holders = Math.max(2, Number(process.env.BENCH_HOLDERS ?? '100') & ~1);
  const rounds = Number(process.env.BENCH_ROUNDS ?? '4') & ~1;
  return onRunningFabric(log, (ledger, org, run) => compare(ledger, org, run, { where: 'Fabric', holders, rounds, log }));
}

if (require.main === module) runBench((log) => benchSettlementEmbedded({ log }), benchSettlementFabric);
