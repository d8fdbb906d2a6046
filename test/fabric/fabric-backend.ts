import { FabricLedger, loadFabricProfile } from '../../gateway/src/ledger/fabric';
import { issueUserIdentity } from '../../scripts/network/src/identity';
import { defaultNetworkDir, Layout } from '../../scripts/network/src/layout';
import { upForTests } from '../support/network-owner';
import type { Backend } from '../scenarios/backend';
import { mspIds } from '../scenarios/embedded-backend';

/**
 * Real Fabric peers and orderer (scripts/network), started if they are not running (building Fabric
 * into its cache first if needed), with the st2 chaincode built from this checkout and deployed.
 */
export const fabricBackend: Backend = {
  name: 'real Fabric peers',
  msp: mspIds(),
  open: async () => {
    await upForTests({ log: (line) => void process.stderr.write(`${line}\n`) });
    const profile = await loadFabricProfile(new Layout(defaultNetworkDir()).connectionProfile);
    return new FabricLedger({
      profile,
      identities: async ({ org, role, id }) => issueUserIdentity({ org, role, id }),
      reader: { org: mspIds().regulator, role: 'regulator', id: 'st2-event-reader' },
    });
  },
  orgKeysDirectory: async () => new Layout(defaultNetworkDir()).orgKeys,
};
