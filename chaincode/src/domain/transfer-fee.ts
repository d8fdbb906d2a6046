import type { RuleSet } from './security';

export const BPS_PER_UNIT = 10_000n;

/**
 * The fee on a transfer of `amount`: floor(amount · bps / 10,000), exact in integers. So the fee never
 * exceeds the amount (bps is at most 10,000), and a transfer whose fee would be under one unit pays none.
 */
export function feeOn(amount: bigint, bps: number): bigint {
  return (amount * BigInt(bps)) / BPS_PER_UNIT;
}

/** The fee leg of a holder transfer to `to`: none without a fee rule, for a zero fee, or when `to` is the collector. */
export interface FeeLeg { readonly collector: string; readonly bps: number; readonly fee: bigint }

export function feeLegOf(rules: RuleSet, to: string, amount: bigint): FeeLeg | null {
  const rule = rules.transferFee;
  if (!rule || rule.collector === to) return null;
  const fee = feeOn(amount, rule.bps);
  return fee === 0n ? null : { collector: rule.collector, bps: rule.bps, fee };
}
