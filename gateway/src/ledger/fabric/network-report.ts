import { peer as peerProtos, common } from '@hyperledger/fabric-protos';
import type { Gateway } from '@hyperledger/fabric-gateway';
import { readFile } from 'node:fs/promises';
import { request } from 'node:https';
import type { ChaincodeReport, PeerReport } from '../ledger';
import type { PeerConnection } from './connection-profile';

/** How long one peer's answer (height, /healthz, the chaincode definition) is waited for. */
export const PROBE_TIMEOUT_MS = 2_000;

/**
 * A peer's height and health. The height is qscc's GetChainInfo through that peer's own gateway for its own
 * org; the health is its operations endpoint's /healthz (open, TLS with the org's TLS CA), when the
 * connection profile names it. Each figure that cannot be had is null or false, with the reason.
 */
export async function peerReport(peer: PeerConnection, channel: string, gateway: () => Promise<Gateway>): Promise<PeerReport> {
  const [height, health] = await Promise.all([
    heightOf(peer, channel, gateway).then((value) => ({ value }), (error: unknown) => ({ value: null, problem: `height: ${messageOf(error)}` })),
    healthOf(peer).then(() => ({ healthy: true }), (error: unknown) => ({ healthy: false, problem: `health: ${messageOf(error)}` })),
  ]);
  const problems = ['problem' in height ? height.problem : undefined, 'problem' in health ? health.problem : undefined].filter((p) => p !== undefined);
  return { org: peer.mspId, name: peer.hostAlias, height: height.value, healthy: health.healthy, ...(problems.length > 0 ? { problem: problems.join('; ') } : {}) };
}

async function heightOf(peer: PeerConnection, channel: string, gateway: () => Promise<Gateway>): Promise<number> {
  const qscc = (await gateway()).getNetwork(channel).getContract('qscc');
  const info = await qscc.newProposal('GetChainInfo', { arguments: [channel], endorsingOrganizations: [peer.mspId] }).evaluate({ deadline: Date.now() + PROBE_TIMEOUT_MS });
  return common.BlockchainInfo.deserializeBinary(info).getHeight();
}

async function healthOf(peer: PeerConnection): Promise<void> {
  if (!peer.operationsUrl) throw new Error('the connection profile names no operations endpoint');
  const ca = await readFile(peer.tlsRootCertPath);
  const url = new URL('/healthz', peer.operationsUrl);
  await new Promise<void>((resolve, reject) => {
    const call = request(url, { ca, servername: peer.hostAlias, timeout: PROBE_TIMEOUT_MS }, (reply) => {
      reply.resume();
      if (reply.statusCode === 200) resolve();
      else reject(new Error(`/healthz answered ${reply.statusCode ?? 'nothing'}`));
    });
    call.on('timeout', () => call.destroy(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)));
    call.on('error', reject);
    call.end();
  });
}

/**
 * The committed definition of the chaincode (its version and sequence), from the peer's `_lifecycle`. Its ACL is
 * the channel's Writers: a member without writers among its clients (the regulator) is told why not.
 */
export async function chaincodeReport(name: string, channel: string, gateway: () => Promise<Gateway>): Promise<ChaincodeReport> {
  try {
    const args = new peerProtos.lifecycle.QueryChaincodeDefinitionArgs();
    args.setName(name);
    const lifecycle = (await gateway()).getNetwork(channel).getContract('_lifecycle');
    const bytes = await lifecycle.newProposal('QueryChaincodeDefinition', { arguments: [args.serializeBinary()] }).evaluate({ deadline: Date.now() + PROBE_TIMEOUT_MS });
    const definition = peerProtos.lifecycle.QueryChaincodeDefinitionResult.deserializeBinary(bytes);
    return { name, version: definition.getVersion(), sequence: definition.getSequence() };
  } catch (error) {
    return { name, version: null, sequence: null, problem: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
