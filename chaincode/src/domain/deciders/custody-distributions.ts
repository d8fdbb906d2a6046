import type { CommandOf, Envelope } from '../commands';
import { isCustodyAccount, positionAmount, type OwnerEntitlement } from '../custody';
import { accept, reject, type Decision, type Rejection } from '../decision';
import { entitlementOf, isPaid, payoutRef, type Distribution } from '../distribution';
import type { DomainEvent, EventOf } from '../events';
import { evolve, evolveAll } from '../evolve';
import type { Identity } from '../identity';
import { holdingOf, jurisdictionOf, refs, unionRefs, type Refs, type Slice } from '../slice';
import { valueAt } from '../snapshots';
import { custodyInDecision, isCustodianOf } from './custody';
import { findActiveIdentity, findIdentity, type Found } from './lookup';

/**
 * Distributions paid into custody accounts (docs/custody.md, "Distributions"). The public ledger knows the
 * account's units at the record time; who owns them is the custodian's sub-ledger. So the account's custodian
 * claims the account's payment, naming its beneficial owners privately (transient `custody`, each position
 * checked by every endorser against the ledger's hash): each owner is paid for its position as a holder would
 * be (floor of units × rate), into its cash position in the account, in one transaction.
 *
 * Record-time positions: the sub-ledger keeps no history, so the owners' positions at the record time are proven
 * by keeping them still. From a distribution's record time until the account is paid, no custody movement may
 * change the account's units of that security (`custodyRecordProblem`, ST2-CUSTODY-RECORD-PENDING); at the
 * payment, the owners' current positions are their record-time positions, and naming positions that add up to
 * the account's record-time units names every owner (positions are never negative).
 *
 * Batches: an account with more owners than one transaction may name is paid in batches of at most
 * MAX_PAYMENTS_PER_BATCH owners. Each owner paid gets a private marker (its own key, checked through its hash by
 * every endorser: `paid`), so no owner is paid twice; the account's public marker sums the batches and keeps
 * what is `outstanding` of its record-time units, and the account is paid (its freeze lifted) by the batch that
 * names the last of them. A batch naming more than is outstanding is refused.
 */
type PayCustody = CommandOf<'PayCustodyDistribution'>;

export function custodyPaymentRefs(cmd: PayCustody): Refs {
  return refs({ distributions: [cmd.distributionId], identities: [cmd.accountId], payouts: [[cmd.distributionId, cmd.accountId]] });
}

/**
 * Once the distribution is loaded: both securities and their stats (owners may cross zero in either), the
 * account's and the payer's holdings, the payer, and the jurisdiction counts the owners and the payer may move.
 */
export function custodyPaymentDependentRefs(cmd: PayCustody, slice: Slice, { custody }: Envelope): Refs {
  const distribution = slice.distributions[cmd.distributionId];
  if (!distribution) return refs({});
  const { securityId, cashSecurityId, payer } = distribution;
  const owners = custody?.owners ?? [];
  return unionRefs([
    refs({
      securities: [securityId, cashSecurityId], stats: [securityId, cashSecurityId], identities: [payer],
      holdings: [[securityId, cmd.accountId], [cashSecurityId, cmd.accountId], [cashSecurityId, payer]],
      jurisdictions: owners.flatMap(({ security, cash }) => [[securityId, security.jurisdiction] as const, [cashSecurityId, cash.jurisdiction] as const]),
    }),
    refs({ jurisdictions: jurisdictionOf(slice, cashSecurityId, payer) }),
  ]);
}

/**
 * By the account's custodian, from the payment date, once per account: the account's payment
 * (`DistributionPaid` naming the account, its record-time units and what its owners were paid in all), one
 * `CustodyDeposited` of the cash from the payer into the account (each owner judged by the cash token's rules
 * as the recipient of its own payment; the event names no owner), and for a redemption the account's units
 * burned with its owners' positions (`CustodyRedeemed`).
 */
