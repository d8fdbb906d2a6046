import { readFileSync } from 'node:fs';
import { parseTopology } from '../../../gateway/src/ledger/embedded';
import { TOPOLOGY_FILE } from './harness';
import type { Actor } from './harness';

/** The people of the test world, one per role, in the topology's orgs. */
export const cast = {
  admin: { role: 'admin', id: 'bank1-admin', org: 'bank1' },
  admin2: { role: 'admin', id: 'bank2-admin', org: 'bank2' },
  issuer: { role: 'issuer', id: 'acme-issuer', org: 'bank1' },
  agent: { role: 'agent', id: 'bank1-agent', org: 'bank1' },
  agent2: { role: 'agent', id: 'bank2-agent', org: 'bank2' },
  kyc: { role: 'claim-issuer', id: 'kyc-provider', org: 'bank2' },
  custodian: { role: 'custodian', id: 'custody-desk', org: 'custodian' },
  regulator: { role: 'regulator', id: 'regulator', org: 'regulator' },
  treasury: { role: 'cash-issuer', id: 'bank1-treasury', org: 'bank1' },
  alice: { role: 'investor', id: 'alice', org: 'bank1' },
  bob: { role: 'investor', id: 'bob', org: 'bank1' },
  carol: { role: 'investor', id: 'carol', org: 'bank2' },
} as const satisfies Record<string, Actor>;

const TOPOLOGY = parseTopology(JSON.parse(readFileSync(TOPOLOGY_FILE, 'utf8')));

/** A cast member as the chaincode names a power holder: (MSP id, id). */
export function party(actor: { readonly org: string; readonly id: string }): { org: string; id: string } {
  const org = TOPOLOGY.orgs.find((o) => o.name === actor.org);
  if (!org) throw new Error(`org ${actor.org} is not in the topology`);
  return { org: org.mspId, id: actor.id };
}
