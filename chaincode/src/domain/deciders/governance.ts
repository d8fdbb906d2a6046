import { requireConsortiumAdmin, type ConsortiumPolicy } from '../consortium';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { CHANGE_TTL_MS, countingApprovals, liveChange, POLICY_KEY, sameChange, subjectOf, type ConsortiumChange } from '../governance';
import { nameOf, partyRef } from '../party';
import { refs, trustOf, type Refs, type Slice } from '../slice';
import { isTrusted, MAX_TRUSTED_ISSUERS, TRUST_KEY } from '../trust';
import { MAX_CONSORTIUM_ORGS, misplacedMessage, misplacedRole } from '../consortium';
import { feedEffects, oracleChangeRefs, releaseEffects } from './oracle';

type ChangeCommand = CommandOf<ConsortiumChange['kind']>;
type GovernanceCommand = ChangeCommand | CommandOf<'ApproveConsortiumChange'>;

/** The change's subject and, for an issuer change, the issuer and the trust registry it updates. */
function changeRefs(change: ConsortiumChange): Refs {
  const issuer = 'issuer' in change ? refs({ issuers: [change.issuer], trust: [TRUST_KEY] }) : oracleChangeRefs(change);
  return { ...issuer, changes: [subjectOf(change)], consortium: [POLICY_KEY] };
}

export function governanceRefs(cmd: GovernanceCommand): Refs {
  return cmd.kind === 'ApproveConsortiumChange' ? refs({ changes: [cmd.subject], consortium: [POLICY_KEY] }) : changeRefs(cmd);
}

/** An approval by subject: what its pending change touches, once the change is loaded. */
export function approvedChangeRefs(cmd: CommandOf<'ApproveConsortiumChange'>, slice: Slice): Refs {
  const pending = slice.changes[cmd.subject];
  return pending ? changeRefs(pending.change) : refs({});
}

export function decideGovernance(cmd: GovernanceCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  if (cmd.kind !== 'ApproveConsortiumChange') return decideChange(cmd, env, slice);
  const pending = slice.changes[cmd.subject];
  if (!pending || pending.executed) return reject('ST2-NOT-FOUND', `No consortium change is pending on ${cmd.subject}.`, { subject: cmd.subject });
  if (!liveChange(pending, env.at)) {
    return reject('ST2-CHANGE-EXPIRED', `The change pending on ${cmd.subject} expired without enough approvals; propose it again.`, { subject: cmd.subject, expiresAt: pending.expiresAt });
  }
  return decideChange(pending.change, env, slice);
}

/**
 * An administrator org's approval of a change, checked against the state now (an issuer trusted since
 * the proposal is refused as it would be alone); the approval that reaches the threshold executes it.
 */
function decideChange(change: ConsortiumChange, { actor, at, consortium }: Envelope, slice: Slice): Decision<DomainEvent> {
  const denied = requireConsortiumAdmin(consortium, actor);
  if (denied) return denied;
  const effects = effectsOf(change, at, consortium, slice);
  if (!effects.ok) return effects;
  const subject = subjectOf(change);
  const live = liveChange(slice.changes[subject], at);
  if (live && !sameChange(live.change, change)) {
    return reject('ST2-CHANGE-CONFLICT', `Another change of ${subject} is pending: approve it, or let it expire, first.`, { subject, pending: live.change, approvals: live.approvals });
  }
  const before = live ? countingApprovals(live.approvals, consortium) : [];
  if (before.includes(actor.org)) return reject('ST2-ALREADY-APPROVED', `${actor.org} has already approved the change pending on ${subject}.`, { subject, approvals: before });
  const approvals = [...before, actor.org];
  const executed = approvals.length >= consortium.approvals;
  const approved: DomainEvent = {
    type: 'ConsortiumChangeApproved', v: 1, at, subject, change, org: actor.org, approvals, required: consortium.approvals, expiresAt: live?.expiresAt ?? at + CHANGE_TTL_MS, executed,
  };
  return accept(executed ? [approved, ...effects.events] : [approved]);
}