export function decidePayCustody(cmd: PayCustody, env: Envelope, slice: Slice): Decision<DomainEvent> {
  const claim = claimOf(cmd, env, slice);
  if (!claim.ok) return claim;
  const { distribution, account, outstanding } = claim.value;
  const named = batchOwners(env.custody?.owners, account, outstanding);
  if (!named.ok) return named;
  const { owners, units } = named.value;
  const payer = findActiveIdentity(slice, distribution.payer);
  if (!payer.ok) return payer;
  const amounts = ownerAmounts(owners, distribution);
  const total = amounts.reduce((sum, amount) => sum + amount, 0n);
  const { id: distributionId, securityId, cashSecurityId } = distribution;
  const left = outstanding - units;
  const payment = { holder: account.id, units, amount: total, ...(left > 0n ? { outstanding: left } : {}) };
  const paid: DomainEvent = { type: 'DistributionPaid', v: 1, at: env.at, distributionId, securityId, cashSecurityId, payments: [payment] };
  const deposited = depositToOwners(owners, amounts, { account, payer: payer.value, cashSecurityId, at: env.at }, evolve(slice, paid));
  if (!deposited.ok) return deposited;
  const redeemed: DomainEvent[] = distribution.redemption
    ? [{ type: 'CustodyRedeemed', v: 1, at: env.at, securityId, accountId: account.id, amount: units, owners: owners.map(({ security }) => ({ jurisdiction: security.jurisdiction, delta: -1 as const })) }]
    : [];
  return accept([paid, ...deposited.events, ...redeemed]);
}

/**
 * What each owner is paid, in order: floor(its record-time position × rate), the holders' rounding rule with
 * each owner a holder (what rounding leaves goes to the remainder at the close, as for any holder).
 */
export function ownerAmounts(owners: readonly OwnerEntitlement[], distribution: Distribution): bigint[] {
  return owners.map((owner) => entitlementOf(positionAmount(owner.security), distribution.rate));
}

interface Claim {
  readonly distribution: Distribution;
  readonly account: Identity;
  /** The account's units at the record time that no earlier batch has named. */
  readonly outstanding: bigint;
}

/** A declared, due distribution, a custody account of the caller (its custodian), not paid yet, that held units at the record time. */
function claimOf(cmd: PayCustody, { actor, at }: Envelope, slice: Slice): Found<Claim> {
  const distribution = slice.distributions[cmd.distributionId];
  if (!distribution) return reject('ST2-NOT-FOUND', `Unknown distribution ${cmd.distributionId}.`, { distributionId: cmd.distributionId });
  const account = findIdentity(slice, cmd.accountId);
  if (!account.ok) return account;
  if (!isCustodyAccount(account.value)) return reject('ST2-NOT-FOUND', `${cmd.accountId} is not a custody account.`, { account: cmd.accountId });
  if (!isCustodianOf(actor, account.value)) return reject('ST2-UNAUTHORIZED', `Only ${cmd.accountId}'s custodian claims its payments.`, { account: cmd.accountId });
  if (distribution.status === 'closed') return reject('ST2-DISTRIBUTION-CLOSED', `Distribution ${distribution.id} is closed.`, { distributionId: distribution.id });
  if (at < distribution.paymentDate) {
    return reject('ST2-DISTRIBUTION-NOT-DUE', `Distribution ${distribution.id} is paid from ${new Date(distribution.paymentDate).toISOString()}.`, { paymentDate: distribution.paymentDate });
  }
  const payout = slice.payouts[payoutRef(distribution.id, cmd.accountId)];
  if (isPaid(payout)) return reject('ST2-ALREADY-PAID', `${cmd.accountId} has already been paid ${distribution.id}.`, { holder: cmd.accountId });
  const holding = holdingOf(slice, distribution.securityId, cmd.accountId);
  const units = valueAt(holding.snapshots, holding.balance, distribution.recordTime);
  if (units === 0n) return reject('ST2-NO-ENTITLEMENT', `${cmd.accountId} held no ${distribution.securityId} at the record time.`, { holder: cmd.accountId });
  return { ok: true, value: { distribution, account: account.value, outstanding: payout?.outstanding ?? units } };
}

/**
 * A batch of owners: distinct, each holding units, none marked by an earlier batch (`already`: that batch's
 * code), their positions adding up to no more than the account's `outstanding` units (past it, some owner was
 * not there at the record or effective time).
 */
export function batchOwners(
  owners: readonly OwnerEntitlement[] | undefined, account: Identity, outstanding: bigint, already: 'ST2-ALREADY-PAID' | 'ST2-ALREADY-ADJUSTED' = 'ST2-ALREADY-PAID',
): Found<{ owners: readonly OwnerEntitlement[]; units: bigint }> {
  if (!owners || owners.length === 0) {
    return reject('ST2-INVALID-INPUT', `The custodian names ${account.id}'s beneficial owners privately (transient 'custody').`, { account: account.id });
  }
  if (new Set(owners.map(({ security }) => security.owner)).size !== owners.length) return reject('ST2-INVALID-INPUT', 'Each beneficial owner is named once.', { account: account.id });
  const empty = owners.findIndex(({ security }) => positionAmount(security) === 0n);
  const marked = owners.findIndex((owner) => owner.marked === true);
  // A marked owner first: after a redemption's batch its position is empty too, and "done" is the truth.
  if (marked >= 0) return reject(already, `Beneficial owner ${marked} of ${account.id} was done by an earlier batch.`, { account: account.id, index: marked });
  if (empty >= 0) return reject('ST2-INVALID-INPUT', `Beneficial owner ${empty} holds nothing in ${account.id}.`, { account: account.id, index: empty });
  const units = owners.reduce((sum, { security }) => sum + positionAmount(security), 0n);
  if (units <= outstanding) return { ok: true, value: { owners, units } };
  return reject('ST2-CUSTODY-POSITIONS', `The owners named hold ${units}; ${account.id} has ${outstanding} units left to apply.`, {
    account: account.id, named: units.toString(), outstanding: outstanding.toString(),
  });
}

