import { fileEvidence, fileRecord } from '../../gateway/src/ledger/identity-record';
import type { Ledger } from '../../gateway/src/ledger/ledger';
import { scenarioCast } from '../scenarios/cast';
import { sha256, St2Client } from '../scenarios/client';
import { blockEndorsers, type BlockEndorsers } from './block-endorsers';
import { fabricBackend } from './fabric-backend';

jest.setTimeout(10 * 60_000);

/**
 * Personal records on real peers: filed by a transaction that only the onboarding bank's peer endorses
 * (so no other bank ever sees the record), then registered publicly against the filed hash.
 */
describe('personal records seen by the onboarding bank’s peer only', () => {
  const { id, ops1, ops2, audit, kyc, admin1, admin2 } = scenarioCast(fabricBackend.msp, 'p');
  const alice = { ...ops1, role: 'investor', id: id('alice') };
  let ledger: Ledger;
  let st2: St2Client;
  let endorsers: BlockEndorsers;
  const endorsersOf = (txId: string): Promise<string[]> => endorsers.of(txId);

  beforeAll(async () => {
    ledger = await fabricBackend.open();
    st2 = new St2Client(ledger);
    endorsers = await blockEndorsers('bank1', `block-reader-${id('x')}`);
  });
  afterAll(async () => {
    endorsers?.close();
    await ledger?.close();
  });

  it('files the record with the bank’s own peer as the only endorser, then registers it with the majority', async () => {
    const record = Buffer.from(JSON.stringify({ name: 'Alice', passport: `P-${alice.id}` }));
    const recordHash = sha256(record);
    const filed = await ledger.submit(ops1, fileRecord(ops1, alice.id, recordHash, record));
    expect(await endorsersOf(filed.txId)).toEqual([fabricBackend.msp.bank1]);
    const registered = await st2.submit(ops1, 'identity:register', { identityId: alice.id, investor: alice.id, jurisdiction: 'DE', investorType: 'retail', recordHash });
    expect((await endorsersOf(registered.txId)).length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(await st2.evaluate(ops1, 'identity:getRecord', alice.id))).toMatchObject({ name: 'Alice' });
    expect(JSON.parse(await st2.evaluate(audit, 'identity:getRecord', alice.id))).toMatchObject({ name: 'Alice' });
    await expect(st2.evaluate(ops2, 'identity:getRecord', alice.id)).rejects.toMatchObject({ code: 'ST2-UNAUTHORIZED' });
  });

  it('files a claim\'s evidence with the investor\'s bank as the only endorser, although the claim issuer is another bank\'s; the claim itself carries none', async () => {
    expect(kyc.org).not.toBe(fabricBackend.msp.bank1);
    await st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
    const evidence = Buffer.from(JSON.stringify({ method: 'passport-check', reference: `E-${alice.id}` }));
    const claim = { identityId: alice.id, topic: 'kyc', evidenceHash: sha256(evidence) };
    // Unfiled evidence: the public claim is refused, nothing is added.
    expect(await st2.outcomeOf(() => ledger.submit(kyc, { fn: 'identity:addClaim', args: [JSON.stringify({ ...claim, expiresAt: Date.now() + 86_400_000 })] }))).toBe('ST2-INVALID-INPUT');
    const filed = await ledger.submit(kyc, fileEvidence(fabricBackend.msp.bank1, claim, evidence));
    expect(await endorsersOf(filed.txId)).toEqual([fabricBackend.msp.bank1]);
    const added = await ledger.submit(kyc, { fn: 'identity:addClaim', args: [JSON.stringify({ ...claim, expiresAt: Date.now() + 86_400_000 })] });
    expect((await endorsersOf(added.txId)).length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(await st2.evaluate(audit, 'identity:get', alice.id))).toMatchObject({ claims: { kyc: [expect.objectContaining({ evidenceHash: claim.evidenceHash })] } });
  });
});
