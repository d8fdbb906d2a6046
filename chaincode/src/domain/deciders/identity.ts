import { requireRole, requireSameOrg } from '../authorize';
import { claimBy, claimsOn } from '../claims';
import { MAX_CLAIMS_PER_TOPIC } from '../identity';
import { nameOf, partyOf, partyRef, sameParty } from '../party';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { refs, type Refs, type Slice } from '../slice';
import { findIdentity } from './lookup';

type IdentityCommand = CommandOf<'RegisterIdentity' | 'AddClaim' | 'RevokeClaim'>;

export function identityRefs(cmd: IdentityCommand, env: Envelope): Refs {
  switch (cmd.kind) {
    case 'RegisterIdentity':
      return refs({ identities: [cmd.identityId] });
    case 'AddClaim':
      return refs({ identities: [cmd.identityId], issuers: [partyOf(env.actor)] });
    case 'RevokeClaim':
      return refs({ identities: [cmd.identityId] });
  }
}

export function decideIdentity(cmd: IdentityCommand, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
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
