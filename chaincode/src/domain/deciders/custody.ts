import { requireRole } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { isCustodyAccount, ownerAsHolder, ownerDelta, positionAmount, type CustodyFacts, type OwnerFacts } from '../custody';
import { accept, reject, type Decision, type Rejection } from '../decision';
import type { DomainEvent, EventOf } from '../events';
import type { Identity } from '../identity';
import { DEFAULT_PARTITION } from '../partition';
import type { RuleSet } from '../security';
import { isActiveOperator, operatorRef } from '../operator';
import { nameOf, partyOf, sameParty, type Party } from '../party';
import { evaluateRules, type TransferFacts } from '../rules';
import { holdersIn, holdingOf, jurisdictionOf, refs, type Refs, type Slice } from '../slice';
import { findActiveIdentity, findIdentity, findPlainSecurity, type Found } from './lookup';
import { requireSender } from './movement';

type CustodyCommand = CommandOf<'OpenCustodyAccount' | 'CustodyDeposit' | 'CustodyWithdraw' | 'CustodyMove'>;
type Owners = EventOf<'CustodyMoved'>['owners'];

/**
 * The account, the security and its stats (custody movements may always move the holder counts: an owner's
 * position crossing zero is private until decided), the public party, and the owners' jurisdiction counts.
 */
export function custodyRefs(cmd: CustodyCommand, { actor, custody }: Envelope): Refs {
  if (cmd.kind === 'OpenCustodyAccount') return refs({ identities: [cmd.accountId] });
  const party = cmd.kind === 'CustodyDeposit' ? [cmd.from] : cmd.kind === 'CustodyWithdraw' ? [cmd.to] : [];
  const owners = [custody?.from, custody?.to].flatMap((owner) => (owner ? [[cmd.securityId, owner.jurisdiction] as const] : []));
  return refs({
    securities: [cmd.securityId], stats: [cmd.securityId], identities: [cmd.accountId, ...party],
    holdings: [cmd.accountId, ...party].map((holder) => [cmd.securityId, holder] as const), jurisdictions: owners,
    operators: cmd.kind === 'CustodyDeposit' ? [[cmd.securityId, cmd.from, partyOf(actor)]] : [],
  });
}

/** The public party's jurisdiction count, once its identity is loaded (its holding may cross zero). */
export function custodyPartyRefs(cmd: CustodyCommand, slice: Slice): Refs {
  if (cmd.kind === 'CustodyDeposit') return refs({ jurisdictions: jurisdictionOf(slice, cmd.securityId, cmd.from) });
  if (cmd.kind === 'CustodyWithdraw') return refs({ jurisdictions: jurisdictionOf(slice, cmd.securityId, cmd.to) });
  return refs({});
}

export function decideCustody(cmd: CustodyCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  if (cmd.kind === 'OpenCustodyAccount') return decideOpen(cmd, env, slice);
  const account = findAccount(slice, cmd.accountId);
  if (!account.ok) return account;
  const security = findPlainSecurity(slice, cmd.securityId);
  if (!security.ok) return security;
  const unenforceable = custodyUnenforceable(security.value.security.id, security.value.security.rules);
  if (unenforceable) return unenforceable;
  const facts = env.custody ?? {};
  const misfit = ownerMisfit(cmd, account.value, facts);
  if (misfit) return misfit;
  switch (cmd.kind) {
    case 'CustodyDeposit':
      return decideDeposit(cmd, env, slice, account.value, facts);
    case 'CustodyWithdraw':
      return decideWithdraw(cmd, env, slice, account.value, facts);
    case 'CustodyMove':
      return decideMove(cmd, env, slice, account.value, facts);
  }
}

/**
 * Rules custody cannot keep: a transfer fee is charged on holder transfers, and venue limits counted on the
 * investor's own holding; inside an account neither has a public holder to charge or count, so a deposit
 * and a withdrawal would move units around them. A security with either is not held in custody.
 */
function custodyUnenforceable(securityId: string, rules: RuleSet): Rejection | null {
  const rulesSet = (['transferFee', 'venueLimits'] as const).filter((rule) => rules[rule] !== undefined);
  if (rulesSet.length === 0) return null;
  return reject('ST2-CUSTODY-RULE', `${securityId}'s ${rulesSet.join(' and ')} cannot be kept inside a custody account.`, { securityId, rules: rulesSet });
}

/** A custodian opens an account of its own org, under an id no identity has. */
function decideOpen(cmd: CommandOf<'OpenCustodyAccount'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const denied = requireRole(actor, 'custodian');
  if (denied) return denied;
  if (slice.identities[cmd.accountId]) return reject('ST2-ALREADY-EXISTS', `Identity ${cmd.accountId} already exists.`, { identity: cmd.accountId });
  return accept([{ type: 'CustodyAccountOpened', v: 1, at, accountId: cmd.accountId, org: actor.org, custodian: partyOf(actor), accountType: cmd.accountType, jurisdiction: cmd.jurisdiction }]);
}

