import { Type } from '@sinclair/typebox';
import { ConfidentialEventSchema, ConfidentialEventSchemas, type ConfidentialEvent } from './confidential/events';
import { DomainEventSchema, type DomainEvent } from './events';

/**
 * Every event a transaction may emit: the public domain events and the confidential pool's. One
 * union, so every reader (projections, audit, streams) decodes any st2 transaction.
 */
export const St2EventSchema = Type.Union([...DomainEventSchema.anyOf, ...ConfidentialEventSchema.anyOf]);
export type St2Event = DomainEvent | ConfidentialEvent;

export function isConfidentialEvent(e: St2Event): e is ConfidentialEvent {
  return Object.prototype.hasOwnProperty.call(ConfidentialEventSchemas, e.type);
}
