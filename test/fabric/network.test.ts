import * as grpc from '@grpc/grpc-js';
import { CommitError, connect, type Contract, EndorseError, type Gateway, GatewayError, hash, signers } from '@hyperledger/fabric-gateway';
import { createPrivateKey, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueUserIdentity, type UserIdentity } from '../../scripts/network/src/identity';
import { defaultNetworkDir, Layout, REPO_ROOT } from '../../scripts/network/src/layout';
import { deploy } from '../../scripts/network/src/network';
import { upForTests } from '../support/network-owner';
import { findOrg, loadTopology } from '../../scripts/network/src/topology';

/**
 * Smoke test of the native network (scripts/network) on real Fabric peers: identities with st2
 * attributes, the endorsement policy (majority of banks and custodian, regulator excluded), the
 * regulator's read-only access, and private data confined to the entitled org's peer. It uses its own
 * tiny contract (fixtures/smoke-chaincode), deployed next to st2's as `st2-smoke`.
 */
const topology = loadTopology();
const layout = new Layout(defaultNetworkDir());
const CHAINCODE = 'st2-smoke';
const SMOKE_MODULE = join(REPO_ROOT, 'test', 'fabric', 'fixtures', 'smoke-chaincode');
const run = randomUUID().slice(0, 8);

interface Connection {
  readonly gateway: Gateway;
  readonly client: grpc.Client;
  readonly contract: Contract;
}

const connections: Connection[] = [];

/** A gateway connection for `identity` through its own org's peer (st2's one-gateway-per-org model). */
function connectAs(identity: UserIdentity): Contract {
  const org = findOrg(topology, identity.org);
  const tls = layout.nodeTls(org, org.peer.name);
  const client = new grpc.Client(`${org.peer.host}:${org.peer.port}`, grpc.credentials.createSsl(readFileSync(tls.ca)), {
    'grpc.ssl_target_name_override': org.peer.id,
  });
  const gateway = connect({
    client,
    identity: { mspId: identity.mspId, credentials: Buffer.from(identity.certificate) },
    signer: signers.newPrivateKeySigner(createPrivateKey(identity.privateKey)),
    hash: hash.sha256,
    evaluateOptions: () => ({ deadline: Date.now() + 15_000 }),
    endorseOptions: () => ({ deadline: Date.now() + 30_000 }),
    submitOptions: () => ({ deadline: Date.now() + 15_000 }),
    commitStatusOptions: () => ({ deadline: Date.now() + 60_000 }),
  });
  const contract = gateway.getNetwork(topology.channel).getContract(CHAINCODE, 'smoke');
  connections.push({ gateway, client, contract });
  return contract;
}

function json(bytes: Uint8Array): Record<string, unknown> {
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as Record<string, unknown>;
}

/**
 * Another org's peer commits the block a moment after the submitting org's peer reported it: read
 * until the expected value shows up, within a bound, then compare (the assertion is on the value).
 */
