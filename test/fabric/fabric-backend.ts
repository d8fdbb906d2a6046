import * as grpc from '@grpc/grpc-js';
import { connect, hash, signers } from '@hyperledger/fabric-gateway';
import { common, peer } from '@hyperledger/fabric-protos';
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FabricLedger, loadFabricProfile } from '../../gateway/src/ledger/fabric';
import { issueUserIdentity } from '../../scripts/network/src/identity';
import { defaultNetworkDir, Layout } from '../../scripts/network/src/layout';
import { upForTests } from '../support/network-owner';
import { findOrg, loadTopology } from '../../scripts/network/src/topology';
import type { Backend, EndorsedProposal } from '../scenarios/backend';
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
    return openFabricLedger();
  },
  orgKeysDirectory: async () => new Layout(defaultNetworkDir()).orgKeys,
  endorsedProposal,
};

/** The st2 ledger on the running network, through its connection profile (as the gateway opens it). */
export async function openFabricLedger(): Promise<FabricLedger> {
  const profile = await loadFabricProfile(new Layout(defaultNetworkDir()).connectionProfile);
  return new FabricLedger({
    profile,
    identities: async ({ org, role, id }) => issueUserIdentity({ org, role, id }),
    reader: { org: mspIds().regulator, role: 'regulator', id: 'st2-event-reader' },
  });
}

/** The transaction as `orgName`'s own peer returns it from its ledger (qscc GetTransactionByID), read by an admin of that org. */
async function endorsedProposal(orgName: 'bank1' | 'bank2', txId: string): Promise<EndorsedProposal> {
  const topology = loadTopology();
  const org = findOrg(topology, orgName);
  const reader = await issueUserIdentity({ org: orgName, role: 'admin', id: `block-reader-${orgName}` });
  const tls = readFileSync(new Layout(defaultNetworkDir()).nodeTls(org, org.peer.name).ca);
  const client = new grpc.Client(`${org.peer.host}:${org.peer.port}`, grpc.credentials.createSsl(tls), { 'grpc.ssl_target_name_override': org.peer.id });
  const gateway = connect({ client, identity: { mspId: reader.mspId, credentials: Buffer.from(reader.certificate) }, signer: signers.newPrivateKeySigner(createPrivateKey(reader.privateKey)), hash: hash.sha256 });
  try {
    const qscc = gateway.getNetwork(topology.channel).getContract('qscc');
    const processed = peer.ProcessedTransaction.deserializeBinary(await qscc.evaluateTransaction('GetTransactionByID', topology.channel, txId));
    const payload = common.Payload.deserializeBinary(processed.getTransactionenvelope()?.getPayload_asU8() ?? new Uint8Array());
    const transaction = peer.Transaction.deserializeBinary(payload.getData_asU8());
    const action = peer.ChaincodeActionPayload.deserializeBinary(transaction.getActionsList()[0]?.getPayload_asU8() ?? new Uint8Array());
    const proposal = peer.ChaincodeProposalPayload.deserializeBinary(action.getChaincodeProposalPayload_asU8());
    const invocation = peer.ChaincodeInvocationSpec.deserializeBinary(proposal.getInput_asU8());
    const args = (invocation.getChaincodeSpec()?.getInput()?.getArgsList_asU8() ?? []).map((arg) => Buffer.from(arg).toString('utf8'));
    return { args, transientFields: proposal.getTransientmapMap().getEntryList().map((entry: unknown[]) => String(entry[0])) };
  } finally {
    gateway.close();
    client.close();
  }
}
