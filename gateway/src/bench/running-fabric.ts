import { join, resolve } from 'node:path';
import { devIdentities, FabricLedger, loadFabricProfile } from '../ledger/fabric';
import type { Ledger } from '../ledger/ledger';
import type { Log } from './setup';

/**
 * `work` on the Fabric network running at ST2_NETWORK_DIR (default .st2/network), as bank1, with ids made new
 * by `run` (the network keeps its state between runs); null, said in the log, when no network answers there.
 */
export async function onRunningFabric<T>(log: Log, work: (ledger: Ledger, org: string, run: string) => Promise<T>): Promise<T | null> {
  const networkDir = process.env.ST2_NETWORK_DIR ? resolve(process.env.ST2_NETWORK_DIR) : join(__dirname, '..', '..', '..', '.st2', 'network');
  const profile = await loadFabricProfile(join(networkDir, 'connection-profile.json')).catch(() => null);
  const absent = `Fabric: no network running at ${networkDir} (npm run network:up to measure there too)`;
  if (!profile) {
    log(absent);
    return null;
  }
  const org = profile.peers.has('Bank1MSP') ? 'Bank1MSP' : (profile.endorsers[0] ?? '');
  const ledger = new FabricLedger({ profile, identities: devIdentities(profile), reader: { org, role: 'admin', id: 'bench-reader' } });
  try {
    // A profile left by a network that was stopped: nothing answers.
    if (!(await ledger.height().then(() => true, () => false))) {
      log(absent);
      return null;
    }
    return await work(ledger, org, `-${Date.now().toString(36)}`);
  } finally {
    await ledger.close();
  }
}
