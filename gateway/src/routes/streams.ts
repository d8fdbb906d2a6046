import { Type } from '@sinclair/typebox';
import { eventPayloadCodec, Id } from '@st2/chaincode';
import type { SSEMessage } from '@fastify/sse';
import type { FastifyReply } from 'fastify';
import { principalOf } from '../auth/principal';
import type { Ledger, LedgerEvent } from '../ledger/ledger';
import { deliveredWithin } from '../limits/streams';
import { subjectsOf } from '../projections/audit-entries';
import { matches, type AuditFilter } from '../projections/audit-log';
import { eventId, isAfter, parseResumePoint, RESUME_POINT_PATTERN, type Position, type ResumePoint } from '../projections/position';
import type { Services } from '../services';
import { operation, type OperationRequest } from './operation';

const resumeFrom = 'an event id (`<block>.<txIndex>`) or an audit event\'s `seq` (the audit list\'s cursor)';
const StreamHeaders = Type.Object({
  'last-event-id': Type.Optional(Type.String({ pattern: RESUME_POINT_PATTERN, description: `Resume after this point, ${resumeFrom}, as browsers send it on reconnect; wins over \`cursor\` and \`fromBlock\``, examples: ['31.0'] })),
});

const fromBlock = Type.Optional(Type.Integer({ minimum: 0, description: 'First block to stream (default: only what commits from now on)' }));
const cursor = Type.Optional(Type.String({ pattern: RESUME_POINT_PATTERN, description: `Resume after this point, ${resumeFrom}: the list's \`nextCursor\` or last \`seq\` goes on as a stream; wins over \`fromBlock\``, examples: ['00000000000000000031.000000.0000'] }));
const EventStreamQuery = Type.Object({ fromBlock, cursor }, { additionalProperties: false });

const description = 'Server-Sent Events, one `transaction` event per committed transaction: id `<block>.<txIndex>`, data `{ txId, blockNumber, txIndex, timestamp, events }`. Reconnect with Last-Event-ID to resume exactly after the last one received.';

export const eventStream = operation({
  summary: 'Stream every committed transaction',
  description,
  tags: ['events'],
  effect: 'read',
  stream: true,
  schema: { headers: StreamHeaders, querystring: EventStreamQuery, response: {} },
  handle: (request, reply, services) => stream(request, reply, services, {}),
});

export const auditStream = operation({
  summary: 'Stream the audit log, filtered',
  description: `${description} Only events matching every given filter are sent.`,
  tags: ['audit'],
  effect: 'read',
  stream: true,
  schema: {
    headers: StreamHeaders,
    querystring: Type.Object({
      fromBlock,
      cursor,
      type: Type.Optional(Type.String({ pattern: '^[A-Za-z]{1,64}$' })),
      securityId: Type.Optional(Id),
      identity: Type.Optional(Id),
    }, { additionalProperties: false }),
    response: {},
  },
  handle: (request, reply, services) => {
    const { type, securityId, identity } = request.query;
    return stream(request, reply, services, { type, securityId, identity });
  },
});

/** What every stream request has: where to start. */
type StreamRequest = OperationRequest<{ headers: typeof StreamHeaders; querystring: typeof EventStreamQuery; response: Record<number, never> }>;

/**
 * Streams from the ledger itself (not the read model), so a stream is exact from any block, even one being
 * projected. Each principal holds a bounded number of streams, and a subscriber that stops reading is dropped
 * after the write timeout: it reconnects with Last-Event-ID and resumes where its last received event was.
 */
async function stream(request: StreamRequest, reply: FastifyReply, services: Services, filter: AuditFilter): Promise<void> {
  const release = services.streams.acquire(principalOf(request));
  try {
    const start = await startOf(request, services.ledger);
    const { sse } = reply;
    const controller = new AbortController();
    const stop = () => controller.abort();
    services.shutdown.addEventListener('abort', stop, { once: true });
    sse.onClose(stop);
    // Destroying with an error (not a plain end) is what releases a write that waits for a drain that never comes.
    const drop = () => {
      request.log.info({ writeTimeoutMs: services.streams.settings.writeTimeoutMs }, 'event stream dropped: the subscriber stopped reading');
      stop();
      reply.raw.destroy(new Error('event stream write timed out'));
    };
    // Commit the response now: a client waiting for a live stream must know it is open before the first event.
    sse.sendHeaders();
    reply.raw.flushHeaders();
    // A write waiting for a drain is never settled by a destroyed socket: the connection's close ends the stream.
    const closed = new Promise<void>((resolve) => reply.raw.once('close', () => resolve()));
    try {
      const events = services.ledger.events(start.fromBlock, { signal: controller.signal });
      await Promise.race([sse.send(deliveredWithin(messages(events, start.after, filter), services.streams.settings.writeTimeoutMs, drop)), closed]);
    } finally {
      services.shutdown.removeEventListener('abort', stop);
    }
  } finally {
    release();
  }
}

/** Last-Event-ID wins over `cursor`, which wins over `fromBlock`; with none, the stream starts at the next block to commit. */
async function startOf(request: StreamRequest, ledger: Ledger): Promise<{ fromBlock: bigint; after?: ResumePoint }> {
  const point = request.headers['last-event-id'] ?? request.query.cursor;
  const after = point === undefined ? undefined : parseResumePoint(point);
  if (after) return { fromBlock: after.block, after };
  const { fromBlock: from } = request.query;
  return { fromBlock: from === undefined ? await ledger.height() : BigInt(from) };
}

async function* messages(events: AsyncIterable<LedgerEvent>, after: ResumePoint | undefined, filter: AuditFilter): AsyncGenerator<SSEMessage> {
  for await (const event of events) {
    const position = { block: event.blockNumber, txIndex: event.txIndex };
    const firstEvent = after ? firstEventAfter(position, after) : 0;
    if (firstEvent === undefined) continue;
    const selected = selectEvents(event, filter, firstEvent);
    if (selected.length === 0) continue;
    const data = { txId: event.txId, blockNumber: Number(event.blockNumber), txIndex: event.txIndex, timestamp: event.timestamp, events: selected };
    yield { id: eventId(position), event: 'transaction', data };
  }
}

/** The index of the transaction's first event the reader has not had, or undefined when it had them all. */
function firstEventAfter(position: Position, after: ResumePoint): number | undefined {
  if (isAfter(position, after)) return 0;
  const sameTransaction = position.block === after.block && position.txIndex === after.txIndex;
  return sameTransaction && after.eventIndex !== undefined ? after.eventIndex + 1 : undefined;
}

/** The transaction's events from `first` on that match the filter, in their wire form. */
function selectEvents(event: LedgerEvent, filter: AuditFilter, first: number): readonly Record<string, unknown>[] {
  if (filter.type === undefined && filter.securityId === undefined && filter.identity === undefined) return event.payload.events.slice(first);
  const { events } = eventPayloadCodec.decode(event.payload);
  return event.payload.events.filter((_, i) => {
    if (i < first) return false;
    const domainEvent = events[i];
    if (!domainEvent) return false;
    return matches(filter, { type: domainEvent.type, ...subjectsOf(domainEvent) });
  });
}
