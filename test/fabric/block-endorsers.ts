import * as grpc from '@grpc/grpc-js';
import { connect, hash, signers } from '@hyperledger/fabric-gateway';
import { common, msp, peer } from '@hyperledger/fabric-protos';
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { issueUserIdentity } from '../../scripts/network/src/identity';
import { defaultNetworkDir, Layout } from '../../scripts/network/src/layout';
import { findOrg, loadTopology } from '../../scripts/network/src/topology';

export interface BlockEndorsers {
  /** The MSP ids that endorsed a committed transaction, sorted, read from the block it is in (qscc). */
  readonly of: (txId: string) => Promise<string[]>;
  readonly close: () => void;
}

/** Reads endorsements through `orgName`'s peer as an admin of that org: qscc runs in the peer, whatever chaincode server is down. */
export async function blockEndorsers(orgName: string, readerId: string): Promise<BlockEndorsers> {
  const topology = loadTopology();
  const reader = await issueUserIdentity({ org: orgName, role: 'admin', id: readerId });
  const org = findOrg(topology, orgName);
  const tls = readFileSync(new Layout(defaultNetworkDir()).nodeTls(org, org.peer.name).ca);
  const client = new grpc.Client(`${org.peer.host}:${org.peer.port}`, grpc.credentials.createSsl(tls), { 'grpc.ssl_target_name_override': org.peer.id });
  const gateway = connect({ client, identity: { mspId: reader.mspId, credentials: Buffer.from(reader.certificate) }, signer: signers.newPrivateKeySigner(createPrivateKey(reader.privateKey)), hash: hash.sha256 });
  const qscc = gateway.getNetwork(topology.channel).getContract('qscc');
  return {
    of: async (txId) => {
      const processed = peer.ProcessedTransaction.deserializeBinary(await qscc.evaluateTransaction('GetTransactionByID', topology.channel, txId));
      const payload = common.Payload.deserializeBinary(processed.getTransactionenvelope()?.getPayload_asU8() ?? new Uint8Array());
      const transaction = peer.Transaction.deserializeBinary(payload.getData_asU8());
      const action = peer.ChaincodeActionPayload.deserializeBinary(transaction.getActionsList()[0]?.getPayload_asU8() ?? new Uint8Array());
      return (action.getAction()?.getEndorsementsList() ?? []).map((e) => msp.SerializedIdentity.deserializeBinary(e.getEndorser_asU8()).getMspid()).sort();
    },
    close: () => {
      gateway.close();
      client.close();
    },
  };
}
