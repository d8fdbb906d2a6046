import type { CommandOf, Envelope } from '../commands';
import { adjustmentOf, multiplierOf, type Adjustment, type CorporateAction } from '../corporate-action';
import { isCustodyAccount, positionAmount, type OwnerEntitlement } from '../custody';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { evolve, evolveAll } from '../evolve';
import { heldAmount } from '../holding';
import type { Identity } from '../identity';
import { MAX_AMOUNT } from '../schema';
import { holdingOf, jurisdictionOf, refs, unionRefs, type Refs, type Slice } from '../slice';
import { completion, newSupplyProblem } from './corporate-actions';
import { batchOwners, depositToOwners, unpaidRecord } from './custody-distributions';
import { isCustodianOf } from './custody';
import { findActiveIdentity, findIdentity, findSecurity, type Found } from './lookup';

/**
 * Splits, reverse splits and stock dividends of units held in a custody account (docs/custody.md). As for a
 * distribution, the account's custodian applies the action to the account through its beneficial owners, named
 * privately (transient `custody`, positions checked by every endorser against the ledger's hashes): each owner's
 * position becomes floor(position × ratio) and its fraction is paid in lieu, into its cash position in the account,
 * as a holder's would be. The account ends at the sum of its owners' new units. The action's lock keeps every unit
 * of the security still from the effective time, so the owners' positions are those at the effective time; named
 * positions adding up to the account's balance name every owner.
 *
 * Batches: as for a distribution, at most MAX_HOLDERS_PER_ACTION_BATCH owners a transaction, each owner applied
 * marked privately (`paid`: its marker's hash is on the ledger), so none is rescaled twice; the account's holding
 * keeps the old units still `outstanding`, and is applied (its marker complete) with the batch naming the last.
 */
type ApplyCustody = CommandOf<'ApplyCustodyCorporateAction'>;

export function custodyActionRefs(cmd: ApplyCustody): Refs {
  return refs({ corporateActions: [cmd.actionId], identities: [cmd.accountId] });
}

/** Once the action is loaded: the security, the cash in lieu's token and payer, the holdings and the counts owners may move. */
export function custodyActionDependentRefs(cmd: ApplyCustody, slice: Slice, { custody }: Envelope): Refs {
  const action = slice.corporateActions[cmd.actionId];
  if (!action) return refs({});
  const { securityId, cashInLieu } = action;
  const owners = custody?.owners ?? [];
  const own = refs({
    securities: [securityId], stats: [securityId], holdings: [[securityId, cmd.accountId]],
    jurisdictions: owners.map(({ security }) => [securityId, security.jurisdiction] as const),
  });
  if (!cashInLieu) return own;
  const { cashSecurityId, payer } = cashInLieu;
  return unionRefs([own, refs({
    securities: [cashSecurityId], stats: [cashSecurityId], identities: [payer], holdings: [[cashSecurityId, cmd.accountId], [cashSecurityId, payer]],
    jurisdictions: [...owners.map(({ cash }) => [cashSecurityId, cash.jurisdiction] as const), ...jurisdictionOf(slice, cashSecurityId, payer)],
  })]);
}

/** Each owner's new units and cash in lieu, in order (the holders' rule, with each owner a holder). */
export function ownerAdjustments(owners: readonly OwnerEntitlement[], action: CorporateAction): { units: bigint; newUnits: bigint; cash: bigint }[] {
  const multiplier = multiplierOf(action.type, action.ratio);
  return owners.map(({ security }) => {
    const units = positionAmount(security);
    return { units, ...adjustmentOf(units, multiplier, action.cashInLieu?.price) };
  });
}

/**
 * By the account's custodian, from the effective time, once per account: `CorporateActionApplied` naming the
 * account (its units, its owners' new units and cash in all), one `CustodyDeposited` of the cash in lieu into the
 * account naming no owner, `CustodyMoved` with the owners a reverse split leaves with nothing, and the completion
 * when this was the last holding.
 */
