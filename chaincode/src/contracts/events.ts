import type { Context } from 'fabric-contract-api';
import { Type } from '@sinclair/typebox';
import { St2EventSchema, type St2Event } from '../domain/st2-event';
import { codec } from '../wire/codec';

/** The one chaincode event of every st2 transaction: its domain events, in order. */
export const EVENT_NAME = 'st2';
export const EVENT_VERSION = 1;

export const EventPayloadSchema = Type.Object({ v: Type.Literal(EVENT_VERSION), events: Type.Array(St2EventSchema) });
export const eventPayloadCodec = codec(EventPayloadSchema);

export function emit(ctx: Context, events: readonly St2Event[]): string {
  const payload = eventPayloadCodec.stringify({ v: EVENT_VERSION, events: [...events] });
  ctx.stub.setEvent(EVENT_NAME, Buffer.from(payload));
  return payload;
}
