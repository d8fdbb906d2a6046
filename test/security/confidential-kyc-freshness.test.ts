import { newOwnerKeys, Prover, securityField, terminateZkWorkers, type NoteOpening } from '@st2/circuits';
import { ConfidentialService, type ProvenTransaction } from '../../gateway/src/confidential/confidential-service';
import { cast } from '../gateway/support/cast';
import { startHarness, type Actor, type Harness } from '../gateway/support/harness';
import { call, governed, ok } from '../gateway/support/world';
import { St2Client } from '../scenarios/client';
import { callerOf, confidentialWorld, registerHarnessOrgKeys } from '../zk/ledger/confidential-world';
import { confidentialState } from './confidential-attack';

jest.setTimeout(240_000);

/**
 * Stale KYC, from the side of whoever would profit from it: proofs made against an allowlist that no
 * longer says who may receive, submitted after a claim was revoked or reissued, after a claim it relied
 * on expired, after the security's recipient rules changed. Real proofs on the embedded ledger; every
 * refusal leaves the ledger and the read model unchanged, and a refresh restores service.
 */
describe('confidential mode: the KYC allowlist is stale at once', () => {
  const SEC = 'CONF-KYC';
  const alice = newOwnerKeys();
  const carol = newOwnerKeys();
  let h: Harness;
  let zk: ConfidentialService;
  let aliceNote: NoteOpening;

  const caller = (actor: Actor) => callerOf(h, actor);
  const outcome = (actor: Actor, tx: ProvenTransaction) => new St2Client(h.ledger).outcomeOf(() => zk.submit(caller(actor), tx));
  const mintBody = (to: { publicKey: bigint }, org: string) => ({ securityId: SEC, amount: '5', to: { publicKey: to.publicKey.toString(), org: h.mspId(org) } });
  const proveMint = () => zk.proveMint(caller(cast.agent), SEC, 5n, { publicKey: alice.publicKey, org: h.mspId('bank1') });
  const proveTransfer = () => zk.proveTransfer(caller(cast.alice), SEC, { keys: alice, org: h.mspId('bank1') }, [aliceNote], { publicKey: alice.publicKey, org: h.mspId('bank1') }, 1n);
  const refresh = () => ok(h, cast.agent, 'POST', `/v1/securities/${SEC}/confidential/allowlist`);
  const leaves = async () => ((await ok(h, cast.regulator, 'GET', `/v1/securities/${SEC}/confidential/allowlist`)).body as { leaves: string[] }).leaves;

  /** A mint over REST (the gateway proves against the allowlist it reads) is refused with ST2-ALLOWLIST-STALE and this cause. */
  const expectStaleMint = async (cause: string) => {
    const refused = await call(h, cast.agent, 'POST', '/v1/confidential/mint', mintBody(alice, 'bank1'));
    expect(refused).toMatchObject({ status: 422, body: { error: { code: 'ST2-ALLOWLIST-STALE', details: { cause } } } });
  };

  /** The REST mint is refused (nothing changes) until an agent refreshes the allowlist; then it is accepted. */
  const expectStaleUntilRefresh = async (cause: string) => {
    const before = await confidentialState(h, SEC);
    await expectStaleMint(cause);
    expect(await confidentialState(h, SEC)).toEqual(before);
    await refresh();
    expect((await call(h, cast.agent, 'POST', '/v1/confidential/mint', mintBody(alice, 'bank1'))).status).toBe(201);
  };

  beforeAll(async () => {
    let prover: Prover;
    [h, prover] = await Promise.all([startHarness(), Prover.load()]);
    zk = new ConfidentialService(h.ledger, prover, h.orgKeys);
    await registerHarnessOrgKeys(h);
    await confidentialWorld(h, SEC, { alice, carol });
    const minted = await zk.submit(caller(cast.agent), await proveMint());
    if (minted.events.length !== 1) throw new Error('the setup mint failed');
    await zk.seal(caller(cast.agent), SEC);
    const [note] = await zk.notes(caller(cast.regulator), SEC, alice.publicKey);
    if (!note) throw new Error('alice has no note');
    aliceNote = { amount: BigInt(note.amount), ownerPublicKey: BigInt(note.ownerPublicKey), salt: BigInt(note.salt), securityId: securityField(SEC) };
  });

  afterAll(async () => {
    await h?.close();
    await terminateZkWorkers();
  });

  it('refuses mints and transfers proven before another member’s claim was revoked, with ST2-ALLOWLIST-STALE, and changes nothing', async () => {
    const [mint, transfer] = [await proveMint(), await proveTransfer()];
    await ok(h, cast.kyc, 'DELETE', `/v1/identities/${cast.carol.id}/claims/kyc`);
    const before = await confidentialState(h, SEC);
    expect(await outcome(cast.agent, mint)).toBe('ST2-ALLOWLIST-STALE');
    expect(await outcome(cast.alice, transfer)).toBe('ST2-ALLOWLIST-STALE');
    await expectStaleMint('claim-changed');
    expect(await confidentialState(h, SEC)).toEqual(before);

    await refresh();
    expect(await leaves()).toEqual([alice.publicKey.toString()]);
    expect(await outcome(cast.agent, mint)).toBe('ST2-STALE-ROOT');
    expect((await call(h, cast.agent, 'POST', '/v1/confidential/mint', mintBody(alice, 'bank1'))).status).toBe(201);
  });

  it('refuses mints once a member’s claim is reissued (it may now expire earlier), until a refresh', async () => {
    await ok(h, cast.kyc, 'POST', `/v1/identities/${cast.alice.id}/claims`, { topic: 'kyc', expiresAt: h.clock.now + 2 * 86_400_000, evidence: { method: 'document-check', reference: 'renewed' } });
    await expectStaleUntilRefresh('claim-changed');
  });

  it('refuses mints once the security’s recipient rules changed, until a refresh applies them', async () => {
    await ok(h, cast.issuer, 'PUT', `/v1/securities/${SEC}/rules`, { rules: { requiredClaims: ['kyc'], blockedJurisdictions: ['US'] } });
    await expectStaleUntilRefresh('rules-changed');
  });

  it('keeps the allowlist fresh when trust is added, and refuses mints once the consortium withdraws trust from an issuer, until a refresh', async () => {
    const issuer = { org: h.mspId('bank1'), id: 'aml-house' };
    await governed(h, 'POST', '/v1/claim-issuers', { issuer, topics: ['aml', 'kyc'] });
    expect((await call(h, cast.agent, 'POST', '/v1/confidential/mint', mintBody(alice, 'bank1'))).status).toBe(201);
    await governed(h, 'PUT', `/v1/claim-issuers/${issuer.org}/${issuer.id}`, { topics: ['aml'] });
    await expectStaleUntilRefresh('trust-withdrawn');
    await governed(h, 'DELETE', `/v1/claim-issuers/${issuer.org}/${issuer.id}`);
    await expectStaleUntilRefresh('trust-withdrawn');
  });

  it('refuses mints and transfers from the earliest claim expiry the allowlist relied on, by transaction time, and changes nothing', async () => {
    const [mint, transfer] = [await proveMint(), await proveTransfer()];
    h.clock.now += 2 * 86_400_000; // alice's reissued claim expires; she is still a leaf of the current root
    const before = await confidentialState(h, SEC);
    expect(await outcome(cast.agent, mint)).toBe('ST2-ALLOWLIST-STALE');
    expect(await outcome(cast.agent, transfer)).toBe('ST2-ALLOWLIST-STALE');
    await expectStaleMint('claim-expired');
    expect(await confidentialState(h, SEC)).toEqual(before);
    await refresh();
    expect(await leaves()).toEqual([]); // carol's claim was revoked, alice's has expired
  });
});