export function decideApplyCustody(cmd: ApplyCustody, env: Envelope, slice: Slice): Decision<DomainEvent> {
  const due = dueFor(cmd, env, slice);
  if (!due.ok) return due;
  const { action, account, balance, outstanding, supply } = due.value;
  const named = batchOwners(env.custody?.owners, account, outstanding, 'ST2-ALREADY-ADJUSTED');
  if (!named.ok) return named;
  const { owners, units } = named.value;
  const perOwner = ownerAdjustments(owners, action);
  const left = outstanding - units;
  const adjustment: Adjustment = {
    holder: account.id, units, newUnits: perOwner.reduce((sum, a) => sum + a.newUnits, 0n), cash: perOwner.reduce((sum, a) => sum + a.cash, 0n),
    ...(left > 0n ? { outstanding: left } : {}),
  };
  const newBalance = balance - units + adjustment.newUnits;
  if (newBalance > MAX_AMOUNT) return reject('ST2-AMOUNT-LIMIT', `${account.id}'s new balance ${newBalance} passes the maximum amount.`, {});
  const security = findSecurity(slice, action.securityId);
  if (!security.ok) return security;
  const supplyProblem = newSupplyProblem(security.value.security, supply, supply - units + adjustment.newUnits);
  if (supplyProblem) return supplyProblem;
  const applied: DomainEvent = { type: 'CorporateActionApplied', v: 1, at: env.at, actionId: action.id, securityId: action.securityId, adjustments: [adjustment] };
  const leaving = owners.flatMap(({ security: owner }, i) => (perOwner[i]?.newUnits === 0n ? [{ jurisdiction: owner.jurisdiction, delta: -1 as const }] : []));
  const gone: DomainEvent[] = leaving.length > 0 ? [{ type: 'CustodyMoved', v: 1, at: env.at, securityId: action.securityId, accountId: account.id, owners: leaving }] : [];
  const current = evolveAll(evolve(slice, applied), gone);
  const paid = cashInLieu(action, owners, perOwner.map((a) => a.cash), account, env.at, current);
  if (!paid.ok) return paid;
  return accept([applied, ...gone, ...paid.events, ...completion(action, evolveAll(current, paid.events), env.at)]);
}

interface Due {
  readonly action: CorporateAction;
  readonly account: Identity;
  /** The account's units: its old units not applied yet and the applied owners' new units. */
  readonly balance: bigint;
  /** Its old units (at the effective time: nothing moved since) that no batch has applied yet. */
  readonly outstanding: bigint;
  readonly supply: bigint;
}

/** A declared, effective action, a custody account of the caller holding units not all applied yet, not held, not owed a distribution. */
function dueFor(cmd: ApplyCustody, { actor, at }: Envelope, slice: Slice): Found<Due> {
  const action = slice.corporateActions[cmd.actionId];
  if (!action) return reject('ST2-NOT-FOUND', `Unknown corporate action ${cmd.actionId}.`, { actionId: cmd.actionId });
  const account = findIdentity(slice, cmd.accountId);
  if (!account.ok) return account;
  if (!isCustodyAccount(account.value)) return reject('ST2-NOT-FOUND', `${cmd.accountId} is not a custody account.`, { account: cmd.accountId });
  if (!isCustodianOf(actor, account.value)) return reject('ST2-UNAUTHORIZED', `Only ${cmd.accountId}'s custodian applies corporate actions to it.`, { account: cmd.accountId });
  if (action.status === 'completed') return reject('ST2-CORPORATE-ACTION-COMPLETED', `Corporate action ${action.id} was applied to every holder.`, { actionId: action.id });
  if (at < action.effectiveTime) {
    return reject('ST2-CORPORATE-ACTION-NOT-DUE', `Corporate action ${action.id} is effective from ${new Date(action.effectiveTime).toISOString()}.`, { effectiveTime: action.effectiveTime });
  }
  const holding = holdingOf(slice, action.securityId, cmd.accountId);
  const started = holding.corporateAction === action.id;
  if (started && holding.corporateActionOutstanding === undefined) return reject('ST2-ALREADY-ADJUSTED', `${cmd.accountId} was already applied ${action.id}.`, { holder: cmd.accountId });
  if (holding.balance === 0n) return reject('ST2-NO-ENTITLEMENT', `${cmd.accountId} holds no ${action.securityId}.`, { holder: cmd.accountId });
  if (heldAmount(holding, at) > 0n) return reject('ST2-HELD', `Part of ${cmd.accountId}'s holding is held: release its holds before applying ${action.id}.`, { holder: cmd.accountId });
  // The owners' positions are a distribution's record-time proof until the account is paid (custody-distributions.ts).
  const owed = unpaidRecord(slice, action.securityId, cmd.accountId, at);
  if (owed) return reject('ST2-CUSTODY-RECORD-PENDING', `${cmd.accountId} is owed distribution ${owed.id}: its custodian claims it before ${action.id} rescales the owners.`, { distributionId: owed.id, account: cmd.accountId });
  const stats = slice.stats[action.securityId];
  const outstanding = started ? holding.corporateActionOutstanding ?? 0n : holding.balance;
  return { ok: true, value: { action, account: account.value, balance: holding.balance, outstanding, supply: stats?.supply ?? 0n } };
}

/** The owners' fractions in cash from the action's payer into the account, as one deposit naming no owner. */
function cashInLieu(action: CorporateAction, owners: readonly OwnerEntitlement[], amounts: readonly bigint[], account: Identity, at: number, slice: Slice): Decision<DomainEvent> {
  const cash = action.cashInLieu;
  if (!cash || amounts.every((amount) => amount === 0n)) return accept([]);
  const payer = findActiveIdentity(slice, cash.payer);
  if (!payer.ok) return payer;
  return depositToOwners(owners, amounts, { account, payer: payer.value, cashSecurityId: cash.cashSecurityId, at }, slice);
}
