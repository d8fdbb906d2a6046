import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confidentialCodecs, openingsDigest, sealOpening, type SealedOpening } from '@st2/chaincode';
import { mintWitness, newNote, newOwnerKeys, noteCommitment, Prover, securityField, terminateZkWorkers, type NoteOpening } from '@st2/circuits';
import { ConfidentialService, type ProvenTransaction } from '../../../gateway/src/confidential/confidential-service';
import { orgKeyTargets, registerOrgKeys } from '../../../gateway/src/confidential/org-key-registration';
import { OrgKeyring } from '../../../gateway/src/confidential/org-keyring';
import { decodeVersioned } from '../../../gateway/src/ledger/embedded/version';
import { openStorage } from '../../../gateway/src/ledger/embedded/storage';
import { cast } from '../../gateway/support/cast';
import { startHarness, type Actor, type Harness } from '../../gateway/support/harness';
import { St2Client } from '../../scenarios/client';
import { callerOf, confidentialWorld, registerHarnessOrgKeys } from './confidential-world';

jest.setTimeout(240_000);

/**
 * Note openings sealed to org keys (X25519 ECIES) on a real embedded ledger with real proofs: the
 * registry's rules, who can read what, and what the private collections hold at rest.
 */
describe('note openings sealed to org opening keys', () => {
  const SEC = 'SEALED-EQ';
  const alice = newOwnerKeys();
  const carol = newOwnerKeys();
  let h: Harness;
  let zk: ConfidentialService;
  let prover: Prover;
  let mint: ProvenTransaction;
  let transfer: ProvenTransaction;
  let stopped = false;

  const caller = (actor: Actor) => callerOf(h, actor);
  const outcome = (write: () => Promise<unknown>) => new St2Client(h.ledger).outcomeOf(write);
  const registerOrgKey = (actor: Actor, input: object) => h.ledger.submit(caller(actor), { fn: 'confidential:registerOrgKey', args: [JSON.stringify(input)] });
  const orgKeyOf = async (org: string) => confidentialCodecs.orgKey.parse(await h.ledger.evaluate(caller(cast.regulator), { fn: 'confidential:getOrgKey', args: [org] }));
  /** A member's gateway: its own org's key only (read from the harness's keyring directory). */
  const gatewayOf = async (org: string) => new ConfidentialService(h.ledger, prover, await OrgKeyring.open(join(h.directory, 'org-keys'), [h.mspId(org)]));

  beforeAll(async () => {
    [h, prover] = await Promise.all([startHarness(), Prover.load()]);
    zk = new ConfidentialService(h.ledger, prover, h.orgKeys);
    await registerHarnessOrgKeys(h);
    await confidentialWorld(h, SEC, { alice, carol });
  });

  afterAll(async () => {
    if (stopped) await rm(h.directory, { recursive: true, force: true });
    else await h?.close();
    await terminateZkWorkers();
  });

  /** A mint proof for alice whose opening the client sealed to `bankOrg` (with `bankKey`) and to `auditOrg`. */
  const mintSealedTo = async (bankOrg: string, bankKey: string, auditOrg: string) => {
    const note = newNote(100n, securityField(SEC), alice.publicKey);
    const record = { securityId: SEC, commitment: noteCommitment(note).toString(), amount: 100n, ownerPublicKey: alice.publicKey.toString(), salt: note.salt.toString() };
    const openings = [sealOpening(record, bankOrg, bankKey), sealOpening(record, auditOrg, h.orgKeys.publicKey(auditOrg))];
    const allowlist = await zk.allowlist(caller(cast.agent), SEC);
    const witness = mintWitness({ note, kyc: allowlist.proof(allowlist.indexOf(alice.publicKey)) }, openingsDigest(openings));
    const { proof } = await prover.prove(witness);
    const input = { securityId: SEC, amount: '100', commitment: record.commitment, kycRoot: witness.publicInputs.kycRoot.toString(), proof, openings };
    return () => h.ledger.submit(caller(cast.agent), { fn: 'confidential:mint', args: [JSON.stringify(input)] });
  };

  it('refuses, with ST2-NO-ORG-KEY, an opening sealed to an org with no registered key, and with ST2-INVALID-INPUT one whose second copy is not the auditor’s; writes nothing', async () => {
    const stranger = await OrgKeyring.open(await mkdtemp(join(tmpdir(), 'st2-keys-')), ['NewBankMSP']);
    const [bank2, regulator] = [h.mspId('bank2'), h.mspId('regulator')];
    expect(await outcome(await mintSealedTo('NewBankMSP', stranger.publicKey('NewBankMSP'), regulator))).toBe('ST2-NO-ORG-KEY');
    expect(await outcome(await mintSealedTo(h.mspId('bank1'), h.orgKeys.publicKey(h.mspId('bank1')), bank2))).toBe('ST2-INVALID-INPUT');
    const pool = JSON.parse(Buffer.from(await h.ledger.evaluate(caller(cast.regulator), { fn: 'confidential:getPool', args: [SEC] })).toString()) as { supply: string };
    expect(pool.supply).toBe('0');
    expect(await zk.notes(caller(cast.regulator), SEC)).toEqual([]);
  });

  it('keeps registered keys public and immutable: the same key again is a no-op, another is refused with ST2-ORG-KEY-EXISTS', async () => {
    const [bank2, regulator] = [h.mspId('bank2'), h.mspId('regulator')];
    expect(await orgKeyOf(regulator)).toMatchObject({ org: regulator, publicKey: h.orgKeys.publicKey(regulator), auditor: true });
    expect((await registerOrgKey(cast.admin2, { org: bank2, publicKey: h.orgKeys.publicKey(bank2) })).payload.events).toEqual([]);
    expect(await registerHarnessOrgKeys(h)).toEqual([]);
    const stranger = await OrgKeyring.open(await mkdtemp(join(tmpdir(), 'st2-keys-')), [bank2]);
    expect(await outcome(() => registerOrgKey(cast.admin2, { org: bank2, publicKey: stranger.publicKey(bank2) }))).toBe('ST2-ORG-KEY-EXISTS');
    await expect(registerOrgKeys(h.ledger, caller(cast.admin2), stranger, orgKeyTargets(h.topology).filter((t) => t.org === bank2))).rejects.toThrow(/another opening key/);
    expect(await outcome(() => registerOrgKey(cast.agent2, { org: 'NewBankMSP', publicKey: stranger.publicKey(bank2) }))).toBe('ST2-UNAUTHORIZED');
    expect(await outcome(() => registerOrgKey(cast.admin2, { org: 'NewBankMSP', publicKey: Buffer.alloc(32).toString('base64') }))).toBe('ST2-INVALID-INPUT');
  });

  it('lists a collection’s notes only to a gateway holding that collection’s org key', async () => {
    const [bank1, bank2] = [h.mspId('bank1'), h.mspId('bank2')];
    mint = await zk.proveMint(caller(cast.agent), SEC, 100n, { publicKey: alice.publicKey, org: bank1 });
    await zk.submit(caller(cast.agent), mint);
    await zk.seal(caller(cast.agent), SEC);
    transfer = await zk.proveTransfer(caller(cast.agent), SEC, { keys: alice, org: bank1 }, [mint.created[0] as NoteOpening], { publicKey: carol.publicKey, org: bank2 }, 30n);
    await zk.submit(caller(cast.agent), transfer);
    const [bank1Gateway, bank2Gateway, auditGateway] = await Promise.all([gatewayOf('bank1'), gatewayOf('bank2'), gatewayOf('regulator')]);
    const amounts = (notes: readonly { amount: string; spent: boolean }[]) => notes.map((n) => `${n.amount}${n.spent ? ' spent' : ''}`).sort();
    expect(amounts(await bank1Gateway.notes(caller(cast.agent), SEC))).toEqual(['100 spent', '70']);
    expect(amounts(await bank1Gateway.notes(caller(cast.agent), SEC, carol.publicKey))).toEqual([]);
    expect(amounts(await bank2Gateway.notes(caller(cast.agent2), SEC, carol.publicKey))).toEqual(['30']);
    expect(amounts(await auditGateway.notes(caller(cast.regulator), SEC))).toEqual(['100 spent', '30', '70']);
    // Sealed to another org's key: not listed.
    expect(await bank2Gateway.notes(caller(cast.agent), SEC)).toEqual([]);
    expect(await bank1Gateway.notes(caller(cast.regulator), SEC)).toEqual([]);
  });

  it('keeps no amount, owner key, salt or viewing key in the clear in the private collections, and no owner key in their keys', async () => {
    await h.stop();
    stopped = true;
    const storage = await openStorage(join(h.directory, 'ledger'));
    const entries = await storage.privateData.iterator().all().finally(() => storage.db.close());
    const values = entries.map(([key, bytes]) => [key, decodeVersioned(bytes).value.toString('utf8')] as const);
    const text = values.flat().join('\n');
    for (const note of [...mint.created, ...transfer.created]) {
      for (const secret of [note.ownerPublicKey, note.salt]) expect(text).not.toContain(secret.toString());
    }
    for (const holder of [alice, carol]) {
      for (const secret of [holder.viewingKey.authKey, holder.viewingKey.nullifierKey]) expect(text).not.toContain(secret.toString());
    }
    expect(text).not.toContain('"amount"');
    expect(values.filter(([key]) => key.includes('viewing-key'))).toHaveLength(4); // two holders, each in its bank's and the audit collection
    const sealed = values.filter(([key]) => key.includes('sealed-opening')).map(([, value]) => JSON.parse(value) as SealedOpening);
    expect(sealed).toHaveLength(6); // three notes, each in its bank's collection and the audit collection
    expect(new Set(sealed.map((s) => s.org))).toEqual(new Set(['bank1', 'bank2', 'regulator'].map((org) => h.mspId(org))));
  });
});
