import { common, peer } from '@hyperledger/fabric-protos';
import type { LedgerEvent, St2EventPayload } from '../ledger';

/**
 * The valid st2 transactions of a Fabric block, in block order, with their position and timestamp.
 * Full blocks (not chaincode events) are read because only they give the transaction index, the
 * timestamp and the validation code of every transaction, and let a reader checkpoint every block.
 */
export function st2EventsOfBlock(block: common.Block, chaincode: string, eventName: string): LedgerEvent[] {
  const blockNumber = BigInt(block.getHeader()?.getNumber() ?? 0);
  const filter = block.getMetadata()?.getMetadataList_asU8()[common.BlockMetadataIndex.TRANSACTIONS_FILTER] ?? new Uint8Array();
  const events: LedgerEvent[] = [];
  block.getData()?.getDataList_asU8().forEach((envelopeBytes, txIndex) => {
    if (filter[txIndex] !== peer.TxValidationCode.VALID) return;
    const found = st2EventOfEnvelope(envelopeBytes, chaincode, eventName);
    if (found) events.push({ blockNumber, txIndex, ...found });
  });
  return events;
}

function st2EventOfEnvelope(envelopeBytes: Uint8Array, chaincode: string, eventName: string): Omit<LedgerEvent, 'blockNumber' | 'txIndex'> | undefined {
  const payload = common.Payload.deserializeBinary(common.Envelope.deserializeBinary(envelopeBytes).getPayload_asU8());
  const channelHeader = common.ChannelHeader.deserializeBinary(payload.getHeader()?.getChannelHeader_asU8() ?? new Uint8Array());
  if (channelHeader.getType() !== common.HeaderType.ENDORSER_TRANSACTION) return undefined;
  const transaction = peer.Transaction.deserializeBinary(payload.getData_asU8());
  for (const action of transaction.getActionsList()) {
    const actionPayload = peer.ChaincodeActionPayload.deserializeBinary(action.getPayload_asU8());
    const responsePayload = peer.ProposalResponsePayload.deserializeBinary(actionPayload.getAction()?.getProposalResponsePayload_asU8() ?? new Uint8Array());
    const chaincodeAction = peer.ChaincodeAction.deserializeBinary(responsePayload.getExtension_asU8());
    const event = peer.ChaincodeEvent.deserializeBinary(chaincodeAction.getEvents_asU8());
    if (event.getChaincodeId() !== chaincode || event.getEventName() !== eventName) continue;
    const timestamp = channelHeader.getTimestamp();
    return {
      txId: channelHeader.getTxId(),
      timestamp: timestamp ? timestamp.getSeconds() * 1000 + Math.floor(timestamp.getNanos() / 1e6) : 0,
      payload: JSON.parse(Buffer.from(event.getPayload_asU8()).toString('utf8')) as St2EventPayload,
    };
  }
  return undefined;
}
