import { newOwnerKeys, noteCommitment, Prover, terminateZkWorkers, type NoteOpening } from '@st2/circuits';
import { ConfidentialService, type Holder, type ProvenTransaction } from '../../../gateway/src/confidential/confidential-service';
import type { Ledger } from '../../../gateway/src/ledger/ledger';
import { as, committedEvents, DAY, evaluate, msp, onboard, openLedger, outcome, submit } from './support';

jest.setTimeout(180_000);

/**
 * Confidential mode on the embedded ledger with REAL Groth16 proofs (the committed artifacts, one
 * Prover for the file): the chaincode verifies every proof during endorsement.
 */
describe('confidential balances on the embedded ledger', () => {
  const SEC = 'CONF-BOND';
  const admin = as(msp.bank1, 'admin', 'admin1');
  const ops1 = as(msp.bank1, 'agent', 'bank1-ops');
  const ops2 = as(msp.bank2, 'agent', 'bank2-ops');
  const kyc = as(msp.bank2, 'claim-issuer', 'kyc');
  const issuer = as(msp.bank1, 'issuer', 'acme');
  const agent = as(msp.bank1, 'agent', 'acme-ta');
  const audit = as(msp.regulator, 'regulator', 'regulator');
  const ids = { alice: as(msp.bank1, 'investor', 'alice'), bob: as(msp.bank2, 'investor', 'bob'), carol: as(msp.bank2, 'investor', 'carol') };
  const holder = (org: string): Holder => ({ keys: newOwnerKeys(), org });
  const alice = holder(msp.bank1);
  const bob = holder(msp.bank2);
  const carol = holder(msp.bank2);
  let carolExpiresAt = 0;

  let ledger: Ledger;
  let zk: ConfidentialService;
  let prover: Prover;
  /** Notes as their owners know them. */
  let aliceNote100: NoteOpening;
  let aliceChange70: NoteOpening;
  let bobNote30: NoteOpening;
  let firstTransfer: ProvenTransaction;
  let firstMint: ProvenTransaction;

  const supply = async (): Promise<bigint> => BigInt((JSON.parse(await evaluate(ledger, audit, 'confidential:getPool', SEC)) as { supply: string }).supply);
  const code = (tx: Pick<ProvenTransaction, 'fn' | 'input' | 'transient'>, caller = ops1) => outcome(() => zk.submit(caller, tx));

  beforeAll(async () => {
    [ledger, prover] = await Promise.all([openLedger(), Prover.load()]);
    zk = new ConfidentialService(ledger, prover);
    await submit(ledger, admin, 'identity:trustIssuer', { issuerId: kyc.id, topics: ['kyc'] });
    const inAYear = Date.now() + 365 * DAY;
    await onboard(ledger, ops1, kyc, ids.alice, inAYear);
    await onboard(ledger, ops2, kyc, ids.bob, inAYear);
    carolExpiresAt = Date.now() + 10_000;
    await onboard(ledger, ops2, kyc, ids.carol, carolExpiresAt);
    await submit(ledger, issuer, 'security:create', {
      securityId: SEC, name: 'Confidential bond', isin: 'DE000A1B2C46', decimals: 0, agents: [agent.id], rules: { requiredClaims: ['kyc'] },
      terms: { kind: 'equity', shareClass: 'A', votingRights: false, parValue: '100', currency: 'EUR' },
    });
    await submit(ledger, agent, 'confidential:enable', { securityId: SEC });
    await submit(ledger, ids.alice, 'confidential:registerKey', { identityId: ids.alice.id, publicKey: alice.keys.publicKey.toString() });
    await submit(ledger, ops2, 'confidential:registerKey', { identityId: ids.bob.id, publicKey: bob.keys.publicKey.toString() });
    await submit(ledger, ops2, 'confidential:registerKey', { identityId: ids.carol.id, publicKey: carol.keys.publicKey.toString() });
    await submit(ledger, agent, 'confidential:refreshAllowlist', { securityId: SEC });
  });

  afterAll(async () => {
    await ledger?.close();
    await terminateZkWorkers();
  });

  it('mints a note to an allowlisted investor: the event has the public amount and the commitment, the pool supply rises', async () => {
    firstMint = await zk.proveMint(agent, SEC, 100n, { publicKey: alice.keys.publicKey, org: alice.org });
    const { events } = await zk.submit(agent, firstMint);
    aliceNote100 = firstMint.created[0] as NoteOpening;
    expect(events).toEqual([expect.objectContaining({ type: 'ConfidentialMinted', amount: 100n, commitment: noteCommitment(aliceNote100).toString() })]);
    expect(await supply()).toBe(100n);
    const sealed = await zk.seal(ops1, SEC);
    expect(sealed.events[0]).toMatchObject({ type: 'NotesSealed', firstIndex: 0, commitments: [noteCommitment(aliceNote100).toString()] });
  });

  it('transfers privately (relayed by the sender’s bank): nullifiers and commitments on the ledger, openings in the banks’ collections', async () => {
    firstTransfer = await zk.proveTransfer(ops1, SEC, alice, [aliceNote100], { publicKey: bob.keys.publicKey, org: bob.org }, 30n);
    const { events } = await zk.submit(ops1, firstTransfer);
    [bobNote30, aliceChange70] = firstTransfer.created as [NoteOpening, NoteOpening];
    expect(events).toEqual([expect.objectContaining({ type: 'ConfidentialTransferred', commitments: firstTransfer.input['commitments'] })]);
    await zk.seal(ops2, SEC);
    const bobs = await zk.notes(ops2, SEC, bob.keys.publicKey);
    expect(bobs).toEqual([expect.objectContaining({ amount: '30', commitment: noteCommitment(bobNote30).toString(), spent: false })]);
    const alices = await zk.notes(ops1, SEC, alice.keys.publicKey);
    expect(alices.map((n) => [n.amount, n.spent]).sort()).toEqual([['100', true], ['70', false]]);
    expect(await supply()).toBe(100n);
  });

  it('refuses a double spend of a note with ST2-NULLIFIER-SPENT', async () => {
    const again = await zk.proveTransfer(ops1, SEC, alice, [aliceNote100], { publicKey: bob.keys.publicKey, org: bob.org }, 100n);
    expect(await code(again)).toBe('ST2-NULLIFIER-SPENT');
  });

  it('refuses a proof replayed in another transaction (nullifier spent, or the minted note exists)', async () => {
    expect(await code(firstTransfer)).toBe('ST2-NULLIFIER-SPENT');
    expect(await code(firstMint, agent)).toBe('ST2-NOTE-EXISTS');
  });

  it('refuses a tampered public input with ST2-INVALID-PROOF', async () => {
    const honest = await zk.proveTransfer(ops2, SEC, bob, [bobNote30], { publicKey: alice.keys.publicKey, org: alice.org }, 10n);
    const [c0, c1] = honest.input['commitments'] as [string, string];
    expect(await code({ ...honest, input: { ...honest.input, commitments: [c1, c0] } }, ops2)).toBe('ST2-INVALID-PROOF');
    const mint = await zk.proveMint(agent, SEC, 5n, { publicKey: bob.keys.publicKey, org: bob.org });
    expect(await code({ ...mint, input: { ...mint.input, amount: '5000' } }, agent)).toBe('ST2-INVALID-PROOF');
    expect(await supply()).toBe(100n);
  });

  it('redeems through an agent: the supply falls by the public amount, the change stays with the holder', async () => {
    const redemption = await zk.proveRedeem(agent, SEC, bob, bobNote30, 20n);
    expect(await code(redemption, ids.bob)).toBe('ST2-UNAUTHORIZED');
    const { events } = await zk.submit(agent, redemption);
    expect(events).toEqual([expect.objectContaining({ type: 'ConfidentialRedeemed', amount: 20n })]);
    await zk.seal(agent, SEC);
    expect(await supply()).toBe(80n);
    const live = (await zk.notes(ops2, SEC, bob.keys.publicKey)).filter((n) => !n.spent);
    expect(live.map((n) => n.amount)).toEqual(['10']);
  });

  it('drops a recipient whose claim expired at the next refresh: a proof against the old allowlist root is stale', async () => {
    const toCarol = await zk.proveTransfer(ops1, SEC, alice, [aliceChange70], { publicKey: carol.keys.publicKey, org: carol.org }, 5n);
    // The proof was made while carol was in the allowlist; her claim then expires and a refresh follows.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, carolExpiresAt - Date.now() + 200)));
    await submit(ledger, agent, 'confidential:refreshAllowlist', { securityId: SEC });
    expect(await code(toCarol)).toBe('ST2-STALE-ROOT');
    const allowlist = await zk.allowlist(audit, SEC);
    expect(allowlist.indexOf(carol.keys.publicKey)).toBe(-1);
    expect(allowlist.indexOf(alice.keys.publicKey)).toBeGreaterThanOrEqual(0);
    await expect(zk.proveTransfer(ops1, SEC, alice, [aliceChange70], { publicKey: carol.keys.publicKey, org: carol.org }, 5n)).rejects.toThrow(/allowlist/);
  });

  it('commits two concurrent transfers of different notes: they share no written key (nullifiers and notes are keys of their own)', async () => {
    const bobChange10 = (await zk.notes(ops2, SEC, bob.keys.publicKey)).find((n) => !n.spent);
    if (!bobChange10) throw new Error('bob has no live note');
    const bobNote = { amount: BigInt(bobChange10.amount), ownerPublicKey: bob.keys.publicKey, salt: BigInt(bobChange10.salt), securityId: aliceChange70.securityId };
    const fromAlice = await zk.proveTransfer(ops1, SEC, alice, [aliceChange70], { publicKey: bob.keys.publicKey, org: bob.org }, 7n);
    const fromBob = await zk.proveTransfer(ops2, SEC, bob, [bobNote], { publicKey: alice.keys.publicKey, org: alice.org }, 3n);
    const results = await Promise.allSettled([zk.submit(ops1, fromAlice), zk.submit(ops2, fromBob)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    await zk.seal(ops1, SEC);
    const live = async (h: Holder) => (await zk.notes(audit, SEC, h.keys.publicKey)).filter((n) => !n.spent).map((n) => n.amount).sort();
    expect(await live(alice)).toEqual(['3', '63']);
    expect(await live(bob)).toEqual(['7', '7']);
  });

  it('keeps public supply equal to the sum of live notes in the audit openings', async () => {
    const audited = await zk.notes(audit, SEC);
    const live = audited.filter((n) => !n.spent).reduce((sum, n) => sum + BigInt(n.amount), 0n);
    expect(audited.map((n) => n.amount).sort()).toEqual(['10', '100', '3', '30', '63', '7', '7', '70']); // refused transactions left no opening
    expect(live).toBe(await supply());
  });

  it('lets bank2 read none of bank1’s openings, and the regulator all of them', async () => {
    expect(await zk.notes(ops2, SEC, alice.keys.publicKey)).toEqual([]);
    const regulatorView = await zk.notes(audit, SEC, alice.keys.publicKey);
    expect(regulatorView.map((n) => n.amount).sort()).toEqual(['100', '3', '63', '70']);
  });

  it('publishes no transfer amounts and no owner ids in the events or the public state of the confidential security', async () => {
    const confidential = (await committedEvents(ledger)).flatMap((e) => e.payload.events).filter((e) => e['securityId'] === SEC);
    const text = JSON.stringify(confidential) + (await evaluate(ledger, ops2, 'confidential:getPool', SEC));
    for (const id of Object.values(ids).map((c) => c.id)) expect(text).not.toContain(`"${id}"`);
    const transfers = confidential.filter((e) => e['type'] === 'ConfidentialTransferred');
    expect(transfers.length).toBeGreaterThan(0);
    for (const e of transfers) expect(Object.keys(e).sort()).toEqual(['at', 'commitments', 'noteRoot', 'nullifiers', 'securityId', 'type', 'v']);
    for (const note of [aliceNote100, bobNote30, aliceChange70]) expect(text).not.toContain(note.salt.toString());
  });
});
