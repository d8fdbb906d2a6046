import { DAY_MS } from '../window-counters';
import { requireInput } from './valuation-error';

/** A dividend paid per share, in the currency's minor unit, as the ledger's distributions record it. */
export interface DividendPayment {
  readonly paidAt: number;
  readonly amount: bigint;
}

/** A growth stage of a multi-stage model: `years` whole years at `growth` (decimal a year). */
export interface GrowthStage {
  readonly years: number;
  readonly growth: number;
}

/**
 * A dividend discount model: dividends grow through the stages, then forever at `terminalGrowth`, all discounted
 * at `requiredReturn` (decimals a year, annual compounding). Equity values are model estimates, so they are
 * numbers (minor units per share), not money amounts.
 */
export interface DividendModel {
  readonly requiredReturn: number;
  readonly stages: readonly GrowthStage[];
  readonly terminalGrowth: number;
}

const YEAR_MS = 365 * DAY_MS;

/**
 * The last twelve months' dividends per share (minor units): the payments in (asOf − 365 days, asOf]. A payment
 * after `asOf` is not known yet at `asOf`, so it does not count.
 */
export function trailingDividend(history: readonly DividendPayment[], asOf: number): bigint {
  return history.filter((p) => p.paidAt > asOf - YEAR_MS && p.paidAt <= asOf).reduce((total, p) => total + p.amount, 0n);
}

/**
 * Gordon growth: P = D₁ / (r − g), D₁ = D₀·(1 + g) (Gordon 1959; Fabozzi, ch. "Equity valuation models").
 * Refused with ST2-INVALID-INPUT when r ≤ g: the series does not converge, there is no price.
 */
export function gordonGrowthValue(currentDividend: number, requiredReturn: number, growth: number): number {
  requireInput([currentDividend, requiredReturn, growth].every(Number.isFinite) && currentDividend >= 0, 'Dividend, return and growth must be finite, the dividend non-negative');
  requireInput(requiredReturn > growth, `The required return (${requiredReturn}) must exceed the perpetual growth (${growth}): otherwise the value is unbounded`);
  requireInput(growth > -1, `A growth of ${growth} is a loss of more than everything`);
  return (currentDividend * (1 + growth)) / (requiredReturn - growth);
}

/**
 * Multi-stage: P = Σₜ Dₜ/(1 + r)ᵗ over the stages' years, plus the Gordon value at the last stage's end,
 * discounted over all of them; D₀ is `currentDividend` and Dₜ grows at the stage's rate in its years.
 * With no stages it is Gordon growth.
 */
export function multiStageValue(currentDividend: number, model: DividendModel): number {
  requireInput(model.stages.every((s) => Number.isInteger(s.years) && s.years > 0 && Number.isFinite(s.growth) && s.growth > -1), 'Each stage lasts whole years at a finite growth above -100%');
  requireInput(Number.isFinite(model.requiredReturn) && model.requiredReturn > -1, `A required return of ${model.requiredReturn} is not a return`);
  let dividend = currentDividend;
  let year = 0;
  let value = 0;
  for (const stage of model.stages) {
    for (let i = 0; i < stage.years; i++) {
      dividend *= 1 + stage.growth;
      year += 1;
      value += dividend / (1 + model.requiredReturn) ** year;
    }
  }
  return value + gordonGrowthValue(dividend, model.requiredReturn, model.terminalGrowth) / (1 + model.requiredReturn) ** year;
}

/** The model's value per share (minor units) from the dividend history on the ledger: D₀ is the trailing twelve months'. */
export function dividendDiscountValue(history: readonly DividendPayment[], asOf: number, model: DividendModel): number {
  return multiStageValue(Number(trailingDividend(history, asOf)), model);
}
