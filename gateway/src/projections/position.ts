/** Where a transaction sits in the ledger: (block, index in block) orders every transaction. */
export interface Position {
  readonly block: bigint;
  readonly txIndex: number;
}

export function isAfter(a: Position, b: Position): boolean {
  return a.block > b.block || (a.block === b.block && a.txIndex > b.txIndex);
}

/** Fixed-width decimal so that LevelDB's byte order is ledger order (20 digits hold any uint64 block number). */
export function positionKey({ block, txIndex }: Position): string {
  return `${block.toString().padStart(20, '0')}.${txIndex.toString().padStart(6, '0')}`;
}

/** One domain event's place in the log: its transaction's position and its index within the transaction. */
export function eventSeq(position: Position, eventIndex: number): string {
  return `${positionKey(position)}.${eventIndex.toString().padStart(4, '0')}`;
}

/** The SSE event id, `<block>.<txIndex>`, as a client sends it back in Last-Event-ID. */
export function eventId({ block, txIndex }: Position): string {
  return `${block}.${txIndex}`;
}

export const EVENT_ID_PATTERN = '^[0-9]{1,20}\\.[0-9]{1,6}$';

export function parseEventId(text: string): Position | undefined {
  if (!new RegExp(EVENT_ID_PATTERN).test(text)) return undefined;
  const [block = '', txIndex = ''] = text.split('.');
  return { block: BigInt(block), txIndex: Number(txIndex) };
}
