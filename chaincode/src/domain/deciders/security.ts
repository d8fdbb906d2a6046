import { requireAgentOf, requireIssuerOf, requireRole } from '../authorize';
import { uniqueParties } from '../claims';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision, type Rejection } from '../decision';
import type { DomainEvent } from '../events';
import { cashRulesProblem, issuerRoleOf } from '../cash';
import { unenforceableRulesProblem } from '../confidential/rules';
import { capBelowCurrentProblem } from '../rules/cap-below-current';
import { partyListLimitProblem } from '../rules/party-list';
import { sanctionsFeedProblem } from '../rules/sanctions';
import { agentOf, MAX_AGENTS, POWERS, type Security, type Terms } from '../security';
import type { Actor } from '../roles';
import { holdersIn, refs, unionRefs, type Refs, type Slice } from '../slice';
import { nameOf, partyOf, sameParty } from '../party';
import { findSecurity } from './lookup';

type SecurityCommand = CommandOf<'CreateSecurity' | 'SetRules' | 'AddAgent' | 'RemoveAgent' | 'Pause' | 'Unpause'>;

export function securityRefs(cmd: SecurityCommand): Refs {
  return unionRefs([ownRefs(cmd), screeningFeedRefs(cmd)]);
}

/** Rules that screen against a sanctions list name its feed, which must be one (see `sanctionsFeedProblem`). */
function screeningFeedRefs(cmd: SecurityCommand): Refs {
  const feed = cmd.kind === 'SetRules' || cmd.kind === 'CreateSecurity' ? cmd.rules.sanctions?.feed : undefined;
  return refs({ feeds: feed === undefined ? [] : [feed] });
}

function ownRefs(cmd: SecurityCommand): Refs {
  if (cmd.kind === 'SetRules') {
    // A lowered country cap is checked against the count of each jurisdiction it names (rules change rarely).
    const countries = Object.keys(cmd.rules.maxHoldersPerJurisdiction ?? {});
    return refs({ securities: [cmd.securityId], stats: [cmd.securityId], jurisdictions: countries.map((country) => [cmd.securityId, country] as const) });
  }
  if (cmd.kind === 'CreateSecurity' && cmd.terms.kind === 'hybrid') {
    return refs({ securities: [cmd.securityId, cmd.terms.conversion.equitySecurityId], stats: [cmd.securityId] });
  }
  return refs({ securities: [cmd.securityId], stats: [cmd.securityId] });
}

export function decideSecurity(cmd: SecurityCommand, env: Envelope, slice: Slice): Decision<DomainEvent> {
  if (cmd.kind === 'CreateSecurity') return decideCreate(cmd, env, slice);
  const { actor, at } = env;
  const found = findSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const { security, stats } = found.value;
  const denied = authorityOver(cmd, actor, security);
  if (denied) return denied;
  const base = { v: 1 as const, at, securityId: security.id };
  switch (cmd.kind) {
    case 'SetRules':
      // Hidden amounts cannot be checked against balance, holder or volume rules (see confidential/rules.ts).
      return (security.confidential ? unenforceableRulesProblem(security.id, cmd.rules) : null)
        ?? (security.terms.kind === 'cash' ? cashRulesProblem(security.id, cmd.rules) : null)
        ?? partyListLimitProblem(cmd.rules) ?? sanctionsFeedProblem(cmd.rules, slice.feeds) ?? capBelowCurrentProblem(security.id, cmd.rules, stats, (country) => holdersIn(slice, security.id, country))
        ?? accept([{ type: 'RulesSet', ...base, rules: cmd.rules }]);
    case 'AddAgent':
    case 'RemoveAgent':
      return decideAgents(cmd, security, base);
    case 'Pause':
      if (security.paused) return reject('ST2-PAUSED', `Security ${security.id} is already paused.`);
      return accept([{ type: 'SecurityPaused', ...base }]);
    case 'Unpause':
      if (!security.paused) return reject('ST2-NOT-PAUSED', `Security ${security.id} is not paused.`);
      return accept([{ type: 'SecurityUnpaused', ...base }]);
  }
}

/** Configuration is the issuer's; operations need the power; documents stay with any agent (their own change). */
function authorityOver(cmd: Exclude<SecurityCommand, { kind: 'CreateSecurity' }>, actor: Actor, security: Security): Rejection | null {
  switch (cmd.kind) {
    case 'SetRules':
    case 'AddAgent':
    case 'RemoveAgent':
      return requireIssuerOf(actor, security);
    case 'Pause':
    case 'Unpause':
      return requireAgentOf(actor, security, 'pause');
  }
}

