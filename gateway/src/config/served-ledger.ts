import { dirname, join } from 'node:path';
import { st2Contracts } from '@st2/chaincode';
import { openEmbeddedLedger, type Topology } from '../ledger/embedded';
import { devIdentities, FabricLedger, loadFabricProfile } from '../ledger/fabric';
import type { Ledger } from '../ledger/ledger';
import type { dataLayout } from './layout';

export interface ServedLedger {
  readonly ledger: Ledger;
  /** Where the org opening keys of every org live: with the ledger they were registered on. */
  readonly orgKeys: string;
  /** One line for the start banner. */
  readonly description: string;
}

export interface ServedLedgerOptions {
  readonly fabricProfile?: string;
  readonly layout: ReturnType<typeof dataLayout>;
  readonly topology: Topology;
  /** The embedded ledger's transaction time (a development clock); default the system time. */
  readonly clock?: () => number;
}

/**
 * The ledger a gateway serves: the embedded one in its data directory, or a Fabric network through the
 * connection profile scripts/network writes (development identities from that network's org CAs; its
 * org opening keys beside the profile, where the network's other clients keep them).
 */
export async function openServedLedger(options: ServedLedgerOptions): Promise<ServedLedger> {
  const { fabricProfile, layout, topology, clock } = options;
  if (!fabricProfile) {
    const ledger = await openEmbeddedLedger({ directory: layout.ledger, contracts: st2Contracts, topology, ...(clock ? { clock } : {}) });
    return { ledger, orgKeys: layout.orgKeys, description: `embedded ledger in ${layout.ledger}${clock ? ' (development clock)' : ''}` };
  }
  // Peers stamp Fabric transactions; nothing here may pretend otherwise.
  if (clock) throw new Error('a Fabric network has no development clock: its transaction timestamp is the only clock (drop --clock dev)');
  const profile = await loadFabricProfile(fabricProfile);
  const org = profile.endorsers[0];
  if (!org) throw new Error(`${fabricProfile} names no endorsing organisation`);
  const ledger = new FabricLedger({ profile, identities: devIdentities(profile), reader: { org, role: 'admin', id: 'st2-gateway-reader' } });
  const peers = [...profile.peers.keys()].join(', ');
  return { ledger, orgKeys: join(dirname(fabricProfile), 'org-keys'), description: `Fabric channel ${profile.channel}, chaincode ${profile.chaincode}, peers of ${peers}` };
}
