import { Type, type Static } from '@sinclair/typebox';
import { touchedBy, type Refs, type St2Event } from '@st2/chaincode';
import { compoundKey, type StoreOp } from '../store/gateway-store';
import { eventSeq, positionKey, type Position } from './position';
import type { ProjectionStore } from './projection-store';

/** A committed transaction as the projector applies it. */
export interface AppliedTransaction {
  readonly position: Position;
  readonly txId: string;
  readonly timestamp: number;
  /** Decoded, for the indexes. */
  readonly events: readonly St2Event[];
  /** Each event's `touchedBy`, in the same order. */
  readonly touched: readonly Refs[];
  /** The same events as the ledger delivered them (wire form), which is what the log keeps. */
  readonly wireEvents: readonly Record<string, unknown>[];
}

export const TxId = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Transaction id (hex)', examples: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'] });

/** What the audit log keeps per transaction, under its txId. */
export const TransactionHeaderSchema = Type.Object({
  txId: TxId,
  position: Type.String({ description: 'Block and index, fixed width: sorts in ledger order' }),
  blockNumber: Type.Integer({ minimum: 0 }),
  txIndex: Type.Integer({ minimum: 0 }),
  timestamp: Type.Integer({ description: 'Transaction timestamp, ms since the epoch' }),
  eventCount: Type.Integer({ minimum: 0 }),
});
export type TransactionHeader = Static<typeof TransactionHeaderSchema>;

/** One row of the audit log: a domain event with its transaction and what the filters match on. */
export const AuditEventSchema = Type.Object({
  seq: Type.String({ description: 'Position in the log; also a cursor' }),
  txId: TxId,
  blockNumber: Type.Integer({ minimum: 0 }),
  txIndex: Type.Integer({ minimum: 0 }),
  eventIndex: Type.Integer({ minimum: 0 }),
  timestamp: Type.Integer(),
  event: Type.Record(Type.String(), Type.Unknown(), { description: 'The domain event as the chaincode emitted it' }),
  identities: Type.Array(Type.String(), { description: 'Identities the event is about' }),
  securities: Type.Array(Type.String(), { description: 'Securities the event is about' }),
});
export type AuditEvent = Static<typeof AuditEventSchema>;

/** The audit log entries of one transaction: its header, one row per event, and the rows' index entries. */
export function auditOps(store: ProjectionStore, tx: AppliedTransaction): StoreOp[] {
  const base = { txId: tx.txId, blockNumber: Number(tx.position.block), txIndex: tx.position.txIndex, timestamp: tx.timestamp };
  const header: TransactionHeader = { ...base, position: positionKey(tx.position), eventCount: tx.events.length };
  const ops: StoreOp[] = [{ type: 'put', sublevel: store.transactions, key: tx.txId, value: JSON.stringify(header) }];
  tx.events.forEach((event, eventIndex) => {
    const seq = eventSeq(tx.position, eventIndex);
    const { identities, securities } = subjectsIn(tx.touched[eventIndex] ?? touchedBy(event));
    const row: AuditEvent = { seq, ...base, eventIndex, event: tx.wireEvents[eventIndex] ?? {}, identities: [...identities], securities: [...securities] };
    ops.push({ type: 'put', sublevel: store.events, key: seq, value: JSON.stringify(row) });
    const index = (sublevel: StoreOp['sublevel'], value: string): StoreOp => ({ type: 'put', sublevel, key: compoundKey(value, seq), value: '' });
    ops.push(index(store.byType, event.type), ...securities.map((id) => index(store.bySecurity, id)), ...identities.map((id) => index(store.byIdentity, id)));
  });
  return ops;
}

/** The identities and securities an event is about: exactly the aggregates it touches (see the domain's touchedBy). */
export function subjectsOf(event: St2Event): { readonly identities: readonly string[]; readonly securities: readonly string[] } {
  return subjectsIn(touchedBy(event));
}

/** The identities and securities named by an event's `touchedBy`. */
function subjectsIn(refs: Refs): { readonly identities: readonly string[]; readonly securities: readonly string[] } {
  const holders = refs.holdings.map(([, holder]) => holder);
  const holdingSecurities = refs.holdings.map(([securityId]) => securityId);
  return {
    identities: [...new Set([...refs.identities, ...refs.issuers.map((issuer) => issuer.id), ...holders])],
    securities: [...new Set([...refs.securities, ...refs.stats, ...holdingSecurities])],
  };
}