export interface Deposit {
  readonly account: Identity;
  readonly payer: Identity;
  readonly cashSecurityId: string;
  readonly at: number;
}

/**
 * Each owner's cash from the payer into the account, judged in turn by the cash token's rules with the owner as
 * recipient, as one public deposit of the sum: per-owner amounts would show each owner's position.
 */
export function depositToOwners(owners: readonly OwnerEntitlement[], amounts: readonly bigint[], { account, payer, cashSecurityId, at }: Deposit, slice: Slice): Decision<DomainEvent> {
  const deposits: EventOf<'CustodyDeposited'>[] = [];
  let current = slice;
  for (const [index, owner] of owners.entries()) {
    const amount = amounts[index] ?? 0n;
    if (amount === 0n) continue;
    const moved = custodyInDecision(current, { securityId: cashSecurityId, account, amount, at }, payer, owner.cash);
    if (!moved.ok) return reject(moved.code, `Paying beneficial owner ${index}: ${moved.message}`, { ...moved.details, index });
    deposits.push(...moved.events.filter((e): e is EventOf<'CustodyDeposited'> => e.type === 'CustodyDeposited'));
    current = evolveAll(current, moved.events);
  }
  const [first] = deposits;
  if (!first) return accept([]);
  return accept([{ ...first, amount: deposits.reduce((sum, d) => sum + d.amount, 0n), owners: deposits.flatMap((d) => d.owners) }]);
}

/**
 * What the record freeze reads: for each custody account's holding in the slice, the distributions of its
 * security's open snapshots and the account's payout marker in each.
 */
export function custodyRecordRefs(slice: Slice): Refs {
  const pairs = Object.values(slice.holdings)
    .filter((holding) => isCustodyAccount(slice.identities[holding.holder]))
    .flatMap((holding) => (slice.securities[holding.securityId]?.snapshots ?? []).map((snapshot) => [snapshot.id, holding.holder] as const));
  return refs({ distributions: pairs.map(([id]) => id), payouts: pairs });
}

type CustodyMovement = EventOf<'CustodyDeposited' | 'CustodyWithdrawn' | 'CustodyMoved'>;
const isCustodyMovement = (e: DomainEvent): e is CustodyMovement => e.type === 'CustodyDeposited' || e.type === 'CustodyWithdrawn' || e.type === 'CustodyMoved';

/**
 * The record freeze (ST2-CUSTODY-RECORD-PENDING): once a distribution's record time has passed, a custody
 * movement (deposit, withdrawal, move, a settlement's leg) of its security in an account that held units then
 * and is not paid yet is refused, so the owners' positions at the payment are those at the record time.
 * Checked once on the decision's events (decide.ts), whatever command made them.
 */
export function custodyRecordProblem(before: Slice, events: readonly DomainEvent[], at: number): Rejection | null {
  for (const e of events.filter(isCustodyMovement)) {
    const pending = unpaidRecord(before, e.securityId, e.accountId, at);
    if (pending) {
      return reject('ST2-CUSTODY-RECORD-PENDING', `${e.accountId} is owed distribution ${pending.id} on its ${e.securityId} at the record time: its custodian claims it before the account's units move.`, {
        securityId: e.securityId, account: e.accountId, distributionId: pending.id,
      });
    }
  }
  return null;
}

export function unpaidRecord(slice: Slice, securityId: string, accountId: string, at: number): Distribution | undefined {
  const holding = holdingOf(slice, securityId, accountId);
  return (slice.securities[securityId]?.snapshots ?? [])
    .map((snapshot) => slice.distributions[snapshot.id])
    .find((d): d is Distribution => d !== undefined && d.securityId === securityId && d.status === 'declared' && d.recordTime < at
      && !isPaid(slice.payouts[payoutRef(d.id, accountId)]) && valueAt(holding.snapshots, holding.balance, d.recordTime) > 0n);
}
