import { reject, type Rejection } from '../decision';
import type { ConfidentialSlice } from './slice';

/**
 * A proof resubmitted after another transaction carried the same proof (a front-runner's copy, a
 * re-encoded proof, a retry after a lost response): every nullifier is spent and every new note exists,
 * all by one transaction. The proof binds its nullifiers, commitments and sealed openings, so that
 * transaction had this very outcome: the submitter is told it is applied, and by which transaction,
 * rather than that its notes were stolen (ST2-NULLIFIER-SPENT).
 */
export function alreadyApplied(nullifiers: readonly string[], commitments: readonly string[], slice: ConfidentialSlice): Rejection | null {
  const writers = new Set([...nullifiers, ...commitments].map((id) => slice.writtenBy.get(id)));
  const [txId] = writers;
  if (writers.size !== 1 || txId === undefined) return null;
  return reject('ST2-ALREADY-APPLIED', `Transaction ${txId} already applied this outcome.`, { txId });
}
