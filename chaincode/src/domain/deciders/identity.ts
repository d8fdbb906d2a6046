import { requireRole, requireSameOrg } from '../authorize';
import { claimBy, claimsOn } from '../claims';
import { requireConsortiumAdmin } from '../consortium';
import { MAX_CLAIMS_PER_TOPIC } from '../identity';
import { nameOf, partyOf, partyRef, sameParty } from '../party';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { refs, trustOf, type Refs, type Slice } from '../slice';
import { isTrusted, MAX_TRUSTED_ISSUERS, TRUST_KEY } from '../trust';
import { findIdentity } from './lookup';

type IssuerCommand = CommandOf<'TrustClaimIssuer' | 'SetClaimIssuerTopics' | 'RemoveClaimIssuer'>;
type IdentityCommand = IssuerCommand | CommandOf<'RegisterIdentity' | 'AddClaim' | 'RevokeClaim'>;

export function identityRefs(cmd: IdentityCommand, env: Envelope): Refs {
  switch (cmd.kind) {
    case 'TrustClaimIssuer':
    case 'SetClaimIssuerTopics':
    case 'RemoveClaimIssuer':
      return refs({ issuers: [cmd.issuer], trust: [TRUST_KEY] });
    case 'RegisterIdentity':
      return refs({ identities: [cmd.identityId] });
    case 'AddClaim':
      return refs({ identities: [cmd.identityId], issuers: [partyOf(env.actor)] });
    case 'RevokeClaim':
      return refs({ identities: [cmd.identityId] });
  }
}

export function decideIdentity(cmd: IdentityCommand, { actor, at, consortium }: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
    case 'TrustClaimIssuer':
    case 'SetClaimIssuerTopics':
    case 'RemoveClaimIssuer':
      return requireConsortiumAdmin(consortium, actor) ?? decideIssuer(cmd, at, slice);
    case 'RegisterIdentity': {
      const denied = requireRole(actor, 'admin', 'agent', 'custodian');
      if (denied) return denied;
      if (slice.identities[cmd.identityId]) return reject('ST2-ALREADY-EXISTS', `Identity ${cmd.identityId} already exists.`, { identity: cmd.identityId });
      const { identityId, investor, jurisdiction, investorType, recordHash } = cmd;
      return accept([{ type: 'IdentityRegistered', v: 1, at, identityId, org: actor.org, investor, jurisdiction, investorType, recordHash }]);
    }
    case 'AddClaim': {
      const denied = requireRole(actor, 'claim-issuer');
      if (denied) return denied;
      const identity = findIdentity(slice, cmd.identityId);
      if (!identity.ok) return identity;
      const issuer = partyOf(actor);
      if (!slice.issuers[partyRef(issuer)]?.topics.includes(cmd.topic)) {
        return reject('ST2-UNTRUSTED-ISSUER', `${nameOf(issuer)} is not a trusted issuer of '${cmd.topic}' claims.`, { issuer, topic: cmd.topic });
      }
      if (cmd.expiresAt <= at) return reject('ST2-INVALID-INPUT', 'A claim must expire in the future.', { expiresAt: cmd.expiresAt });
      const onTopic = claimsOn(identity.value, cmd.topic);
      if (!claimBy(identity.value, cmd.topic, issuer) && onTopic.length >= MAX_CLAIMS_PER_TOPIC) {
        return reject('ST2-LIMIT-EXCEEDED', `${cmd.identityId} already holds '${cmd.topic}' claims from ${MAX_CLAIMS_PER_TOPIC} issuers, the limit.`, {
          topic: cmd.topic, limit: MAX_CLAIMS_PER_TOPIC,
        });
      }
      return accept([{ type: 'ClaimAdded', v: 2, at, identityId: cmd.identityId, topic: cmd.topic, issuer, expiresAt: cmd.expiresAt, evidenceHash: cmd.evidenceHash }]);
    }
    case 'RevokeClaim': {
      const identity = findIdentity(slice, cmd.identityId);
      if (!identity.ok) return identity;
      const issuer = cmd.issuer ?? partyOf(actor);
      const claim = claimBy(identity.value, cmd.topic, issuer);
      if (!claim || claim.revoked) {
        return reject('ST2-NOT-FOUND', `${cmd.identityId} has no active '${cmd.topic}' claim by ${nameOf(issuer)}.`, { topic: cmd.topic, issuer });
      }
      // The claim's own issuer, or an admin of the org that onboarded the identity.
      const denied = actor.role === 'claim-issuer' && sameParty(actor, claim.issuer) ? null : requireRole(actor, 'admin') ?? requireSameOrg(actor, identity.value);
      if (denied) return denied;
      return accept([{ type: 'ClaimRevoked', v: 2, at, identityId: cmd.identityId, topic: cmd.topic, issuer }]);
    }
  }
}

/** Trusted issuers are a consortium-wide list: add (never a silent merge), change topics, remove. */
function decideIssuer(cmd: IssuerCommand, at: number, slice: Slice): Decision<DomainEvent> {
  const trusted = isTrusted(slice.issuers[partyRef(cmd.issuer)]);
  const { issuer } = cmd;
  if (cmd.kind === 'TrustClaimIssuer') {
    if (trusted) return reject('ST2-ALREADY-EXISTS', `${nameOf(issuer)} is already trusted: change its topics instead.`, { issuer });
    if (trustOf(slice).issuers >= MAX_TRUSTED_ISSUERS) {
      return reject('ST2-LIMIT-EXCEEDED', `The consortium already trusts ${MAX_TRUSTED_ISSUERS} claim issuers, the limit.`, { limit: MAX_TRUSTED_ISSUERS });
    }
    return accept([{ type: 'ClaimIssuerTrusted', v: 2, at, issuer, topics: cmd.topics }]);
  }
  if (!trusted) return reject('ST2-NOT-FOUND', `${nameOf(issuer)} is not a trusted claim issuer.`, { issuer });
  if (cmd.kind === 'SetClaimIssuerTopics') return accept([{ type: 'ClaimIssuerTopicsSet', v: 1, at, issuer, topics: cmd.topics }]);
  return accept([{ type: 'ClaimIssuerRemoved', v: 1, at, issuer }]);
}
