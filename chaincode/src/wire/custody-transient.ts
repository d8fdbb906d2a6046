import { Type, type StaticDecode } from '@sinclair/typebox';
import { InvestorType } from '../domain/identity';
import { Closed, Id, Jurisdiction, Nullable, PositiveAmount } from '../domain/schema';
import { codec } from './codec';

/**
 * One side of a custody movement as the custodian sends it (transient, never in the transaction's arguments):
 * the beneficial owner, its position exactly as stored in the custodian's collection (null when it holds none
 * yet), and for a new owner what the custodian attests about it.
 */
const OwnerInput = Closed({
  owner: Id,
  position: Nullable(Type.String({ minLength: 2, maxLength: 4096 })),
  jurisdiction: Type.Optional(Jurisdiction),
  investorType: Type.Optional(InvestorType),
});

/** The transient `custody` field of a deposit, withdrawal or move. */
export const CustodyTransientSchema = Closed({
  from: Type.Optional(OwnerInput),
  to: Type.Optional(OwnerInput),
  /** A move's amount (private). */
  amount: Type.Optional(PositiveAmount),
  /** A segregated account's one owner, as stored at opening. */
  segregatedOwner: Type.Optional(Id),
});
export type CustodyTransient = StaticDecode<typeof CustodyTransientSchema>;
export type OwnerTransient = StaticDecode<typeof OwnerInput>;
export const custodyTransientCodec = codec(CustodyTransientSchema);

/** The transient `account` field of a segregated account's opening: its one owner. */
export const AccountTransientSchema = Closed({ owner: Id });
export const accountTransientCodec = codec(AccountTransientSchema);
