import { isConfidentialEvent, type St2Event } from './st2-event';
import { refs, type Refs } from './slice';
import { TRUST_KEY } from './trust';

/**
 * The aggregates `evolve` reads and writes for an event: what a projection loads before folding it.
 * A confidential event touches no public aggregate; it names the security or identity it is about (an org key: neither).
 */
export function touchedBy(e: St2Event): Refs {
  if (isConfidentialEvent(e)) {
    if ('securityId' in e) return refs({ securities: [e.securityId] });
    return 'identityId' in e ? refs({ identities: [e.identityId] }) : refs({});
  }
  switch (e.type) {
    case 'ClaimIssuerTrusted':
    case 'ClaimIssuerTopicsSet':
    case 'ClaimIssuerRemoved':
      return refs({ issuers: [e.issuer], trust: [TRUST_KEY] });
    case 'IdentityRegistered':
    case 'ClaimAdded':
    case 'ClaimRevoked':
      return refs({ identities: [e.identityId] });
    case 'SecurityCreated':
      return refs({ securities: [e.security.id], stats: [e.security.id] });
    case 'AgentAdded':
    case 'AgentRemoved':
    case 'RulesSet':
    case 'DocumentAttached':
    case 'DocumentRemoved':
    case 'SecurityPaused':
    case 'SecurityUnpaused':
      return refs({ securities: [e.securityId] });
    case 'Issued':
      return movement(e.securityId, [e.to]);
    case 'Redeemed':
      return movement(e.securityId, [e.from]);
    case 'Transferred':
      // The security's rules say which windows the sender's transfer counts in.
      return { ...movement(e.securityId, [e.from, e.to]), securities: [e.securityId] };
    case 'TransferFeeCharged':
      return movement(e.securityId, [e.payer, e.collector]);
    case 'HoldingFrozen':
    case 'HoldingUnfrozen':
      return refs({ holdings: [[e.securityId, e.holder]] });
    case 'HoldingRecovered':
      return { ...movement(e.securityId, [e.lost, e.replacement]), identities: [e.lost] };
  }
}

function movement(securityId: string, holders: string[]): Refs {
  return refs({ stats: [securityId], holdings: holders.map((h) => [securityId, h] as const) });
}
