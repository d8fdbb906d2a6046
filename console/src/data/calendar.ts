import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';

/** One date of a security's corporate-action calendar. */
export interface CalendarEntry {
  /** ms since the epoch. */
  readonly at: number;
  readonly what: string;
  readonly detail: string;
}

/**
 * A security's calendar as dated entries, earliest first: coupon payments, maturity or call, the conversion window,
 * record dates and a pending split, from GET /v1/securities/{id}/calendar (read-only: it follows the terms).
 */
export async function calendarEntries(client: St2Client, securityId: string): Promise<Outcome<readonly CalendarEntry[]>> {
  const answer = outcomeOf(await client.GET('/v1/securities/{id}/calendar', { params: { path: { id: securityId } } }));
  return mapOutcome(answer, ({ debt, conversion, recordDates, corporateAction }) => [
    ...(debt ? [
      ...debt.coupons.map((coupon) => ({ at: coupon.paymentDate, what: `Coupon ${coupon.index}`, detail: `accrual ${coupon.accrualFraction.numerator}/${coupon.accrualFraction.denominator}${coupon.regular ? '' : ' (stub)'}, ${debt.dayCount}` })),
      { at: debt.redemption.paymentDate, what: debt.redemption.kind === 'call' ? 'Call redemption' : 'Redemption at maturity', detail: `${debt.redemption.pricePerUnit.numerator}/${debt.redemption.pricePerUnit.denominator} ${debt.currency} per unit` },
    ] : []),
    ...(conversion ? [
      { at: conversion.windowStart, what: 'Conversion window opens', detail: `${conversion.ratio.numerator}:${conversion.ratio.denominator} into ${conversion.equitySecurityId}` },
      { at: conversion.windowEnd, what: 'Conversion window closes', detail: conversion.status },
    ] : []),
    ...recordDates.map((record) => ({ at: record.recordTime, what: 'Record date', detail: `${record.id} (${record.action})` })),
    ...(corporateAction ? [{ at: corporateAction.effectiveTime, what: 'Corporate action effective', detail: `${corporateAction.id} (${corporateAction.type})` }] : []),
  ].sort((a, b) => a.at - b.at));
}
