import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';

/** What an accepted write answers: its transaction and the domain events it emitted, by type. */
export interface Written {
  readonly txId: string;
  readonly events: readonly string[];
}

/** A write's answer as an Outcome: the transaction, or the refusal with its reason code and message. */
export function writtenOf(result: { data?: { txId: string; events: readonly { type: string }[] }; error?: unknown; response: Response }): Outcome<Written> {
  return mapOutcome(outcomeOf(result), ({ txId, events }) => ({ txId, events: events.map((event) => event.type) }));
}
