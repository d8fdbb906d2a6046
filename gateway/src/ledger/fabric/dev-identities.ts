import { readFile } from 'node:fs/promises';
import type { Caller } from '../ledger';
import { issue, type PemPair } from '../pki';
import type { FabricProfile } from './connection-profile';
import type { IdentityProvider } from './fabric-ledger';

/**
 * Users' identities for a development network: X.509 certificates with the st2 role and id attributes,
 * issued on first use (then kept in memory) by the org CAs whose keys the connection profile names, as
 * scripts/network writes it. A member's production gateway takes its users' identities from its wallet
 * or HSM instead; the profile of a real network names no CA keys, and this refuses to issue then.
 */
export function devIdentities(profile: FabricProfile): IdentityProvider {
  const cas = new Map<string, Promise<PemPair>>();
  const issued = new Map<string, Promise<{ certificate: string; privateKey: string }>>();
  const caOf = (org: string): Promise<PemPair> => {
    let ca = cas.get(org);
    if (!ca) {
      const paths = profile.certificateAuthorities.get(org);
      if (!paths) return Promise.reject(new Error(`no CA key for ${org} in the connection profile`));
      ca = Promise.all([readFile(paths.certPath, 'utf8'), readFile(paths.keyPath, 'utf8')]).then(([certPem, keyPem]) => ({ certPem, keyPem }));
      cas.set(org, ca);
    }
    return ca;
  };
  return async ({ org, role, id }: Caller) => {
    const key = `${org}\u0000${role}\u0000${id}`;
    let identity = issued.get(key);
    if (!identity) {
      identity = caOf(org)
        .then((ca) => issue(ca, { commonName: id, organization: org, ou: 'client', usage: 'identity', attributes: { 'st2.role': role, 'st2.id': id } }))
        .then((pair) => ({ certificate: pair.certPem, privateKey: pair.keyPem }));
      issued.set(key, identity);
    }
    return identity;
  };
}
