import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { common, msp, peer } from '@hyperledger/fabric-protos';
import { ChaincodeStub as RealStub } from 'fabric-shim';
import type { ChaincodeStub } from 'fabric-shim';
import { CollectionRegistry } from '../../../gateway/src/ledger/embedded/collections';
import { ReadWriteSet } from '../../../gateway/src/ledger/embedded/read-write-set';
import { openStorage, type Storage } from '../../../gateway/src/ledger/embedded/storage';
import { EmbeddedStub, type TransactionContext } from '../../../gateway/src/ledger/embedded/stub';
import { WorldState } from '../../../gateway/src/ledger/embedded/world-state';
import { topology } from './fixtures/ledger-fixture';

// google-protobuf ships no typings; this is the Timestamp class that fabric-protos' ChannelHeader holds.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Timestamp } = require('google-protobuf/google/protobuf/timestamp_pb') as { Timestamp: new () => { setSeconds(value: number): void; setNanos(value: number): void } };

/** fabric-shim types its stub without the constructor the shim's handler calls. */
const RealChaincodeStub = RealStub as unknown as new (handler: unknown, channelId: string, txId: string, input: peer.ChaincodeInput, signedProposal: peer.SignedProposal) => ChaincodeStub;

const context: TransactionContext = {
  txId: 'a'.repeat(64),
  channelId: 'testchannel',
  chaincodeName: 'fixturecc',
  creator: { mspid: 'Bank1MSP', idBytes: new Uint8Array(Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n')) },
  args: ['fixture:put', 'key', 'välue'].map((arg) => Buffer.from(arg)),
  transient: new Map([['secret', Buffer.from('shh')]]),
  timestamp: 1700000000123,
};

/** The stub the real shim builds from a signed proposal carrying the same transaction. */
function realStub(tx: TransactionContext): ChaincodeStub {
  const input = new peer.ChaincodeInput();
  input.setArgsList([...tx.args]);
  const payload = new peer.ChaincodeProposalPayload();
  payload.setInput(input.serializeBinary());
  for (const [key, value] of tx.transient) payload.getTransientmapMap().set(key, value);
  const timestamp = new Timestamp();
  timestamp.setSeconds(Math.floor(tx.timestamp / 1000));
  timestamp.setNanos((tx.timestamp % 1000) * 1000000);
  const channelHeader = new common.ChannelHeader();
  channelHeader.setChannelId(tx.channelId);
  channelHeader.setTxId(tx.txId);
  channelHeader.setTimestamp(timestamp);
  const creator = new msp.SerializedIdentity();
  creator.setMspid(tx.creator.mspid);
  creator.setIdBytes(tx.creator.idBytes);
  const signatureHeader = new common.SignatureHeader();
  signatureHeader.setCreator(creator.serializeBinary());
  signatureHeader.setNonce(Buffer.from('nonce'));
  const header = new common.Header();
  header.setChannelHeader(channelHeader.serializeBinary());
  header.setSignatureHeader(signatureHeader.serializeBinary());
  const proposal = new peer.Proposal();
  proposal.setHeader(header.serializeBinary());
  proposal.setPayload(payload.serializeBinary());
  const signed = new peer.SignedProposal();
  signed.setProposalBytes(proposal.serializeBinary());
  return new RealChaincodeStub(undefined, tx.channelId, tx.txId, input, signed);
}

describe("the embedded stub answers exactly as fabric-shim 2.5.8's ChaincodeStub", () => {
  let directory: string;
  let storage: Storage;
  let ours: ChaincodeStub;
  let real: ChaincodeStub;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'st2-stub-test-'));
    storage = await openStorage(directory);
    ours = new EmbeddedStub(context, new WorldState(storage, 10), CollectionRegistry.fromTopology(topology), new ReadWriteSet(context.txId));
    real = realStub(context);
  });
  afterAll(async () => {
    await storage.db.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('getTxTimestamp: { nanos, seconds: unsigned Long }', () => {
    expect(ours.getTxTimestamp()).toEqual(real.getTxTimestamp());
    expect(ours.getTxTimestamp()).toEqual({ nanos: 123000000, seconds: expect.objectContaining({ low: 1700000000, high: 0, unsigned: true }) });
  });

  it('getDateTimestamp: a Date at millisecond precision', () => {
    expect(ours.getDateTimestamp()).toEqual(real.getDateTimestamp());
    expect(ours.getDateTimestamp().toISOString()).toBe('2023-11-14T22:13:20.123Z');
  });

  it('getCreator, getTransient, getTxID, getChannelID', () => {
    expect(ours.getCreator()).toEqual(real.getCreator());
    expect(ours.getTransient()).toEqual(real.getTransient());
    expect(ours.getTxID()).toBe(real.getTxID());
    expect(ours.getChannelID()).toBe(real.getChannelID());
  });

  it('getArgs, getStringArgs, getBufferArgs, getFunctionAndParameters', () => {
    expect(ours.getArgs()).toEqual(real.getArgs());
    expect(ours.getStringArgs()).toEqual(real.getStringArgs());
    expect(ours.getFunctionAndParameters()).toEqual(real.getFunctionAndParameters());
    expect(ours.getFunctionAndParameters()).toEqual({ fcn: 'fixture:put', params: ['key', 'välue'] });
    const buffers = (stub: ChaincodeStub): unknown => (stub as unknown as { getBufferArgs(): Buffer[] }).getBufferArgs();
    expect(buffers(ours)).toEqual(buffers(real));
  });

  it('createCompositeKey and splitCompositeKey, including their refusals', () => {
    for (const [objectType, attributes] of [
      ['holding', ['ACME', 'bob']],
      ['security', []],
      ['ünïcode', ['😀', 'a b']],
    ] as const) {
      const key = ours.createCompositeKey(objectType, [...attributes]);
      expect(key).toBe(real.createCompositeKey(objectType, [...attributes]));
      expect(ours.splitCompositeKey(key)).toEqual(real.splitCompositeKey(key));
    }
    expect(() => ours.createCompositeKey('holding', ['ACME', ''])).toThrow('object type or attribute not a non-zero length string');
  });
});
