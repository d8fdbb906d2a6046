import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultNetworkDir, Layout, peerProcesses } from '../../scripts/network/src/layout';
import { findOrg, loadTopology } from '../../scripts/network/src/topology';

/**
 * What a peer holds on disk, searched as raw bytes: every file under its data directory (block files,
 * state and history databases, private data store, transient store), so a value that reached the peer
 * by any path is found, whether live or only in a LevelDB journal not yet compacted.
 */

/** Whether any file under the peer's data directory (ledger, private data and transient stores) contains `text`. */
export async function peerNodeHolds(peerId: string, text: string): Promise<boolean> {
  const directory = new Layout(defaultNetworkDir()).nodeData(peerId);
  const needle = Buffer.from(text);
  const files = (await readdir(directory, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  for (const file of files) {
    if ((await readFile(join(file.parentPath, file.name))).includes(needle)) return true;
  }
  return false;
}

/** Whether the org's first peer holds `text` on disk. */
export function peerHolds(orgName: string, text: string): Promise<boolean> {
  return peerNodeHolds(findOrg(loadTopology(), orgName).peer.id, text);
}

/** The ids of every peer of the network that holds `text` on disk, in topology order. */
export async function peersHolding(text: string): Promise<string[]> {
  const peers = peerProcesses(loadTopology().orgs);
  const held = await Promise.all(peers.map((peer) => peerNodeHolds(peer, text)));
  return peers.filter((_, i) => held[i]);
}