/** The events a change makes when it executes, or why it cannot. */
function effectsOf(change: ConsortiumChange, at: number, policy: ConsortiumPolicy, slice: Slice): Decision<DomainEvent> {
  switch (change.kind) {
    case 'TrustClaimIssuer':
    case 'SetClaimIssuerTopics':
    case 'RemoveClaimIssuer':
      return issuerEffects(change, at, slice);
    case 'SetOrgRoles':
      return orgRolesEffects(change, at, policy);
    case 'SetConsortiumAdmins':
      return adminsEffects(change, at, policy);
    case 'SetOracleFeed':
      return feedEffects(change, at, slice);
    case 'ReleaseOracleRound':
      return releaseEffects(change, at, slice);
  }
}

/** Trusted issuers are a consortium-wide list: add (never a silent merge), change topics, remove. */
function issuerEffects(change: Extract<ConsortiumChange, { issuer: unknown }>, at: number, slice: Slice): Decision<DomainEvent> {
  const trusted = isTrusted(slice.issuers[partyRef(change.issuer)]);
  const { issuer } = change;
  if (change.kind === 'TrustClaimIssuer') {
    if (trusted) return reject('ST2-ALREADY-EXISTS', `${nameOf(issuer)} is already trusted: change its topics instead.`, { issuer });
    if (trustOf(slice).issuers >= MAX_TRUSTED_ISSUERS) {
      return reject('ST2-LIMIT-EXCEEDED', `The consortium already trusts ${MAX_TRUSTED_ISSUERS} claim issuers, the limit.`, { limit: MAX_TRUSTED_ISSUERS });
    }
    return accept([{ type: 'ClaimIssuerTrusted', v: 2, at, issuer, topics: change.topics }]);
  }
  if (!trusted) return reject('ST2-NOT-FOUND', `${nameOf(issuer)} is not a trusted claim issuer.`, { issuer });
  if (change.kind === 'SetClaimIssuerTopics') return accept([{ type: 'ClaimIssuerTopicsSet', v: 1, at, issuer, topics: change.topics }]);
  return accept([{ type: 'ClaimIssuerRemoved', v: 1, at, issuer }]);
}

/** An administrator org keeps the admin role: without it, nobody could approve on its behalf. */
function orgRolesEffects(change: Extract<ConsortiumChange, { kind: 'SetOrgRoles' }>, at: number, policy: ConsortiumPolicy): Decision<DomainEvent> {
  const current = policy.orgs[change.org];
  if (!current && Object.keys(policy.orgs).length >= MAX_CONSORTIUM_ORGS) {
    return reject('ST2-LIMIT-EXCEEDED', `The consortium already has ${MAX_CONSORTIUM_ORGS} orgs, the limit.`, { limit: MAX_CONSORTIUM_ORGS });
  }
  if (current?.consortiumAdmin && !change.roles.includes('admin')) {
    return reject('ST2-INVALID-INPUT', `${change.org} administers the consortium: it keeps the admin role (change the administrators first).`, { org: change.org });
  }
  // Money is issued by a bank: a governance change can no more grant the cash-issuer role elsewhere than the topology can.
  const misplaced = misplacedRole(change.roles, current?.kind);
  if (misplaced) return reject('ST2-INVALID-INPUT', `${misplacedMessage(change.org, current?.kind, misplaced)}.`, { org: change.org, role: misplaced });
  const orgs = { ...policy.orgs, [change.org]: { ...current, roles: change.roles, consortiumAdmin: current?.consortiumAdmin ?? false } };
  return accept([{ type: 'ConsortiumPolicySet', v: 1, at, policy: { ...policy, orgs } }]);
}

/** Administrators are admitted orgs with the admin role, and the threshold is one they can reach. */
function adminsEffects(change: Extract<ConsortiumChange, { kind: 'SetConsortiumAdmins' }>, at: number, policy: ConsortiumPolicy): Decision<DomainEvent> {
  const unfit = change.admins.filter((org) => !policy.orgs[org]?.roles.includes('admin'));
  if (unfit.length > 0) return reject('ST2-INVALID-INPUT', `Administrators must be admitted orgs with the admin role; ${unfit.join(', ')} are not.`, { orgs: unfit });
  if (change.approvals > change.admins.length) {
    return reject('ST2-INVALID-INPUT', `${change.approvals} approvals cannot be reached by ${change.admins.length} administrators.`, { approvals: change.approvals, admins: change.admins.length });
  }
  const orgs = Object.fromEntries(Object.entries(policy.orgs).map(([org, o]) => [org, { ...o, consortiumAdmin: change.admins.includes(org) }]));
  return accept([{ type: 'ConsortiumPolicySet', v: 1, at, policy: { orgs, approvals: change.approvals } }]);
}