function decideAgents(cmd: CommandOf<'AddAgent' | 'RemoveAgent'>, security: Security, base: { v: 1; at: number; securityId: string }): Decision<DomainEvent> {
  const existing = agentOf(security, cmd.agent);
  if (cmd.kind === 'RemoveAgent') {
    if (!existing) return reject('ST2-NOT-FOUND', `${nameOf(cmd.agent)} is not an agent of ${security.id}.`, { agent: cmd.agent });
    return accept([{ type: 'AgentRemoved', ...base, agent: partyOf(cmd.agent) }]);
  }
  if (existing) return reject('ST2-ALREADY-EXISTS', `${nameOf(cmd.agent)} is already an agent of ${security.id}: remove it to change its powers.`, { agent: partyOf(cmd.agent) });
  if (sameParty(cmd.agent, security.issuer)) return reject('ST2-INVALID-INPUT', `${nameOf(cmd.agent)} is ${security.id}'s issuer, which holds every power.`, { agent: partyOf(cmd.agent) });
  if (security.agents.length >= MAX_AGENTS) return reject('ST2-LIMIT-EXCEEDED', `${security.id} already has ${MAX_AGENTS} agents, the limit.`, { limit: MAX_AGENTS });
  return accept([{ type: 'AgentAdded', ...base, agent: cmd.agent }]);
}

function decideCreate(cmd: CommandOf<'CreateSecurity'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const denied = requireRole(actor, issuerRoleOf(cmd.terms));
  if (denied) return denied;
  if (slice.securities[cmd.securityId]) return reject('ST2-ALREADY-EXISTS', `Security ${cmd.securityId} already exists.`, { security: cmd.securityId });
  const invalid = termsProblem(cmd.terms, cmd.isin, slice, at);
  if (invalid) return reject('ST2-INVALID-INPUT', invalid, { terms: cmd.terms.kind });
  const inapplicable = cmd.terms.kind === 'cash' ? cashRulesProblem(cmd.securityId, cmd.rules) : null;
  if (inapplicable) return inapplicable;
  const overLimit = partyListLimitProblem(cmd.rules) ?? sanctionsFeedProblem(cmd.rules, slice.feeds);
  if (overLimit) return overLimit;
  if (uniqueParties(cmd.agents).length !== cmd.agents.length) return reject('ST2-INVALID-INPUT', 'An agent is listed twice.', { agents: cmd.agents.map(partyOf) });
  const agents = cmd.agents.map(({ org, id, powers }) => ({ org, id, powers: powers ?? [...POWERS] }));
  const security: Security = {
    id: cmd.securityId, name: cmd.name, ...(cmd.isin === undefined ? {} : { isin: cmd.isin }), issuer: partyOf(actor), agents,
    decimals: cmd.decimals, terms: cmd.terms, rules: cmd.rules, paused: cmd.paused ?? false, documents: [], createdAt: at,
  };
  return accept([{ type: 'SecurityCreated', v: 3, at, security }]);
}

function termsProblem(terms: Terms, isin: string | undefined, slice: Slice, at: number): string | null {
  if (terms.kind === 'cash') return null;
  if (isin === undefined) return `A ${terms.kind} security needs an ISIN.`;
  if (terms.kind === 'equity') return null;
  if (terms.maturityDate <= at) return 'The maturity date must be in the future.';
  if (terms.issueDate !== undefined && terms.issueDate >= terms.maturityDate) return 'The issue date must be before the maturity date.';
  if (terms.firstStub && terms.lastStub) return 'The coupon dates roll back from the maturity (firstStub) or forward from the issue date (lastStub), not both.';
  if (terms.call && (terms.call.firstCallDate < (terms.issueDate ?? at) || terms.call.firstCallDate >= terms.maturityDate)) {
    return 'The first call date must be from the issue date and before the maturity date.';
  }
  if (terms.floating && terms.couponRateBps !== 0) return 'A floating coupon\'s rate is its reference rate plus its spread: couponRateBps must be 0.';
  if (terms.kind === 'debt') return null;
  const { conversion } = terms;
  if (conversion.windowStart >= conversion.windowEnd) return 'The conversion window must end after it starts.';
  if (slice.securities[conversion.equitySecurityId]?.terms.kind !== 'equity') {
    return `Conversion target ${conversion.equitySecurityId} must be an existing equity security.`;
  }
  return null;
}
