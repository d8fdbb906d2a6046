import { EVENT_NAME } from '@st2/chaincode';
import type { LedgerEvent, St2EventPayload } from '../ledger';
import type { Block } from './block-log';
import type { ChaincodeEvent } from './stub';

const NO_EVENTS: St2EventPayload = { v: 1, events: [] };

/** The st2 events of a block's valid transactions, in block order. Invalid transactions emit nothing, as on Fabric. */
export function ledgerEvents(block: Block): LedgerEvent[] {
  const events: LedgerEvent[] = [];
  block.transactions.forEach((tx, txIndex) => {
    if (tx.validationCode !== 'VALID' || tx.event?.name !== EVENT_NAME) return;
    const payload = parsePayload(Buffer.from(tx.event.payload, 'base64'));
    if (payload) events.push({ blockNumber: BigInt(block.number), txIndex, txId: tx.txId, timestamp: tx.timestamp, payload });
  });
  return events;
}

/** The st2 payload a submit returns: the transaction's event, or an empty list when it emitted none. */
export function submittedPayload(event: ChaincodeEvent | undefined): St2EventPayload {
  return event?.name === EVENT_NAME ? (parsePayload(event.payload) ?? NO_EVENTS) : NO_EVENTS;
}

function parsePayload(bytes: Buffer): St2EventPayload | undefined {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  return isSt2Payload(value) ? value : undefined;
}

function isSt2Payload(value: unknown): value is St2EventPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { v, events } = value as { v?: unknown; events?: unknown };
  return v === 1 && Array.isArray(events) && events.every((event) => typeof event === 'object' && event !== null && !Array.isArray(event));
}
