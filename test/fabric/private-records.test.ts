import { randomInt } from 'node:crypto';
import { CustodyDesk } from '../../gateway/src/custody/custody-desk';
import { fileEvidence, filePrice, fileRecord } from '../../gateway/src/ledger/identity-record';
import type { Ledger } from '../../gateway/src/ledger/ledger';
import { scenarioCast } from '../scenarios/cast';
import { sha256, St2Client } from '../scenarios/client';
import { findOrg, loadTopology } from '../../scripts/network/src/topology';
import { blockEndorsers, type BlockEndorsers } from './block-endorsers';
import { fabricBackend } from './fabric-backend';
import { eventually } from './keyed-writes';
import { onboard } from './own-network';
import { peerHolds, peersHolding } from './peer-stores';

jest.setTimeout(10 * 60_000);

/**
 * Personal records on real peers: filed by a transaction that only the onboarding bank's peer endorses
 * (so no other bank ever sees the record), then registered publicly against the filed hash.
 */
describe('personal records seen by the onboarding bank’s peer only', () => {
  const { id, ops1, ops2, audit, kyc, admin1, admin2, issuer, agent, custodian } = scenarioCast(fabricBackend.msp, 'p');
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

  it('keeps a claim\'s evidence on the disks of the investor\'s bank\'s peers and the regulator\'s only: not the claim issuer\'s bank\'s, not the custodian\'s', async () => {
    const bob = { ...ops1, role: 'investor', id: id('bob') };
    await onboard(st2, ops1, bob);
    const planted = unique();
    const evidence = JSON.stringify({ method: 'passport-check', reference: planted });
    // kyc is bank2's claim issuer (trusted above): its own bank's peers must not receive the evidence of bank1's client.
    await st2.submit(kyc, 'identity:addClaim', { identityId: bob.id, topic: 'kyc', expiresAt: Date.now() + 86_400_000, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
    const entitled = ['bank1', 'regulator'].flatMap((org) => findOrg(loadTopology(), org).peers.map((p) => p.id));
    // A positive control for the search: every entitled peer holds it, once it committed the filing (bank1's second peer may pull it then).
    let holding: string[] = [];
    const allEntitledHold = async (): Promise<boolean> => {
      holding = await peersHolding(planted);
      return entitled.every((peer) => holding.includes(peer));
    };
    expect(await eventually(allEntitledHold, 60_000)).toBe(true);
    expect(holding).toEqual(entitled);
  });

  it('keeps a trade\'s price and beneficial owner to the parties\' orgs and the regulator: bank1\'s client buys into the custodian\'s omnibus account, bank2\'s peer endorses neither the price\'s filing nor the settlement, reads neither, and holds neither on disk', async () => {
    const { bank1, custodian: custodianMsp } = fabricBackend.msp;
    const [OMNI, SEC, CASH, settlementId] = [id('OMNI'), id('SEC'), id('CASH'), id('dvp')];
    const owner = { owner: id('beneficial-owner'), jurisdiction: 'DE', investorType: 'retail' as const };
    await st2.submit(custodian, 'custody:openAccount', { accountId: OMNI, accountType: 'omnibus', jurisdiction: 'LU' });
    const evidence = `kyc of ${OMNI}`;
    await st2.submit(kyc, 'identity:addClaim', { identityId: OMNI, topic: 'kyc', expiresAt: Date.now() + 86_400_000, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
    for (const securityId of [SEC, CASH]) {
      await st2.submit(issuer, 'security:create', {
        securityId, name: `${securityId} units`, isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }], rules: { requiredClaims: ['kyc'] },
        terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' },
      });
      await st2.submit(agent, 'token:issue', { securityId, to: alice.id, amount: '10000' });
    }
    // The owner's cash enters the account from alice's holding (the custodian as her operator); then alice sells it SEC.
    await st2.submit(alice, 'token:authorizeOperator', { securityId: CASH, holder: alice.id, operator: { org: custodian.org, id: custodian.id } });
    const desk = new CustodyDesk(ledger);
    const deposited = await desk.deposit(custodian, custodian, { securityId: CASH, accountId: OMNI, from: alice.id, amount: '5000' }, owner, [bank1, custodianMsp]);
    expect(await endorsersOf(deposited.txId)).toEqual([bank1, custodianMsp].sort());
    const planted = `${Date.now()}.7319`;
    const price = Buffer.from(JSON.stringify({ amount: planted, currency: 'EUR' }));
    const trade = { settlementId, seller: alice.id, buyer: OMNI, priceHash: sha256(price) };
    const filed = await ledger.submit(alice, filePrice([bank1, custodianMsp], trade, price));
    expect(await endorsersOf(filed.txId)).toEqual([bank1, custodianMsp].sort());
    await st2.submit(alice, 'settlement:propose', { ...trade, securities: { securityId: SEC, amount: '10' }, cash: { securityId: CASH, amount: '1000' }, settleBy: Date.now() + 86_400_000 });
    await st2.submit(custodian, 'settlement:affirm', { settlementId });
    await st2.submit(alice, 'settlement:affirm', { settlementId });
    const settled = await desk.settle(custodian, { settlementId }, { accountId: OMNI, from: CASH, to: SEC, partyOrgs: [bank1, custodianMsp] }, owner);
    expect(await endorsersOf(settled.txId)).toEqual([bank1, custodianMsp].sort());
    expect(JSON.parse(await st2.evaluate(custodian, 'custody:reconciliation', OMNI))).toMatchObject({ reconciled: true });

    expect(JSON.parse(await st2.evaluate(audit, 'settlement:getPrice', settlementId))).toEqual({ amount: planted, currency: 'EUR' });
    expect(JSON.parse(await st2.evaluate(audit, 'settlement:getOwner', settlementId))).toEqual({ owner: owner.owner });
    for (const fn of ['settlement:getPrice', 'settlement:getOwner']) await expect(st2.evaluate(ops2, fn, settlementId)).rejects.toMatchObject({ code: 'ST2-UNAUTHORIZED' });
    // On disk: the parties' peers hold the price (a positive control for the search), bank2's peer holds neither string.
    expect(await peerHolds('bank1', planted)).toBe(true);
    expect([await peerHolds('bank2', planted), await peerHolds('bank2', owner.owner)]).toEqual([false, false]);
  });
});

/** Random CJK ideographs: a string on no peer's disk before, sharing no 4-byte run with other data, so LevelDB's Snappy-compressed blocks keep it whole. */
function unique(): string {
  return Array.from({ length: 16 }, () => String.fromCodePoint(0x4e00 + randomInt(0x5200))).join('');
}

