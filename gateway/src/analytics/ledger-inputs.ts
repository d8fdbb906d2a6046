import type { CashDistribution, Observation } from './return-series';

/**
 * The ledger's records turned into a return series' inputs. Analytics are statistics: values become numbers here,
 * once, after every check on the exact integers was made by the ledger.
 */

/** A recorded oracle round, as the series needs it. */
export interface RoundInput {
  readonly observedAt: number;
  /** Integer in the feed's smallest unit (value × 10^decimals). */
  readonly value: bigint;
  readonly status: 'accepted' | 'quarantined' | 'released';
}

/**
 * The usable rounds (accepted or released) as observations at their observation times, in the feed's unit. A
 * quarantined round is no price: it is left out as every reader of the feed leaves it out (docs/oracles.md).
 */
export function roundObservations(rounds: readonly RoundInput[], decimals: number): Observation[] {
  return rounds.filter((r) => r.status !== 'quarantined').map((r) => ({ at: r.observedAt, value: Number(r.value) / 10 ** decimals }));
}

/** A cash distribution on the ledger: `rate` cash units (at the cash token's decimals) per unit of the security (at its decimals). */
export interface DistributionInput {
  readonly recordTime: number;
  readonly rate: { readonly numerator: bigint; readonly denominator: bigint };
  readonly cashDecimals: number;
}

/**
 * A distribution as cash per WHOLE unit of the security in the currency (a feed quotes one whole unit:
 * docs/pricing.md): rate × 10^securityDecimals / 10^cashDecimals, going ex at the record time (st2 pays whoever
 * held at the record time, so the price drops then).
 */
export function perUnitDistribution(distribution: DistributionInput, securityDecimals: number): CashDistribution {
  const { numerator, denominator } = distribution.rate;
  return { at: distribution.recordTime, amount: (Number(numerator) * 10 ** securityDecimals) / (Number(denominator) * 10 ** distribution.cashDecimals) };
}
