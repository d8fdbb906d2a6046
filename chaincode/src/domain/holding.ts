import { Type, type StaticDecode } from '@sinclair/typebox';
import { Amount, Closed, Id, Timestamp } from './schema';

/** A parcel of a holding acquired at one time: the minimum-holding-period rule counts from it. */
export const LotSchema = Closed({ amount: Amount, acquiredAt: Timestamp });
export type Lot = StaticDecode<typeof LotSchema>;

/** One identity's position in one security. */
export const HoldingSchema = Closed({
  securityId: Id,
  holder: Id,
  balance: Amount,
  /** The whole holding is frozen by an agent. */
  frozen: Type.Boolean(),
  /** Part of the balance frozen by an agent. */
  frozenAmount: Amount,
  /** Oldest first; their amounts add up to the balance. */
  lots: Type.Array(LotSchema),
  /** UTC day (days since epoch) the daily counter refers to, and what was sent that day. */
  day: Type.Integer({ minimum: 0 }),
  sentToday: Amount,
});
export type Holding = StaticDecode<typeof HoldingSchema>;

/** Lots beyond this are merged (oldest two, keeping the later date: never earlier than the truth). */
export const MAX_LOTS = 32;
const DAY_MS = 86_400_000;

export function emptyHolding(securityId: string, holder: string): Holding {
  return { securityId, holder, balance: 0n, frozen: false, frozenAmount: 0n, lots: [], day: 0, sentToday: 0n };
}

export function dayOf(at: number): number {
  return Math.floor(at / DAY_MS);
}

/** What the holder may move: nothing when frozen, else the balance less the frozen part. */
export function freeBalance(h: Holding): bigint {
  if (h.frozen) return 0n;
  const free = h.balance - h.frozenAmount;
  return free > 0n ? free : 0n;
}

/** Amount acquired at least `periodMs` before `now`. */
export function seasonedAmount(h: Holding, now: number, periodMs: number): bigint {
  return h.lots.filter((lot) => lot.acquiredAt + periodMs <= now).reduce((sum, lot) => sum + lot.amount, 0n);
}

export function sentOn(h: Holding, at: number): bigint {
  return h.day === dayOf(at) ? h.sentToday : 0n;
}

export function credit(h: Holding, amount: bigint, at: number): Holding {
  const lots = [...h.lots, { amount, acquiredAt: at }];
  while (lots.length > MAX_LOTS) {
    const [a, b, ...rest] = lots as [Lot, Lot, ...Lot[]];
    lots.splice(0, lots.length, { amount: a.amount + b.amount, acquiredAt: Math.max(a.acquiredAt, b.acquiredAt) }, ...rest);
  }
  return { ...h, balance: h.balance + amount, lots };
}

/** Debits oldest lots first (FIFO). `countsTowardsDailyLimit` is false for agent actions. */
export function debit(h: Holding, amount: bigint, at: number, countsTowardsDailyLimit: boolean): Holding {
  let remaining = amount;
  const lots: Lot[] = [];
  for (const lot of h.lots) {
    if (remaining >= lot.amount) {
      remaining -= lot.amount;
    } else {
      lots.push({ ...lot, amount: lot.amount - remaining });
      remaining = 0n;
    }
  }
  const balance = h.balance - amount;
  const daily = countsTowardsDailyLimit ? { day: dayOf(at), sentToday: sentOn(h, at) + amount } : {};
  return { ...h, balance, lots, frozenAmount: h.frozenAmount > balance ? balance : h.frozenAmount, ...daily };
}