function findAccount(slice: Slice, id: string): Found<Identity> {
  const identity = findIdentity(slice, id);
  if (!identity.ok || isCustodyAccount(identity.value)) return identity;
  return reject('ST2-NOT-FOUND', `${id} is not a custody account.`, { account: id });
}

/** Each movement names the owners it needs; a segregated account holds for its one owner only, and has no moves between owners. */
function ownerMisfit(cmd: CommandOf<'CustodyDeposit' | 'CustodyWithdraw' | 'CustodyMove'>, account: Identity, facts: CustodyFacts): Rejection | null {
  const needed = cmd.kind === 'CustodyDeposit' ? [facts.to] : cmd.kind === 'CustodyWithdraw' ? [facts.from] : [facts.from, facts.to];
  if (needed.some((owner) => owner === undefined) || (cmd.kind === 'CustodyMove' && facts.amount === undefined)) {
    return reject('ST2-INVALID-INPUT', `A custody ${cmd.kind} names its beneficial owners privately (transient 'custody').`, { account: account.id });
  }
  if (account.custody?.kind !== 'segregated') return null;
  if (cmd.kind === 'CustodyMove') return reject('ST2-CUSTODY-OWNER', `${account.id} is segregated: it has no moves between owners.`, { account: account.id });
  const owner = (cmd.kind === 'CustodyDeposit' ? facts.to : facts.from)?.owner;
  if (owner === facts.segregatedOwner) return null;
  return reject('ST2-CUSTODY-OWNER', `${account.id} is segregated: it holds for its one beneficial owner only.`, { account: account.id });
}

/** The account's custodian itself: its `custodian` certificate, of its org and id. */
export function isCustodianOf(actor: Envelope['actor'], account: Identity): boolean {
  const custodian = account.custody?.custodian;
  return actor.role === 'custodian' && custodian !== undefined && sameParty(actor, custodian);
}

/** The account's custodian itself (its org and id): whoever else is refused. */
function requireCustodianOf(actor: Envelope['actor'], account: Identity): Rejection | null {
  if (isCustodianOf(actor, account)) return null;
  return reject('ST2-UNAUTHORIZED', `Only ${account.id}'s custodian may move its units; ${nameOf(actor)} (${actor.role}) may not.`, { account: account.id });
}

/**
 * Into custody: by the holder itself (for itself), or by the custodian as its operator (an operator of the
 * holder, acting for this account, for any owner it attests). Every holder-transfer rule applies with the holder as sender and the beneficial owner as
 * recipient (its position, its attested jurisdiction, counted as a holder on its own).
 */
function decideDeposit(cmd: CommandOf<'CustodyDeposit'>, { actor, at }: Envelope, slice: Slice, account: Identity, facts: CustodyFacts): Decision<DomainEvent> {
  const asOperator = actor.role !== 'investor';
  const denied = asOperator ? requireCustodianOf(actor, account) ?? requireOperator(slice, cmd, actor) : requireSender(actor, cmd.from, slice);
  if (denied) return denied;
  const to = facts.to as OwnerFacts;
  const sender = findActiveIdentity(slice, cmd.from);
  if (!sender.ok) return sender;
  if (!asOperator && !depositsForItself(sender.value, to)) {
    return reject('ST2-CUSTODY-OWNER', `A holder deposits for itself, as its public identity says; for another owner, the custodian deposits as its operator.`, { account: account.id });
  }
  return custodyInDecision(slice, { securityId: cmd.securityId, account, amount: cmd.amount, at }, sender.value, to, asOperator ? partyOf(actor) : undefined);
}

/** One custody leg: which security, which account, how much, when. */
export interface CustodyLeg {
  readonly securityId: string;
  readonly account: Identity;
  readonly amount: bigint;
  readonly at: number;
}

/**
 * A public holder's units into the account for the beneficial owner `to` (a deposit, or a settlement leg the
 * account receives): every holder-transfer rule with the holder as sender and the owner as recipient.
 */
export function custodyInDecision(slice: Slice, { securityId, account, amount, at }: CustodyLeg, sender: Identity, to: OwnerFacts, operator?: Party): Decision<DomainEvent> {
  const refused = unenforceableIn(slice, securityId) ?? judge(slice, securityId, { identity: sender, holding: holdingOf(slice, securityId, sender.id) }, ownerAsHolder(account, holdingOf(slice, securityId, account.id), to), amount, at);
  if (refused) return refused;
  return accept([{ type: 'CustodyDeposited', v: 1, at, securityId, accountId: account.id, from: sender.id, amount, owners: crossings([[to, amount]]), ...(operator ? { operator } : {}) }]);
}

/**
 * The beneficial owner `from`'s units out of the account to a public recipient (a withdrawal, or a settlement
 * leg the account delivers): the owner as sender (its position, the account's freeze), every rule applied.
 */