async function readUntil(contract: Contract, fn: string, args: string[], done: (value: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = json(await contract.evaluateTransaction(fn, ...args));
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

let bank1: Contract;
let bank2: Contract;
let regulator: Contract;
let bank1Issuer: UserIdentity;

beforeAll(async () => {
  // Idempotent: brings the network up if it is not (building Fabric first if needed), else only checks it.
  // The st2 chaincode is left to network:up; this suite needs only the network and its own contract.
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  await upForTests({ chaincode: false, log });
  await deploy({ name: CHAINCODE, modulePath: SMOKE_MODULE, slot: 1 }, { log });
  bank1Issuer = await issueUserIdentity({ org: 'bank1', role: 'issuer', id: `smoke-issuer-${run}` });
  bank1 = connectAs(bank1Issuer);
  bank2 = connectAs(await issueUserIdentity({ org: 'bank2', role: 'operator', id: `smoke-operator-${run}` }));
  regulator = connectAs(await issueUserIdentity({ org: 'regulator', role: 'regulator', id: `smoke-regulator-${run}` }));
}, 20 * 60_000);

afterAll(() => {
  for (const c of connections) {
    c.gateway.close();
    c.client.close();
  }
});

describe('native Fabric network', () => {
  it('issues st2 users whose certificate attributes the chaincode reads as role and id', async () => {
    const caller = json(await bank1.evaluateTransaction('whoami'));
    expect(caller).toEqual({ mspId: 'Bank1MSP', role: 'issuer', id: `smoke-issuer-${run}` });
    expect(bank1Issuer.certificatePath.startsWith(layout.users(findOrg(topology, 'bank1')))).toBe(true);
  });

  it("commits a bank1 user's transaction that bank2's peer then reads back", async () => {
    const key = `asset-${run}`;
    await bank1.submitTransaction('put', key, 'minted by bank1');
    const seen = await readUntil(bank2, 'get', [key], (v) => v.value !== null);
    expect(seen).toEqual({ key, value: 'minted by bank1' });
  }, 60_000);

  it('lets the regulator read the channel but never get a write ordered', async () => {
    const key = `regulator-write-${run}`;
    // Endorsement succeeds (this test contract checks no roles; st2's chaincode refuses too), but the
    // orderer refuses the envelope: the regulator's users are in no Writers policy.
    const attempt = regulator.submitTransaction('put', key, 'written by the regulator');
    await expect(attempt).rejects.toBeInstanceOf(GatewayError);
    await expect(attempt).rejects.not.toBeInstanceOf(EndorseError);
    await expect(attempt).rejects.toThrow(/permission|forbidden|policy|access denied/i);
    expect(json(await regulator.evaluateTransaction('get', key))).toEqual({ key, value: null });
    expect(json(await bank1.evaluateTransaction('get', key))).toEqual({ key, value: null });
  }, 60_000);

  it("rejects a write endorsed only by the regulator's peer, or by one bank alone (majority of 3 endorsers)", async () => {
    for (const orgs of [['RegulatorMSP'], ['Bank1MSP']]) {
      const key = `under-endorsed-${orgs.join('-')}-${run}`;
      const attempt = bank1.submit('put', { arguments: [key, 'x'], endorsingOrganizations: orgs });
      await expect(attempt).rejects.toBeInstanceOf(CommitError);
      await expect(attempt).rejects.toThrow(/ENDORSEMENT_POLICY_FAILURE/);
    }
  }, 60_000);

  it("keeps bank1's implicit collection on bank1's peer: readable there, not from bank2's peer", async () => {
    const collection = '_implicit_org_Bank1MSP';
    const key = `client-${run}`;
    // No endorsing orgs named: the gateway sends transient data only to the collection's members, and
    // bank1's peer alone suffices, because Fabric validates writes confined to an org's implicit
    // collection against that org's Endorsement policy instead of the chaincode's majority.
    await bank1.submit('putPrivate', { arguments: [collection, key], transientData: { value: 'KYC evidence of a bank1 client' } });
    expect(json(await bank1.evaluateTransaction('getPrivate', collection, key))).toEqual({ collection, key, value: 'KYC evidence of a bank1 client' });
    // bank2's peer has committed the block (a later public write shows it) and so holds the data's hash,
    // but not the data: Fabric refuses the read on a non-member peer rather than answer "absent".
    await bank1.submitTransaction('put', `marker-${run}`, 'after the private write');
    await readUntil(bank2, 'get', [`marker-${run}`], (v) => v.value !== null);
    const read = bank2.evaluateTransaction('getPrivate', collection, key);
    await expect(read).rejects.toThrow(/private data matching public hash version is not available/);
    await expect(read).rejects.not.toThrow(/KYC evidence/);
  }, 90_000);

  it("disseminates a bank's write to the audit collection to the regulator's peer only", async () => {
    const key = `audit-${run}`;
    // bank1 and bank2 endorse but are not members: their peers write the data without keeping it.
    await bank1.submit('putPrivate', { arguments: ['audit', key], transientData: { value: 'trade price 101.5' }, endorsingOrganizations: ['Bank1MSP', 'Bank2MSP'] });
    const seen = await readUntil(regulator, 'getPrivate', ['audit', key], (v) => v.value !== null);
    expect(seen).toEqual({ collection: 'audit', key, value: 'trade price 101.5' });
    // memberOnlyRead: a bank's client may not read the audit collection at all.
    await expect(bank1.evaluateTransaction('getPrivate', 'audit', key)).rejects.toThrow(/not allowed to read|member|access/i);
  }, 90_000);
});
