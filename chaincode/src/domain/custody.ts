import type { StaticDecode } from '@sinclair/typebox';
import type { Holding } from './holding';
import { InvestorType, type Identity } from './identity';
import { Amount, Closed, Id, Jurisdiction, Timestamp } from './schema';

/**
 * Custody accounts (docs/custody.md). An account is an identity of its custodian on the public ledger: it holds
 * units like any holder, and the public sees its aggregate balance. Who owns what inside it (its beneficial
 * owners and their positions) is the custodian's sub-ledger, kept in the custodian's org collection and the
 * audit collection: other members see none of it, the regulator sees all of it.
 *
 * Units enter and leave an account only through the custody commands, each in one transaction with its
 * sub-ledger entry, so the sub-ledger always sums to the public balance (reconciliation). Compliance counts
 * beneficial owners: the account itself is never a holder in the counts; an owner's position crossing zero
 * moves the security's holder count and its jurisdiction's count, by attested facts (see `CustodyFacts`).
 */
/**
 * One beneficial owner's position in one security inside one account: private (custodian's collection and
 * audit). `jurisdiction` and `investorType` are what the custodian attests about its client when the owner
 * first enters (the rules count and check the owner by them); the regulator checks them against the public
 * identity registry through the audit collection.
 */
export const CustodyPositionSchema = Closed({
  accountId: Id,
  securityId: Id,
  owner: Id,
  jurisdiction: Jurisdiction,
  investorType: InvestorType,
  amount: Amount,
  updatedAt: Timestamp,
});
export type CustodyPosition = StaticDecode<typeof CustodyPositionSchema>;

/** The owner's side of a custody movement, as the adapter verified it: the stored position, or a new owner's attested facts. */
export interface OwnerFacts {
  readonly owner: string;
  /** Null: the owner holds nothing of this security in the account yet. */
  readonly position: CustodyPosition | null;
  readonly jurisdiction: string;
  readonly investorType: Identity['investorType'];
}

/**
 * Private facts of a custody movement, given to the decider by the adapter after checking each stored
 * position against the hash the ledger keeps of it (every endorser can read the hash, none but the
 * custodian's peer the value): `from` the owner units leave, `to` the owner units reach, `amount` for a move
 * inside an omnibus account (whose amount is private), `segregatedOwner` the owner a segregated account is for.
 */
export interface CustodyFacts {
  readonly from?: OwnerFacts;
  readonly to?: OwnerFacts;
  readonly amount?: bigint;
  readonly segregatedOwner?: string;
  /** A distribution paid into the account: each beneficial owner's positions (custody-distributions.ts). */
  readonly owners?: readonly OwnerEntitlement[];
}

/**
 * One beneficial owner of an account a distribution pays (docs/custody.md, "Distributions"): its position in
 * the distributed security (what it is paid for) and in the cash it is paid in (null position: none yet; it
 * enters with the facts attested for its security position), each as verified against the ledger's hashes.
 */
export interface OwnerEntitlement {
  readonly security: OwnerFacts;
  readonly cash: OwnerFacts;
  /**
   * The owner's private marker for this distribution or corporate action exists (an earlier batch paid it, or
   * applied the action to it), as its hash on the ledger shows.
   */
  readonly marked?: boolean;
}

/**
 * A beneficial owner's private paid marker in one distribution (the custodian's collection and audit): one key
 * per owner paid, written by the batch that pays it, so a replayed or overlapping batch pays nobody twice.
 */
export const OwnerPayoutSchema = Closed({ distributionId: Id, accountId: Id, owner: Id, units: Amount, amount: Amount, paidAt: Timestamp });
export type OwnerPayout = StaticDecode<typeof OwnerPayoutSchema>;

/** A beneficial owner's private marker in one corporate action applied to its account: written once, by the batch applying it. */
export const OwnerAdjustmentSchema = Closed({ actionId: Id, accountId: Id, owner: Id, units: Amount, newUnits: Amount, cash: Amount, appliedAt: Timestamp });
export type OwnerAdjustment = StaticDecode<typeof OwnerAdjustmentSchema>;

export function isCustodyAccount(identity: Identity | undefined): boolean {
  return identity?.custody !== undefined;
}

/** The owner's amount, 0 before it holds any. */
export function positionAmount(owner: OwnerFacts): bigint {
  return owner.position?.amount ?? 0n;
}

/**
 * The owner as the rules see it: the account's identity (the custodian's KYC and claims stand for the
 * client it vouches for) with the owner's id and attested jurisdiction and type; its position as the
 * holding (the account's whole-holding freeze applies to every owner in it).
 */
export function ownerAsHolder(account: Identity, accountHolding: Holding, owner: OwnerFacts): { identity: Identity; holding: Holding } {
  const amount = positionAmount(owner);
  return {
    identity: { ...account, id: owner.owner, jurisdiction: owner.jurisdiction, investorType: owner.investorType },
    holding: {
      securityId: accountHolding.securityId, holder: owner.owner, balance: amount, frozen: accountHolding.frozen, frozenAmount: 0n,
      lots: amount > 0n ? [{ amount, acquiredAt: owner.position?.updatedAt ?? 0 }] : [], windows: [],
    },
  };
}

/** The owner's position after a movement of `delta` (positive in, negative out). */
export function positionAfter(owner: OwnerFacts, accountId: string, securityId: string, delta: bigint, at: number): CustodyPosition {
  return { accountId, securityId, owner: owner.owner, jurisdiction: owner.jurisdiction, investorType: owner.investorType, amount: positionAmount(owner) + delta, updatedAt: at };
}

/** +1 when the owner's position becomes positive, -1 when it empties, else 0: what the holder counts move by. */
export function ownerDelta(before: bigint, after: bigint): number {
  return Number(after > 0n) - Number(before > 0n);
}
