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

/**
 * Where a reader stopped, as a stream or the audit log named it: a stream event id (`<block>.<txIndex>`, a whole
 * transaction) or an audit event's `seq` (`<block>.<txIndex>.<eventIndex>`, also the list's cursor), so a client
 * that paged through the log can go on with the stream from the last row it read.
 */
export const RESUME_POINT_PATTERN = '^[0-9]{1,20}\\.[0-9]{1,6}(\\.[0-9]{1,4})?$';

/** After a transaction (`eventIndex` undefined: all of it), or after one of its events. */
export interface ResumePoint extends Position {
  readonly eventIndex?: number;
}

export function parseResumePoint(text: string): ResumePoint | undefined {
  if (!new RegExp(RESUME_POINT_PATTERN).test(text)) return undefined;
  const [block = '', txIndex = '', eventIndex] = text.split('.');
  return { block: BigInt(block), txIndex: Number(txIndex), ...(eventIndex === undefined ? {} : { eventIndex: Number(eventIndex) }) };
}

/** A log cursor that sorts after every seq of the blocks before `block` and before every seq of `block` itself. */
export function cursorBeforeBlock(block: bigint): string {
  return `${block.toString().padStart(20, '0')}.`;
}
