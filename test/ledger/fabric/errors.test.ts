import { status, type ServiceError } from '@grpc/grpc-js';
import { EndorseError } from '@hyperledger/fabric-gateway';
import { toLedgerError } from '../../../gateway/src/ledger/fabric/errors';

// How the Fabric backend names what its peers answer; the suites in test/fabric meet these on real peers.
describe('Fabric errors in the ledger vocabulary', () => {
  const endorseError = (messages: string[]) => new EndorseError({
    code: status.ABORTED,
    cause: new Error('aborted') as ServiceError,
    transactionId: 'tx1',
    message: 'failed to collect enough transaction endorsements, see attached details for more info',
    details: messages.map((message, i) => ({ address: `peer${i}:7051`, mspId: `Org${i}MSP`, message })),
  });

  it('reads the chaincode’s ST2 reason code from an endorser’s message', () => {
    const error = toLedgerError(endorseError(['chaincode response 500, ST2-INSUFFICIENT-BALANCE: Balance 1 is lower than 2. ⟨{"balance":"1"}⟩']));
    expect(error).toMatchObject({ kind: 'rejected', code: 'ST2-INSUFFICIENT-BALANCE', txId: 'tx1' });
  });

  it('treats endorsers that disagree (peers at different heights) as a conflict to resubmit, not an outage', () => {
    const error = toLedgerError(endorseError(['ProposalResponsePayloads do not match']), 'tx2');
    expect(error).toMatchObject({ kind: 'mvcc-conflict', code: 'ST2-MVCC-CONFLICT', txId: 'tx2' });
  });

  it('reports anything else as the network being unavailable, naming the peers', () => {
    const error = toLedgerError(endorseError(['connection refused']));
    expect(error).toMatchObject({ kind: 'unavailable', code: 'ST2-UNAVAILABLE' });
    expect(error.message).toContain('Org0MSP@peer0:7051: connection refused');
  });
});
