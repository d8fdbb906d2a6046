import * as grpc from '@grpc/grpc-js';
import { connect, type Gateway, hash, signers } from '@hyperledger/fabric-gateway';
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { issueUserIdentity } from '../../scripts/network/src/identity';
import { defaultNetworkDir, Layout } from '../../scripts/network/src/layout';
import { loadTopology, type PeerNode, type PeerOrg } from '../../scripts/network/src/topology';

/**
 * A Fabric Gateway connection to one named peer, as an admin of its org. Fabric's gateway evaluates on
 * its own peer when no peer of its org is higher (registry.go: equal heights prefer the local peer), so
 * with every peer at one height, an evaluation through it reads that peer's world state.
 */
export async function withPeer<T>(peerId: string, use: (gateway: Gateway, org: PeerOrg) => Promise<T>): Promise<T> {
  const topology = loadTopology();
  const found = topology.orgs.flatMap((org) => org.peers.map((peer): [PeerOrg, PeerNode] => [org, peer])).find(([, peer]) => peer.id === peerId);
  if (!found) throw new Error(`no peer ${peerId} in the topology`);
  const [org, peer] = found;
  const reader = await issueUserIdentity({ org: org.name, role: 'admin', id: `peer-reader-${org.name}` });
  const tls = readFileSync(new Layout(defaultNetworkDir()).nodeTls(org, peer.name).ca);
  const client = new grpc.Client(`${peer.host}:${peer.port}`, grpc.credentials.createSsl(tls), { 'grpc.ssl_target_name_override': peer.id });
  const gateway = connect({ client, identity: { mspId: reader.mspId, credentials: Buffer.from(reader.certificate) }, signer: signers.newPrivateKeySigner(createPrivateKey(reader.privateKey)), hash: hash.sha256 });
  try {
    return await use(gateway, org);
  } finally {
    gateway.close();
    client.close();
  }
}

/** The answer of an st2 chaincode query (`contract:method`) on the named peer: see withPeer. */
export function evaluateOn(peerId: string, fn: string, ...args: string[]): Promise<string> {
  const { channel, chaincode } = loadTopology();
  return withPeer(peerId, async (gateway, org) => {
    const bytes = await gateway.getNetwork(channel).getContract(chaincode).evaluate(fn, { arguments: args, endorsingOrganizations: [org.mspId] });
    return Buffer.from(bytes).toString('utf8');
  });
}
