/**
 * What bench:replay's ledger is made of, as pure functions so a test can check the mix. The world is
 * registered, given KYC claims and issued to once (transferWorld); then each pair of holders runs a
 * cycle of its own: transfers back and forth, and one freeze and unfreeze of a unit. A cycle leaves
 * every balance and freeze as it found it, so it can run any number of times, and pairs never share a key.
 */
export type ReplayStep = 'transfer' | 'transfer-back' | 'freeze' | 'unfreeze';

/** Steps per cycle: transfers dominate, as they do on a live register. */
export const CYCLE: readonly ReplayStep[] = [
  ...Array.from({ length: 9 }, () => ['transfer', 'transfer-back'] as const).flat(),
  'freeze',
  'unfreeze',
];

export function replayStep(step: number): ReplayStep {
  return CYCLE[step % CYCLE.length] ?? 'transfer';
}

/** Holders for a ledger of `events` transactions: one per 100, between 200 and 10,000. */
export function replayHolders(events: number): number {
  return 2 * Math.round(Math.min(10_000, Math.max(200, events / 100)) / 2);
}

/** The figure the fold must keep steady: milliseconds per 100,000 transactions, or per tenth of a shorter run. */
export function replayInterval(events: number): number {
  return Math.max(1, Math.min(100_000, Math.floor(events / 10)));
}