export function custodyOutDecision(slice: Slice, { securityId, account, amount, at }: CustodyLeg, from: OwnerFacts, recipient: Identity): Decision<DomainEvent> {
  const refused = unenforceableIn(slice, securityId) ?? judge(slice, securityId, ownerAsHolder(account, holdingOf(slice, securityId, account.id), from), { identity: recipient, holding: holdingOf(slice, securityId, recipient.id) }, amount, at);
  if (refused) return refused;
  return accept([{ type: 'CustodyWithdrawn', v: 1, at, securityId, accountId: account.id, to: recipient.id, amount, owners: crossings([[from, -amount]]) }]);
}

function unenforceableIn(slice: Slice, securityId: string): Rejection | null {
  const found = findPlainSecurity(slice, securityId);
  return found.ok ? custodyUnenforceable(securityId, found.value.security.rules) : found;
}

/**
 * Only the custodian attests an owner's facts. A holder depositing on its own is the owner, with the
 * jurisdiction and type of its public identity.
 */
function depositsForItself(holder: Identity, to: OwnerFacts): boolean {
  return to.owner === holder.id && to.jurisdiction === holder.jurisdiction && to.investorType === holder.investorType;
}

function requireOperator(slice: Slice, cmd: CommandOf<'CustodyDeposit'>, actor: Envelope['actor']): Rejection | null {
  if (isActiveOperator(slice.operators[operatorRef(cmd.securityId, cmd.from, actor)])) return null;
  return reject('ST2-NOT-OPERATOR', `${nameOf(actor)} is not an operator of ${cmd.from} for ${cmd.securityId}.`, { securityId: cmd.securityId, holder: cmd.from, operator: partyOf(actor) });
}

/** Out of custody, by the custodian: the owner as sender (its position, the account's freeze), `to` as any recipient. */
function decideWithdraw(cmd: CommandOf<'CustodyWithdraw'>, { actor, at }: Envelope, slice: Slice, account: Identity, facts: CustodyFacts): Decision<DomainEvent> {
  const denied = requireCustodianOf(actor, account);
  if (denied) return denied;
  const from = facts.from as OwnerFacts;
  const recipient = findActiveIdentity(slice, cmd.to);
  if (!recipient.ok) return recipient;
  return custodyOutDecision(slice, { securityId: cmd.securityId, account, amount: cmd.amount, at }, from, recipient.value);
}

/** Between two owners of an omnibus account: no public movement, every rule checked between the two owners. */
function decideMove(cmd: CommandOf<'CustodyMove'>, { actor, at }: Envelope, slice: Slice, account: Identity, facts: CustodyFacts): Decision<DomainEvent> {
  const denied = requireCustodianOf(actor, account);
  if (denied) return denied;
  const [from, to, amount] = [facts.from as OwnerFacts, facts.to as OwnerFacts, facts.amount as bigint];
  if (amount <= 0n) return reject('ST2-INVALID-INPUT', 'A move between owners moves a positive amount.', { account: account.id });
  if (from.owner === to.owner) return reject('ST2-SELF-TRANSFER', 'Sender and recipient are the same beneficial owner.');
  const accountHolding = holdingOf(slice, cmd.securityId, account.id);
  const judged = judge(slice, cmd.securityId, ownerAsHolder(account, accountHolding, from), ownerAsHolder(account, accountHolding, to), amount, at);
  if (judged) return judged;
  return accept([{ type: 'CustodyMoved', v: 1, at, securityId: cmd.securityId, accountId: account.id, owners: crossings([[from, -amount], [to, amount]]) }]);
}

/**
 * Every rule of a holder transfer on these two sides. The account is never a holder in the counts, so the
 * holder-count rules see the owners: an owner's side is its position (`ownerAsHolder`).
 */
function judge(slice: Slice, securityId: string, sender: NonNullable<TransferFacts['sender']>, recipient: TransferFacts['recipient'], amount: bigint, at: number): Rejection | null {
  const found = findPlainSecurity(slice, securityId);
  if (!found.ok) return found;
  const facts: TransferFacts = { ...found.value, holdersIn: (country) => holdersIn(slice, securityId, country), sender, recipient, issuers: slice.issuers, feeds: slice.feeds, amount, at, partition: DEFAULT_PARTITION };
  return evaluateRules(facts).broken;
}

/** The owners whose position crosses zero, by jurisdiction (what the public counts need, nothing more). */
function crossings(changes: readonly (readonly [OwnerFacts, bigint])[]): Owners {
  return changes.flatMap(([owner, delta]) => {
    const before = positionAmount(owner);
    const crossing = ownerDelta(before, before + delta);
    return crossing === 0 ? [] : [{ jurisdiction: owner.jurisdiction, delta: crossing as 1 | -1 }];
  });
}
