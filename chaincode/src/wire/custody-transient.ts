import { Type, type StaticDecode } from '@sinclair/typebox';
import { InvestorType } from '../domain/identity';
import { MAX_PAYMENTS_PER_BATCH } from '../domain/distribution';
import { Closed, Id, Jurisdiction, Nullable, PositiveAmount } from '../domain/schema';
import { codec } from './codec';

const StoredPosition = Type.String({ minLength: 2, maxLength: 4096 });

/**
 * One side of a custody movement as the custodian sends it (transient, never in the transaction's arguments):
 * the beneficial owner, its position exactly as stored in the custodian's collection (null when it holds none
 * yet), and for a new owner what the custodian attests about it.
 */
const OwnerInput = Closed({
  owner: Id,
  position: Nullable(StoredPosition),
  jurisdiction: Type.Optional(Jurisdiction),
  investorType: Type.Optional(InvestorType),
});

/**
 * A beneficial owner a distribution pays into a custody account: its position in the distributed security and
 * in the cash (null: none yet), each exactly as stored.
 */
const PaidOwnerInput = Closed({ owner: Id, position: StoredPosition, cashPosition: Nullable(StoredPosition) });

/** The transient `custody` field of a deposit, withdrawal, move, settlement or custody distribution payment. */
export const CustodyTransientSchema = Closed({
  from: Type.Optional(OwnerInput),
  to: Type.Optional(OwnerInput),
  /** A move's amount (private). */
  amount: Type.Optional(PositiveAmount),
  /** A segregated account's one owner, as stored at opening. */
  segregatedOwner: Type.Optional(Id),
  /** A distribution's payment into the account: every owner with a position in the distributed security. */
  owners: Type.Optional(Type.Array(PaidOwnerInput, { minItems: 1, maxItems: MAX_PAYMENTS_PER_BATCH })),
});
export type CustodyTransient = StaticDecode<typeof CustodyTransientSchema>;
export type OwnerTransient = StaticDecode<typeof OwnerInput>;
export type PaidOwnerTransient = StaticDecode<typeof PaidOwnerInput>;
export const custodyTransientCodec = codec(CustodyTransientSchema);

/** The transient `account` field of a segregated account's opening: its one owner. */
export const AccountTransientSchema = Closed({ owner: Id });
export const accountTransientCodec = codec(AccountTransientSchema);
