import { newOwnerKeys, Prover, securityField, terminateZkWorkers, transferWitness, type NoteOpening } from '@st2/circuits';
import { ConfidentialService, type ProvenTransaction } from '../../gateway/src/confidential/confidential-service';
import { cast } from '../gateway/support/cast';
import { startHarness, type Actor, type Harness } from '../gateway/support/harness';
import { call, equity, ok, onboard } from '../gateway/support/world';
import { St2Client } from '../scenarios/client';
import { failedIn } from '../zk/fixtures';
import { callerOf, confidentialWorld, registerHarnessOrgKeys } from '../zk/ledger/confidential-world';
import { confidentialState, dummyOnlyTransfer } from './confidential-attack';

jest.setTimeout(240_000);

/** Runs `f` with the witness calculator's error print silenced: a refused witness is expected here. */
async function quietly<T>(f: () => Promise<T>): Promise<T> {
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    return await f();
  } finally {
    quiet.mockRestore();
  }
}

/**
 * Attacks on confidential mode with real proofs on the embedded ledger: spam that would push honest
 * proofs out of the root window (free dummy-only transfers, submissions from members who are not
 * investors of the security), and rules that confidential mode cannot enforce. Each refused attempt
 * leaves the ledger and the read model as they were.
 */
describe('confidential mode under attack: submitters and rules', () => {
  const SEC = 'CONF-ATTACK';
  const alice = newOwnerKeys();
  const carol = newOwnerKeys();
  let h: Harness;
  let prover: Prover;
  let zk: ConfidentialService;
  let aliceNote: NoteOpening;
  /** Alice's honest transfer of 30 to Carol: proven, never submitted here. */
  let honest: ProvenTransaction;

  const caller = (actor: Actor) => callerOf(h, actor);
  const outcome = (actor: Actor, tx: Parameters<ConfidentialService['submit']>[1]) => new St2Client(h.ledger).outcomeOf(() => zk.submit(caller(actor), tx));
  const pool = async () => (await ok(h, cast.regulator, 'GET', `/v1/securities/${SEC}/confidential`)).body as { noteRoot: string; roots: string[]; size: number };
  /** Members of the channel with no standing in this security: another bank's ops, the custodian, admins, the KYC provider, an investor outside the allowlist, the regulator. */
  const outsiders = [cast.agent2, cast.custodian, cast.admin, cast.admin2, cast.kyc, cast.bob, cast.regulator];

  beforeAll(async () => {
    [h, prover] = await Promise.all([startHarness(), Prover.load()]);
    zk = new ConfidentialService(h.ledger, prover, h.orgKeys);
    await registerHarnessOrgKeys(h);
    await confidentialWorld(h, SEC, { alice, carol });
    await onboard(h, cast.bob.id); // KYC'd, but no key in the allowlist
    const minted = await ok(h, cast.agent, 'POST', '/v1/confidential/mint', { securityId: SEC, amount: '100', to: { publicKey: alice.publicKey.toString(), org: h.mspId('bank1') } });
    const [note] = minted.body['created'] as { amount: string; ownerPublicKey: string; salt: string }[];
    if (!note) throw new Error('the mint created no note');
    aliceNote = { amount: BigInt(note.amount), ownerPublicKey: BigInt(note.ownerPublicKey), salt: BigInt(note.salt), securityId: securityField(SEC) };
    honest = await zk.proveTransfer(caller(cast.alice), SEC, { keys: alice, org: h.mspId('bank1') }, [aliceNote], { publicKey: carol.publicKey, org: h.mspId('bank2') }, 30n);
  });

  afterAll(async () => {
    await h?.close();
    await terminateZkWorkers();
  });

  it('cannot prove a dummy-only transfer: the wallet library refuses to build it and the circuit refuses a hand-made witness of it', async () => {
    const { noteRoot } = await pool();
    const spam = await dummyOnlyTransfer(zk, caller(cast.alice), SEC, noteRoot, await zk.allowlist(caller(cast.alice), SEC), [alice, carol], h.mspId('bank1'));
    expect(() => transferWitness(spam.inputs, spam.outputs, spam.openingsDigest)).toThrow(RangeError);
    await expect(quietly(() => prover.proveInput('transfer', spam.circuitInput))).rejects.toThrow(failedIn('NonZero', 'Transfer'));
  });

  it('leaves an investor of the security no free transfer to churn the tree: the dummy-only transfer with any proof it holds is refused with ST2-INVALID-PROOF, and changes nothing', async () => {
    const { noteRoot, size } = await pool();
    const spam = await dummyOnlyTransfer(zk, caller(cast.alice), SEC, noteRoot, await zk.allowlist(caller(cast.alice), SEC), [alice, carol], h.mspId('bank1'));
    // The only valid transfer proof an investor can make spends a real note: Alice's own, of another statement.
    const submission = { fn: 'confidential:transfer', input: { ...spam.input, proof: honest.input['proof'] }, created: spam.created };
    const before = await confidentialState(h, SEC);
    expect(await outcome(cast.alice, submission)).toBe('ST2-INVALID-PROOF');
    expect(await confidentialState(h, SEC)).toEqual(before);
    expect(await pool()).toMatchObject({ noteRoot, size });
  });

  it('refuses an honest proof and a seal from anyone but an investor in the allowlist or the security’s agent, with ST2-UNAUTHORIZED, and changes nothing', async () => {
    const before = await confidentialState(h, SEC);
    for (const actor of outsiders) {
      expect([actor.id, await outcome(actor, honest)]).toEqual([actor.id, 'ST2-UNAUTHORIZED']);
      expect([actor.id, await new St2Client(h.ledger).outcomeOf(() => zk.seal(caller(actor), SEC))]).toEqual([actor.id, 'ST2-UNAUTHORIZED']);
    }
    const overHttp = await call(h, cast.agent2, 'POST', '/v1/confidential/transfers', { proven: { input: honest.input } });
    expect(overHttp).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    expect(await confidentialState(h, SEC)).toEqual(before);
  });

  it('refuses an honest holder’s proof relayed by an outsider, and accepts it from the holder (the refusal is about the submitter)', async () => {
    const tx = await zk.proveTransfer(caller(cast.alice), SEC, { keys: alice, org: h.mspId('bank1') }, [aliceNote], { publicKey: carol.publicKey, org: h.mspId('bank2') }, 30n);
    const before = await confidentialState(h, SEC);
    expect(await outcome(cast.bob, tx)).toBe('ST2-UNAUTHORIZED');
    expect(await outcome(cast.agent2, tx)).toBe('ST2-UNAUTHORIZED');
    expect(await confidentialState(h, SEC)).toEqual(before);
    expect(await outcome(cast.alice, tx)).toBe('accepted');
    expect(await zk.sealPending(caller(cast.alice), SEC)).toBe(true);
  });

  it('refuses to enable confidential mode on a security with max balance, max holders and a daily limit, naming them with ST2-RULE-UNENFORCEABLE, and changes nothing', async () => {
    const capped = 'CAPPED-EQ';
    const created = await ok(h, cast.issuer, 'POST', '/v1/securities', equity(capped, { requiredClaims: ['kyc'], maxBalance: '50', maxHolders: 1, dailyLimit: '10' }));
    const height = await h.ledger.height();
    const refused = await call(h, cast.agent, 'POST', `/v1/securities/${capped}/confidential`);
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'ST2-RULE-UNENFORCEABLE', details: { rules: ['maxBalance', 'maxHolders', 'dailyLimit'] } } } });
    expect(await h.ledger.height()).toBe(height);
    expect((await call(h, cast.agent, 'GET', `/v1/securities/${capped}/confidential`)).status).toBeGreaterThanOrEqual(400);
    expect((await ok(h, cast.agent, 'GET', `/v1/securities/${capped}?consistentWith=${String(created.body['txId'])}`)).body).not.toHaveProperty('confidential');
  });

  it('refuses to set such a rule on a confidential security with ST2-RULE-UNENFORCEABLE, and changes nothing', async () => {
    const before = await confidentialState(h, SEC);
    const rulesBefore = (await ok(h, cast.agent, 'GET', `/v1/securities/${SEC}`)).body['rules'];
    const refused = await call(h, cast.issuer, 'PUT', `/v1/securities/${SEC}/rules`, { rules: { requiredClaims: ['kyc'], minHoldingPeriodMs: 86_400_000 } });
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'ST2-RULE-UNENFORCEABLE', details: { rules: ['minHoldingPeriodMs'] } } } });
    expect((await ok(h, cast.agent, 'GET', `/v1/securities/${SEC}`)).body['rules']).toEqual(rulesBefore);
    expect(await confidentialState(h, SEC)).toEqual(before);
  });
});
