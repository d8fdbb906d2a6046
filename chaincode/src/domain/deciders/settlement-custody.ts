import type { Envelope } from '../commands';
import { isCustodyAccount, type CustodyFacts, type OwnerFacts } from '../custody';
import { reject, type Decision, type Rejection } from '../decision';
import type { DomainEvent } from '../events';
import type { Identity } from '../identity';
import { deliveries, type Settlement, type Side } from '../settlement';
import { refs, type Refs, type Slice } from '../slice';
import { custodyInDecision, custodyOutDecision, isCustodianOf } from './custody';
import { findActiveIdentity, findIdentity, type Found } from './lookup';

/** One delivery of an instruction: who delivers which leg to whom. */
export type Delivery = ReturnType<typeof deliveries>[number];

/**
 * A settlement whose party is a custody account (docs/settlement.md, "Custody accounts as parties"). The public
 * instruction names the account; the beneficial owner it trades for is private: its custodian names it when it
 * settles, with the owner's positions in the two legs' securities (transient `custody`, checked by every
 * endorser against the ledger's hashes, as a custody movement's). The leg the account delivers leaves the
 * owner's position (`custody.from`), the leg it receives reaches it (`custody.to`): each leg is a custody
 * withdrawal or deposit between the account and the other party, judged on the owner, in the same transaction.
 */
export interface CustodyParty {
  readonly account: Identity;
  readonly side: Side;
}

/** The party that is a custody account, when one is (at most one is: see `bothCustodyAccounts`). */
export function custodyPartyOf({ seller, buyer }: Pick<Settlement, 'seller' | 'buyer'>, slice: Slice): CustodyParty | null {
  const [sellerIdentity, buyerIdentity] = [slice.identities[seller], slice.identities[buyer]];
  if (sellerIdentity && isCustodyAccount(sellerIdentity)) return { account: sellerIdentity, side: 'seller' };
  if (buyerIdentity && isCustodyAccount(buyerIdentity)) return { account: buyerIdentity, side: 'buyer' };
  return null;
}

/**
 * Two custody accounts would need two custodians' private facts in one transaction, each endorsed against the
 * other's hashes: not supported; the custodians settle through one account and a public holding.
 */
export function bothCustodyAccounts({ seller, buyer }: Pick<Settlement, 'seller' | 'buyer'>, slice: Slice): Rejection | null {
  if (!isCustodyAccount(slice.identities[seller]) || !isCustodyAccount(slice.identities[buyer])) return null;
  return reject('ST2-CUSTODY-ACCOUNT', 'At most one party to a settlement is a custody account.', { seller, buyer });
}

/** A party units may be delivered to or from: an active identity, or a custody account (for a beneficial owner). */
export function findSettlementParty(slice: Slice, id: string): Found<Identity> {
  return isCustodyAccount(slice.identities[id]) ? findIdentity(slice, id) : findActiveIdentity(slice, id);
}

/** The side the actor takes as the custodian of the instruction's custody account, or null when it is not that. */
export function custodianSide(actor: Envelope['actor'], parties: Pick<Settlement, 'seller' | 'buyer'>, slice: Slice): Side | null {
  const party = custodyPartyOf(parties, slice);
  return party && isCustodianOf(actor, party.account) ? party.side : null;
}

/** The owners' jurisdiction counts a custody settlement may move (an owner's position crossing zero), and the stats. */
export function custodySettleRefs(settlement: Settlement, { custody }: Envelope, slice: Slice): Refs {
  const party = custodyPartyOf(settlement, slice);
  if (!party || !custody) return refs({});
  const legs = deliveries(settlement);
  const owners = legs.flatMap(({ from, to, leg }) => {
    const owner = from === party.account.id ? custody.from : to === party.account.id ? custody.to : undefined;
    return owner ? [[leg.securityId, owner.jurisdiction] as const] : [];
  });
  return refs({ stats: legs.map(({ leg }) => leg.securityId), jurisdictions: owners });
}

/**
 * The owner's facts the instruction needs: one for each leg touching the account, the same owner on both, and
 * a segregated account's own owner. Settled without them (by the other party, whose peer cannot read the
 * sub-ledger), it is refused: the custodian settles such an instruction.
 */
export function ownerFactsMisfit(settlement: Settlement, { account }: CustodyParty, facts: CustodyFacts | undefined): Rejection | null {
  const needed = deliveries(settlement).map(({ from }) => (from === account.id ? facts?.from : facts?.to));
  const settlementId = settlement.id;
  if (needed.some((owner) => owner === undefined)) {
    return reject('ST2-INVALID-INPUT', `Settlement ${settlementId} has custody account ${account.id} as a party: its custodian settles it, naming the beneficial owner privately (transient 'custody').`, { settlementId, account: account.id });
  }
  const owners = new Set((needed as OwnerFacts[]).map((owner) => owner.owner));
  if (owners.size !== 1) return reject('ST2-INVALID-INPUT', `Both legs of settlement ${settlementId} are for one beneficial owner.`, { settlementId, account: account.id });
  if (account.custody?.kind === 'segregated' && !owners.has(facts?.segregatedOwner ?? '')) {
    return reject('ST2-CUSTODY-OWNER', `${account.id} is segregated: it holds for its one beneficial owner only.`, { settlementId, account: account.id });
  }
  return null;
}

/** A leg touching the account: a custody deposit (the account receives) or withdrawal (it delivers), for the owner. */
export function custodyLegDecision(delivery: Delivery, { account }: CustodyParty, facts: CustodyFacts, at: number, slice: Slice): Decision<DomainEvent> {
  const other = findActiveIdentity(slice, delivery.from === account.id ? delivery.to : delivery.from);
  if (!other.ok) return other;
  const leg = { securityId: delivery.leg.securityId, account, amount: delivery.leg.amount, at };
  return delivery.from === account.id ? custodyOutDecision(slice, leg, facts.from as OwnerFacts, other.value) : custodyInDecision(slice, leg, other.value, facts.to as OwnerFacts);
}
