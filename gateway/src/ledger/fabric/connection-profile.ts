import { readFile } from 'node:fs/promises';

/**
 * The subset of the connection profile (written by `npm run network:up`, Fabric's common connection
 * profile shape with st2 additions under `x-st2`) that the Fabric backend needs.
 */
export interface PeerConnection {
  readonly mspId: string;
  /** host:port */
  readonly endpoint: string;
  readonly hostAlias: string;
  readonly tlsRootCertPath: string;
  /** The peer's operations endpoint (https://host:port), serving /healthz, when the profile names it. */
  readonly operationsUrl?: string;
}

export interface FabricProfile {
  readonly channel: string;
  readonly chaincode: string;
  /**
   * Each org's peers, by MSP id, in the profile's order: each org's clients are served by their own org's
   * peers, the first that answers (a bank runs two, so either can fail).
   */
  readonly peers: ReadonlyMap<string, readonly PeerConnection[]>;
  /** MSP ids of the orgs whose peers endorse (the regulator's does not). */
  readonly endorsers: readonly string[];
  /** The org CA that signs each org's user certificates (development network only). */
  readonly certificateAuthorities: ReadonlyMap<string, { readonly certPath: string; readonly keyPath: string }>;
}

interface RawProfile {
  'x-st2': { channel: string; chaincode: string };
  organizations: Record<string, { mspid: string; peers?: string[]; 'x-st2': { caCert: string; caKey?: string; endorser?: boolean } }>;
  peers: Record<string, { url: string; tlsCACerts: { path: string }; grpcOptions: { 'ssl-target-name-override': string }; 'x-st2'?: { operationsUrl?: string } }>;
}

export async function loadFabricProfile(file: string): Promise<FabricProfile> {
  let raw: RawProfile;
  try {
    raw = JSON.parse(await readFile(file, 'utf8')) as RawProfile;
  } catch (error) {
    throw new Error(`cannot read the Fabric connection profile ${file} (run \`npm run network:up\` first): ${(error as Error).message}`, { cause: error });
  }
  const peers = new Map<string, PeerConnection[]>();
  const certificateAuthorities = new Map<string, { certPath: string; keyPath: string }>();
  for (const org of Object.values(raw.organizations)) {
    const orgPeers = (org.peers ?? []).flatMap((name) => {
      const peer = raw.peers[name];
      if (!peer) return [];
      const operationsUrl = peer['x-st2']?.operationsUrl;
      const connection = { mspId: org.mspid, endpoint: peer.url.replace(/^grpcs?:\/\//, ''), hostAlias: peer.grpcOptions['ssl-target-name-override'], tlsRootCertPath: peer.tlsCACerts.path };
      return [operationsUrl ? { ...connection, operationsUrl } : connection];
    });
    if (orgPeers.length > 0) peers.set(org.mspid, orgPeers);
    const ca = org['x-st2'];
    if (orgPeers.length > 0 && ca.caKey) certificateAuthorities.set(org.mspid, { certPath: ca.caCert, keyPath: ca.caKey });
  }
  const endorsers = Object.values(raw.organizations).filter((org) => org['x-st2'].endorser).map((org) => org.mspid);
  return { channel: raw['x-st2'].channel, chaincode: raw['x-st2'].chaincode, peers, endorsers, certificateAuthorities };
}
