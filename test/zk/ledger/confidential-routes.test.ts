import { generateKeyPairSync } from 'node:crypto';
import { rawPublicKey } from '@st2/chaincode';
import { MerkleTree, newOwnerKeys, Prover, securityField, terminateZkWorkers, TREE_DEPTH } from '@st2/circuits';
import { ConfidentialService, type ConfidentialLedger } from '../../../gateway/src/confidential/confidential-service';
import { ledgerRequestId } from '../../../gateway/src/idempotency/idempotency';
import { startHarness, type Actor, type Harness } from '../../gateway/support/harness';
import { cast } from '../../gateway/support/cast';
import { call, ok } from '../../gateway/support/world';
import { negatedProof } from '../../scenarios/negated-proof';
import { callerOf, confidentialWorld, registerHarnessOrgKeys } from './confidential-world';

jest.setTimeout(240_000);

/** The confidential routes over a real embedded ledger with real proofs: gateway-proven and client-proven. */
describe('POST /v1/confidential/* and GET /v1/confidential/notes', () => {
  const SEC = 'CONF-EQ';
  const alice = newOwnerKeys();
  const carol = newOwnerKeys();
  let h: Harness;
  let prover: Prover;

  const caller = (actor: Actor) => callerOf(h, actor);
  const submit = (actor: Actor, fn: string, input: object) => h.ledger.submit(caller(actor), { fn, args: [JSON.stringify(input)] });
  const notesOf = async (actor: Actor, owner?: bigint) =>
    (await ok(h, actor, 'GET', `/v1/confidential/notes?securityId=${SEC}${owner === undefined ? '' : `&ownerPublicKey=${owner}`}`)).body as {
      notes: { amount: string; ownerPublicKey: string; salt: string; spent: boolean }[]; balance: string;
    };

  /** A wallet's reads over the REST API only: the allowlist, the note tree's leaves and the keys it seals openings to. */
  const overHttp = (actor: Actor): ConfidentialLedger => ({
    evaluate: async (_caller, { fn, args: [first, from] }) => {
      const paths: Record<string, string> = {
        'confidential:getAllowlist': `/v1/securities/${first}/confidential/allowlist`,
        'confidential:getLeaves': `/v1/securities/${first}/confidential/leaves?from=${from}`,
        'confidential:getOrgKey': `/v1/orgs/${first}/opening-key`,
        'confidential:getAuditKey': '/v1/confidential/audit-key',
      };
      const path = paths[fn];
      if (!path) throw new Error(`a wallet does not read ${fn}`);
      return Buffer.from(JSON.stringify((await ok(h, actor, 'GET', path)).body));
    },
    submit: () => Promise.reject(new Error('a wallet submits through POST /v1/confidential/*')),
  });

  beforeAll(async () => {
    [h, prover] = await Promise.all([startHarness(), Prover.load()]);
    await registerHarnessOrgKeys(h);
    await confidentialWorld(h, SEC, { alice, carol });
  });

  afterAll(async () => {
    await h?.close();
    await terminateZkWorkers();
  });

  it('mints (the gateway proves) and lists the note with the balance for the owner’s bank and the owner', async () => {
    const reply = await ok(h, cast.agent, 'POST', '/v1/confidential/mint', { securityId: SEC, amount: '100', to: { publicKey: alice.publicKey.toString(), org: h.mspId('bank1') } });
    expect(reply.status).toBe(201);
    expect(reply.body['events']).toEqual([expect.objectContaining({ type: 'ConfidentialMinted', amount: '100' })]);
    expect((await notesOf(cast.agent, alice.publicKey)).balance).toBe('100');
    expect((await notesOf(cast.alice)).balance).toBe('100');
    expect((await notesOf(cast.agent2, alice.publicKey)).notes).toEqual([]);
  });

  it('transfers with a proof the gateway makes from the holder’s secret, and with one the client made itself', async () => {
    const [note] = (await notesOf(cast.alice)).notes;
    const reply = await ok(h, cast.agent, 'POST', '/v1/confidential/transfers', {
      securityId: SEC, from: { ownerSecret: alice.secret.toString(), org: h.mspId('bank1') }, notes: [note],
      to: { publicKey: carol.publicKey.toString(), org: h.mspId('bank2') }, amount: '30',
    });
    expect(reply.status).toBe(201);
    expect(JSON.stringify(reply.body['events'])).not.toContain('"30"');
    expect((await notesOf(cast.agent2, carol.publicKey)).balance).toBe('30');
    expect((await notesOf(cast.alice)).balance).toBe('70');

    // The client proves on its own machine (its secret never leaves it) from what the REST API serves,
    // and hands the gateway the result.
    const wallet = new ConfidentialService(overHttp(cast.alice), prover);
    const change = (await notesOf(cast.alice)).notes.find((n) => !n.spent);
    if (!change) throw new Error('no live note');
    const opening = { amount: BigInt(change.amount), ownerPublicKey: BigInt(change.ownerPublicKey), salt: BigInt(change.salt), securityId: securityField(SEC) };
    const tx = await wallet.proveTransfer(caller(cast.alice), SEC, { keys: alice, org: h.mspId('bank1') }, [opening], { publicKey: carol.publicKey, org: h.mspId('bank2') }, 20n);
    // A relayer (carol, an investor of the security, so an allowed submitter) submits a re-encoded copy of the proof first: the identical outcome.
    const relayed = await h.ledger.submit(caller(cast.carol), { fn: tx.fn, args: [JSON.stringify({ ...tx.input, proof: negatedProof(tx.input['proof']) })] });
    const applied = await call(h, cast.alice, 'POST', '/v1/confidential/transfers', { proven: { input: tx.input } });
    expect(applied.status).toBe(201);
    expect(applied.body).toEqual({ txId: relayed.txId, alreadyApplied: true, events: [], created: [] });
    expect((await notesOf(cast.agent2, carol.publicKey)).balance).toBe('50');
    expect((await notesOf(cast.alice)).balance).toBe('50');
    expect((await notesOf(cast.regulator)).balance).toBe('100');
  });

  it('mints once per Idempotency-Key: a repeat gets the first response, a request the gateway forgot is refused by the ledger', async () => {
    const body = { securityId: SEC, amount: '5', to: { publicKey: carol.publicKey.toString(), org: h.mspId('bank2') } };
    const before = (await notesOf(cast.regulator)).balance;
    const first = await ok(h, cast.agent, 'POST', '/v1/confidential/mint', body, { 'idempotency-key': 'mint-5-carol' });
    const again = await ok(h, cast.agent, 'POST', '/v1/confidential/mint', body, { 'idempotency-key': 'mint-5-carol' });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(BigInt((await notesOf(cast.regulator)).balance)).toBe(BigInt(before) + 5n);
    // As if the gateway had crashed before storing its response: a new proof (another note) with the caller's request id for that key.
    const tx = await new ConfidentialService(h.ledger, prover).proveMint(caller(cast.agent), SEC, 5n, { publicKey: carol.publicKey, org: h.mspId('bank2') });
    await expect(h.ledger.submit(caller(cast.agent), { fn: tx.fn, args: [JSON.stringify({ ...tx.input, requestId: ledgerRequestId(caller(cast.agent), 'mint-5-carol') })] }))
      .rejects.toMatchObject({ code: 'ST2-DUPLICATE-REQUEST' });
    expect(BigInt((await notesOf(cast.regulator)).balance)).toBe(BigInt(before) + 5n);
  });

  it('serves a prover’s reads: the pool’s roots and supply, the allowlist, the sealed leaves from any index', async () => {
    const pool = (await ok(h, cast.alice, 'GET', `/v1/securities/${SEC}/confidential`)).body as { noteRoot: string; roots: string[]; size: number; kycRoot: string; supply: string };
    const allowlist = (await ok(h, cast.alice, 'GET', `/v1/securities/${SEC}/confidential/allowlist`)).body as { root: string; leaves: string[] };
    const leaves = (await ok(h, cast.alice, 'GET', `/v1/securities/${SEC}/confidential/leaves`)).body as { leaves: string[] };
    expect(allowlist.leaves).toEqual([alice.publicKey.toString(), carol.publicKey.toString()]);
    expect(allowlist.root).toBe(pool.kycRoot);
    expect(leaves.leaves).toHaveLength(pool.size);
    expect(new MerkleTree(TREE_DEPTH, leaves.leaves.map(BigInt)).root.toString()).toBe(pool.noteRoot);
    expect(pool.roots.at(-1)).toBe(pool.noteRoot);
    expect(((await ok(h, cast.alice, 'GET', `/v1/securities/${SEC}/confidential/leaves?from=2`)).body as { leaves: string[] }).leaves).toEqual(leaves.leaves.slice(2));
    expect(pool.supply).toBe((await notesOf(cast.regulator)).balance);
  });

  it('refuses a second key for an identity, a viewing key that is not its public key’s, and plain issuance once the security is confidential', async () => {
    const viewingKey = { authKey: alice.viewingKey.authKey.toString(), nullifierKey: alice.viewingKey.nullifierKey.toString() };
    const again = await call(h, cast.alice, 'POST', `/v1/identities/${cast.alice.id}/confidential-key`, { publicKey: alice.publicKey.toString(), viewingKey });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'ST2-ALREADY-EXISTS' } } });
    const mismatched = await call(h, cast.agent2, 'POST', `/v1/identities/${cast.carol.id}/confidential-key`, { publicKey: '12345', viewingKey });
    expect(mismatched).toMatchObject({ status: 400, body: { error: { code: 'ST2-INVALID-INPUT' } } });
    const plain = await call(h, cast.agent, 'POST', `/v1/securities/${SEC}/issuances`, { to: cast.alice.id, amount: '1' });
    expect(plain).toMatchObject({ status: 422, body: { error: { code: 'ST2-CONFIDENTIAL-MODE' } } });
  });

  it('serves the orgs’ opening keys, and registers one only once', async () => {
    const bank1 = h.mspId('bank1');
    const registered = (await ok(h, cast.agent2, 'GET', `/v1/orgs/${bank1}/opening-key`)).body;
    expect(registered).toMatchObject({ org: bank1, publicKey: h.orgKeys.publicKey(bank1), auditor: false });
    const again = await ok(h, cast.admin, 'POST', `/v1/orgs/${bank1}/opening-key`, { publicKey: h.orgKeys.publicKey(bank1) });
    expect(again.body['events']).toEqual([]);
    const another = rawPublicKey(generateKeyPairSync('x25519').publicKey);
    expect(await call(h, cast.admin, 'POST', `/v1/orgs/${bank1}/opening-key`, { publicKey: another })).toMatchObject({ status: 409, body: { error: { code: 'ST2-ORG-KEY-EXISTS' } } });
  });

  it('answers a refused proof with 422 and its reason code', async () => {
    const [note] = (await notesOf(cast.agent, alice.publicKey)).notes.filter((n) => n.spent);
    const reply = await call(h, cast.agent, 'POST', '/v1/confidential/transfers', {
      securityId: SEC, from: { ownerSecret: alice.secret.toString(), org: h.mspId('bank1') }, notes: [note],
      to: { publicKey: carol.publicKey.toString(), org: h.mspId('bank2') }, amount: '1',
    });
    expect(reply).toMatchObject({ status: 422, body: { error: { code: 'ST2-NULLIFIER-SPENT' } } });
  });

  it('keeps projecting past confidential transactions: the audit log holds them, without owners', async () => {
    const refreshed = await submit(cast.agent, 'confidential:refreshAllowlist', { securityId: SEC });
    const log = await ok(h, cast.regulator, 'GET', `/v1/audit/events?securityId=${SEC}&limit=100&consistentWith=${refreshed.txId}`);
    const types = (log.body.items as { event: { type: string } }[]).map((row) => row.event.type);
    expect(types).toEqual(expect.arrayContaining(['ConfidentialEnabled', 'AllowlistRefreshed', 'ConfidentialMinted', 'ConfidentialTransferred', 'NotesSealed']));
    expect(JSON.stringify(log.body)).not.toContain(cast.alice.id);
    expect((await call(h, cast.regulator, 'GET', '/ready')).status).toBe(200);
  });
});
