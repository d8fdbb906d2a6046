import { status, type ServiceError } from '@grpc/grpc-js';
import { EndorseError, GatewayError } from '@hyperledger/fabric-gateway';
import type { PeerConnection } from '../../../gateway/src/ledger/fabric/connection-profile';
import { OrgPeers, peerUnreachable } from '../../../gateway/src/ledger/fabric/org-peers';

const peer = (mspId: string, name: string, port: number): PeerConnection => ({ mspId, endpoint: `127.0.0.1:${port}`, hostAlias: `${name}`, tlsRootCertPath: '/tls/ca.pem' });
const bank1 = [peer('Bank1MSP', 'peer0.bank1', 17101), peer('Bank1MSP', 'peer1.bank1', 17121)] as const;
const regulator = peer('RegulatorMSP', 'peer0.regulator', 17401);
const profilePeers = new Map<string, readonly PeerConnection[]>([['Bank1MSP', bank1], ['RegulatorMSP', [regulator]]]);

const gatewayError = (code: status, message: string, details: { mspId: string; address: string; message: string }[] = []) =>
  new GatewayError({ code, cause: new Error(message) as ServiceError, message, details });

// Which of its org's peers the Fabric backend goes through (test/fabric/peer-failover.test.ts meets it on real peers).
describe('the org peer a gateway connection uses', () => {
  it('starts with the org\'s first peer and stays on it while it answers', () => {
    const peers = new OrgPeers(profilePeers);
    expect(peers.current('Bank1MSP')).toBe(bank1[0]);
    expect(peers.count('Bank1MSP')).toBe(2);
    expect(peers.current('Bank9MSP')).toBeUndefined();
  });

  it('moves on to the next peer when the one in use is unreachable, once for calls that saw the same loss, and comes round again', () => {
    const peers = new OrgPeers(profilePeers);
    peers.unreachable('Bank1MSP', bank1[0]);
    expect(peers.current('Bank1MSP')).toBe(bank1[1]);
    // A second call that failed on peer0 meanwhile does not move it back.
    peers.unreachable('Bank1MSP', bank1[0]);
    expect(peers.current('Bank1MSP')).toBe(bank1[1]);
    // Sticky: peer0 is used again when peer1 fails in its turn.
    peers.unreachable('Bank1MSP', bank1[1]);
    expect(peers.current('Bank1MSP')).toBe(bank1[0]);
  });

  it('keeps an org\'s only peer', () => {
    const peers = new OrgPeers(profilePeers);
    peers.unreachable('RegulatorMSP', regulator);
    expect(peers.current('RegulatorMSP')).toBe(regulator);
  });
});

describe('a peer that cannot be reached', () => {
  it('is a gRPC UNAVAILABLE without details: the connection itself failed', () => {
    expect(peerUnreachable(gatewayError(status.UNAVAILABLE, '14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 127.0.0.1:17101'))).toBe(true);
    expect(peerUnreachable(gatewayError(status.UNAVAILABLE, '14 UNAVAILABLE: Connection dropped'))).toBe(true);
  });

  it('is not the peer\'s gateway reporting other orgs\' endorsers or the orderers down, nor another status', () => {
    const endorse = new EndorseError({ code: status.UNAVAILABLE, cause: new Error('x') as ServiceError, message: 'failed to endorse transaction, see attached details for more info', details: [{ mspId: 'Bank2MSP', address: 'peer0.bank2:17201', message: 'connection refused' }], transactionId: 'tx1' });
    expect(peerUnreachable(endorse)).toBe(false);
    expect(peerUnreachable(gatewayError(status.UNAVAILABLE, 'failed to find any endorsing peers for org(s): Bank2MSP'))).toBe(false);
    expect(peerUnreachable(gatewayError(status.UNAVAILABLE, 'no orderers could successfully process transaction'))).toBe(false);
    expect(peerUnreachable(gatewayError(status.ABORTED, 'chaincode response 500'))).toBe(false);
    expect(peerUnreachable(new Error('boom'))).toBe(false);
  });
});
