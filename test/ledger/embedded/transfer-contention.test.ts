import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consortiumPolicyOf, st2Contracts, WRITE_FUNCTIONS } from '@st2/chaincode';
import { benchCallers, transferWorld } from '../../../gateway/src/bench/setup';
import { openEmbeddedLedger } from '../../../gateway/src/ledger/embedded';
import { BlockLog } from '../../../gateway/src/ledger/embedded/block-log';
import { CertificateAuthorities } from '../../../gateway/src/ledger/embedded/certificate-authority';
import { ChaincodeHost } from '../../../gateway/src/ledger/embedded/chaincode-host';
import { CollectionRegistry } from '../../../gateway/src/ledger/embedded/collections';
import { Committer } from '../../../gateway/src/ledger/embedded/committer';
import { Endorser, type Endorsement } from '../../../gateway/src/ledger/embedded/endorser';
import { openStorage, type Storage } from '../../../gateway/src/ledger/embedded/storage';
import { WorldState } from '../../../gateway/src/ledger/embedded/world-state';
import { topology } from '../../scenarios/embedded-backend';

/**
 * What a transfer reads and writes, seen in its read/write set: transfers between disjoint pairs of
 * holders who keep a balance share no key that either writes, so they never conflict under MVCC; only
 * a transfer whose holding crosses zero touches the security's `stats` key. Every transfer here is
 * simulated against the same committed state before any of them commits, so the outcome is certain.
 */
describe('transfers between disjoint pairs on the embedded ledger', () => {
  const callers = benchCallers(topology.orgs[0]?.mspId ?? '');
  /** The bench world: KYC, jurisdictions, max balance, max holders and a daily limit are all on. */
  const investors = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((name) => `inv-${name}`);
  const BALANCE = '1000000';
  let directory: string;
  let storage: Storage;
  let endorser: Endorser;
  let committer: Committer;
  let authorities: CertificateAuthorities;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'st2-contention-'));
    const ledger = await openEmbeddedLedger({ directory, contracts: st2Contracts, topology });
    await transferWorld(ledger, callers, investors, Date.now());
    await ledger.close();
    // The ledger's own parts on its directory: endorse without ordering, then commit chosen blocks.
    storage = await openStorage(directory);
    const state = new WorldState(storage, 1_000);
    const blockLog = new BlockLog(storage.blocks, storage.transactions);
    await blockLog.verify();
    authorities = await CertificateAuthorities.open(storage.identities, topology.orgs);
    endorser = new Endorser({
      host: new ChaincodeHost(st2Contracts(consortiumPolicyOf(topology.orgs)), topology.chaincode),
      state, collections: CollectionRegistry.fromTopology(topology), channel: topology.channel, chaincode: topology.chaincode, clock: Date.now,
    });
    committer = new Committer(storage.db, state, blockLog);
  });
  afterAll(async () => {
    await storage.db.close();
    await rm(directory, { recursive: true, force: true });
  });

  async function transfer(from: string, to: string, amount: string): Promise<Endorsement> {
    const input = JSON.stringify({ securityId: 'BENCH', from, to, amount });
    const endorsement = await endorser.endorse(await authorities.identity(callers.investor(from)), { fn: WRITE_FUNCTIONS.Transfer, args: [input] }, 'submit');
    expect(endorsement.response.status).toBe(200);
    return endorsement;
  }

  /** Public state has the empty namespace; a private collection's keys are prefixed with it. */
  const entry = ({ ns, key }: { ns: string; key: string }) => `${ns ? `${ns}:` : ''}${key.replaceAll('\u0000', '/')}`;
  const reads = (e: Endorsement) => new Set([...e.rwset.reads].map(entry));
  const writes = (e: Endorsement) => new Set([...e.rwset.writes].map(entry));
  const touched = (e: Endorsement) => new Set([...reads(e), ...writes(e)]);
  const shared = (written: Set<string>, other: Set<string>) => [...written].filter((key) => other.has(key));
  const statsKey = '/stats/BENCH/';
  const holdingKey = (holder: string) => `/holding/BENCH/${holder}/`;
  /** Every bench investor lives in DE: a holding that crosses zero changes that country's holder count too. */
  const germanHolders = '/jurisdiction-holders/BENCH/DE/';

  it('writes only the two holdings, reads no stats, and nothing either writes is read or written by the other', async () => {
    const [first, second] = await Promise.all([transfer('inv-a', 'inv-b', '10'), transfer('inv-c', 'inv-d', '20')]);

    expect([...writes(first)].sort()).toEqual([holdingKey('inv-a'), holdingKey('inv-b')]);
    expect([...writes(second)].sort()).toEqual([holdingKey('inv-c'), holdingKey('inv-d')]);
    expect(touched(first).has(statsKey)).toBe(false);
    expect(touched(second).has(statsKey)).toBe(false);
    expect(shared(writes(first), touched(second))).toEqual([]);
    expect(shared(writes(second), touched(first))).toEqual([]);

    const block = await committer.commit([first, second]);
    expect(block.transactions.map((tx) => tx.validationCode)).toEqual(['VALID', 'VALID']);
  });

  it('a sender that sends all it holds leaves the holder counts: it alone reads and writes stats and its country\'s count, and contends only with another such transfer', async () => {
    const [leaving, disjoint, alsoLeaving] = await Promise.all([
      transfer('inv-e', 'inv-f', BALANCE),
      transfer('inv-a', 'inv-b', '1'),
      transfer('inv-g', 'inv-h', BALANCE),
    ]);

    expect(reads(leaving).has(statsKey)).toBe(true);
    expect([...writes(leaving)].sort()).toEqual([holdingKey('inv-e'), holdingKey('inv-f'), germanHolders, statsKey]);
    expect(touched(disjoint).has(statsKey)).toBe(false);
    expect(touched(disjoint).has(germanHolders)).toBe(false);
    expect(shared(writes(leaving), touched(disjoint))).toEqual([]);
    expect(shared(writes(leaving), reads(alsoLeaving)).sort()).toEqual([germanHolders, statsKey]);

    const block = await committer.commit([leaving, disjoint, alsoLeaving]);
    expect(block.transactions.map((tx) => tx.validationCode)).toEqual(['VALID', 'VALID', 'MVCC_READ_CONFLICT']);
  });
});
