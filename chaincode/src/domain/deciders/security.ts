import { requireAgentOf, requireRole } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { unenforceableRulesProblem } from '../confidential/rules';
import type { Security, Terms } from '../security';
import { refs, type Refs, type Slice } from '../slice';
import { partyOf } from '../party';
import { findSecurity } from './lookup';

type SecurityCommand = CommandOf<'CreateSecurity' | 'SetRules' | 'AttachDocument' | 'Pause' | 'Unpause'>;

export function securityRefs(cmd: SecurityCommand): Refs {
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
  const { security } = found.value;
  const denied = requireAgentOf(actor, security);
  if (denied) return denied;
  const base = { v: 1 as const, at, securityId: security.id };
  switch (cmd.kind) {
    case 'SetRules':
      // Hidden amounts cannot be checked against balance, holder or volume rules (see confidential/rules.ts).
      return (security.confidential ? unenforceableRulesProblem(security.id, cmd.rules) : null) ?? accept([{ type: 'RulesSet', ...base, rules: cmd.rules }]);
    case 'AttachDocument':
      return accept([{ type: 'DocumentAttached', ...base, name: cmd.name, hash: cmd.hash }]);
    case 'Pause':
      if (security.paused) return reject('ST2-PAUSED', `Security ${security.id} is already paused.`);
      return accept([{ type: 'SecurityPaused', ...base }]);
    case 'Unpause':
      if (!security.paused) return reject('ST2-NOT-PAUSED', `Security ${security.id} is not paused.`);
      return accept([{ type: 'SecurityUnpaused', ...base }]);
  }
}

function decideCreate(cmd: CommandOf<'CreateSecurity'>, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const denied = requireRole(actor, 'issuer');
  if (denied) return denied;
  if (slice.securities[cmd.securityId]) return reject('ST2-ALREADY-EXISTS', `Security ${cmd.securityId} already exists.`, { security: cmd.securityId });
  const invalid = termsProblem(cmd.terms, slice, at);
  if (invalid) return reject('ST2-INVALID-INPUT', invalid, { terms: cmd.terms.kind });
  const security: Security = {
    id: cmd.securityId, name: cmd.name, isin: cmd.isin, issuer: partyOf(actor), agents: cmd.agents,
    decimals: cmd.decimals, terms: cmd.terms, rules: cmd.rules, paused: cmd.paused ?? false, documents: [], createdAt: at,
  };
  return accept([{ type: 'SecurityCreated', v: 2, at, security }]);
}

function termsProblem(terms: Terms, slice: Slice, at: number): string | null {
  if (terms.kind === 'equity') return null;
  if (terms.maturityDate <= at) return 'The maturity date must be in the future.';
  if (terms.kind === 'debt') return null;
  const { conversion } = terms;
  if (conversion.windowStart >= conversion.windowEnd) return 'The conversion window must end after it starts.';
  if (slice.securities[conversion.equitySecurityId]?.terms.kind !== 'equity') {
    return `Conversion target ${conversion.equitySecurityId} must be an existing equity security.`;
  }
  return null;
}
