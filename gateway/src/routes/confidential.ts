import { Type, type Static, type TObject } from '@sinclair/typebox';
import { confidentialPayloadCodec, Id } from '@st2/chaincode';
import { ownerKeysOf, Prover, securityField, type NoteOpening } from '@st2/circuits';
import { principalOf, type Principal } from '../auth/principal';
import { ApiError } from '../errors/api-error';
import { ConfidentialService, type ConfidentialEvents, type ProvenTransaction } from '../confidential/confidential-service';
import type { Services } from '../services';
import { operation, type Operation } from './operation';
import { EventObject, IdempotencyHeaders, TxId } from './schemas';
import { idempotentWrite, withRequestId } from './write';

const tags = ['confidential'];

export const FieldElement = Type.String({ pattern: '^(0|[1-9][0-9]{0,76})$', description: 'BN254 field element, decimal' });
const Amount = Type.String({ pattern: '^[1-9][0-9]{0,19}$', description: 'Positive amount below 2^64, decimal' });
const Org = Type.String({ pattern: '^[A-Za-z0-9.-]{1,64}$', description: 'MSP id of the bank that receives the note opening' });
const Recipient = Type.Object({ publicKey: FieldElement, org: Org }, { additionalProperties: false });
const NoteSchema = Type.Object({ amount: Type.String({ pattern: '^(0|[1-9][0-9]{0,19})$' }), ownerPublicKey: FieldElement, salt: FieldElement });
/** The holder's secret: only to its own bank's gateway, which proves on its behalf (custodial mode). */
const Spender = Type.Object({ ownerSecret: FieldElement, org: Org }, { additionalProperties: false });

/**
 * A proof the client made itself: the chaincode input, with the proof and the sealed openings it binds.
 * Nothing else: no opening travels in the clear.
 */
const ClientProven = Type.Object({
  input: Type.Object({}, { additionalProperties: true, description: 'The confidential:* chaincode input: public inputs, `proof`, and `openings` sealed to each note\'s bank and the auditor' }),
}, { additionalProperties: false });

const ConfidentialWriteResult = Type.Object({
  txId: TxId,
  blockNumber: Type.Optional(Type.Integer({ minimum: 0, description: 'Absent when `alreadyApplied`' })),
  alreadyApplied: Type.Boolean({ description: 'Another transaction (`txId`), e.g. a relayer\'s copy of this proof, had already applied this very outcome' }),
  events: Type.Array(EventObject),
  created: Type.Array(NoteSchema, { description: 'Openings of the notes created (gateway-proven only): give them to their owners' }),
});

/** One Prover per process (artifacts in memory): the app's, or one loaded at first use. One service per app. */
let prover: Promise<Prover> | undefined;
const services = new WeakMap<Services, ConfidentialService>();

export async function confidentialOf(s: Services): Promise<ConfidentialService> {
  const loaded = s.prover ?? (await (prover ??= Prover.load()));
  let found = services.get(s);
  if (!found) {
    const { ledger, submitter, orgKeys } = s;
    found = new ConfidentialService({
      submit: (caller, proposal) => submitter.submit(caller, proposal),
      evaluate: (caller, proposal) => ledger.evaluate(caller, proposal),
    }, loaded, orgKeys);
    services.set(s, found);
  }
  return found;
}

/** The wallet's refusals (not in the allowlist, note not sealed, amount too large) are the client's input errors. */
async function proving(run: () => Promise<ProvenTransaction>): Promise<ProvenTransaction> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof RangeError) throw new ApiError('ST2-INVALID-INPUT', error.message);
    throw error;
  }
}

function clientProven(fn: string, body: Static<typeof ClientProven>): ProvenTransaction {
  return { fn, input: body.input, created: [] };
}

/**
 * Submits (with the Idempotency-Key as the ledger request id), then seals the new notes into the tree so
 * that they can be spent right away. A proof whose outcome another transaction already applied (a
 * relayer submitted the same proof first) is a success: 201 with that transaction's id and `alreadyApplied`.
 */
async function submitted(s: Services, principal: Principal, tx: ProvenTransaction, requestId: string | undefined): Promise<Static<typeof ConfidentialWriteResult>> {
  const service = await confidentialOf(s);
  const { txId, blockNumber, events, alreadyApplied } = await service.submit(principal, { ...tx, input: withRequestId(tx.input, requestId) });
  await service.sealPending(principal, String(tx.input['securityId']));
  const block = blockNumber === undefined ? {} : { blockNumber: Number(blockNumber) };
  return { txId, ...block, alreadyApplied, events: encodeEvents(events), created: tx.created.map(noteJson) };
}

/** Confidential events as a write's response lists them (amounts as decimal strings). */
export function encodeEvents(events: ConfidentialEvents): Static<typeof EventObject>[] {
  return (confidentialPayloadCodec.encode({ v: 1, events }) as { events: Static<typeof EventObject>[] }).events;
}

const noteJson = (n: NoteOpening) => ({ amount: n.amount.toString(), ownerPublicKey: n.ownerPublicKey.toString(), salt: n.salt.toString() });
const opening = (n: Static<typeof NoteSchema>, securityField: bigint): NoteOpening =>
  ({ amount: BigInt(n.amount), ownerPublicKey: BigInt(n.ownerPublicKey), salt: BigInt(n.salt), securityId: securityField });
const holderOf = (spender: Static<typeof Spender>) => ({ keys: ownerKeysOf(BigInt(spender.ownerSecret)), org: spender.org });

type ClientProvenBody = { readonly proven: Static<typeof ClientProven> };

interface ProvenWriteSpec<B extends TObject> {
  readonly summary: string;
  readonly description: string;
  readonly fn: string;
  /** The body of a request the gateway proves itself (the other kind carries `proven`). */
  readonly body: B;
  readonly prove: (service: ConfidentialService, principal: Principal, body: Static<B>) => Promise<ProvenTransaction>;
}

/**
 * A proof-carrying write: the gateway proves from the body, or submits the client's own `proven`;
 * either way once per Idempotency-Key, then seals. 201 with the created notes' openings.
 */
function provenWrite<B extends TObject>(spec: ProvenWriteSpec<B>): Operation {
  return {
    summary: spec.summary,
    description: spec.description,
    tags,
    effect: 'write',
    schema: {
      body: Type.Union([spec.body, Type.Object({ proven: ClientProven }, { additionalProperties: false })]),
      headers: IdempotencyHeaders,
      response: { 201: ConfidentialWriteResult },
    },
    handle: (request, reply, s) => {
      const principal = principalOf(request);
      // Fastify validated the body against the union above before the handler runs.
      const body = request.body as Static<B> | ClientProvenBody;
      return idempotentWrite(request, reply, s, 201, async (requestId) => {
        const tx = isClientProven(body) ? clientProven(spec.fn, body.proven) : await proving(async () => spec.prove(await confidentialOf(s), principal, body));
        return submitted(s, principal, tx, requestId);
        // Read back from the ledger after a lost response: the openings of notes the gateway proved are not kept.
      }, (outcome) => ({ ...outcome, alreadyApplied: false, created: [] }));
    },
  };
}

function isClientProven(body: object): body is ClientProvenBody {
  return 'proven' in body;
}

export const mintConfidential = provenWrite({
  summary: 'Mint a confidential note (issuer or agent)',
  description: 'The gateway proves for `to` (public key in the allowlist), or submits `proven`, a proof the client made. The amount is public; the owner is not.',
  fn: 'confidential:mint',
  body: Type.Object({ securityId: Id, amount: Amount, to: Recipient }, { additionalProperties: false }),
  prove: (service, principal, body) => service.proveMint(principal, body.securityId, BigInt(body.amount), { publicKey: BigInt(body.to.publicKey), org: body.to.org }),
});

export const transferConfidential = provenWrite({
  summary: 'Transfer confidentially',
  description: 'Spends one or two notes of `from` (its secret goes only to its own bank\'s gateway, which proves), paying `amount` to `to` with change back; or submits `proven`, a proof the client made. The ledger sees nullifiers and commitments only.',
  fn: 'confidential:transfer',
  body: Type.Object({ securityId: Id, from: Spender, notes: Type.Array(NoteSchema, { minItems: 1, maxItems: 2 }), to: Recipient, amount: Amount }, { additionalProperties: false }),
  prove: (service, principal, body) => {
    const field = securityField(body.securityId);
    const to = { publicKey: BigInt(body.to.publicKey), org: body.to.org };
    return service.proveTransfer(principal, body.securityId, holderOf(body.from), body.notes.map((n) => opening(n, field)), to, BigInt(body.amount));
  },
});

export const redeemConfidential = provenWrite({
  summary: 'Redeem a confidential note (issuer or agent)',
  description: 'Burns `amount` of a note (public), the change stays with its owner; gateway-proven from the owner\'s secret, or `proven` by the client.',
  fn: 'confidential:redeem',
  body: Type.Object({ securityId: Id, from: Spender, note: NoteSchema, amount: Amount }, { additionalProperties: false }),
  prove: (service, principal, body) =>
    service.proveRedeem(principal, body.securityId, holderOf(body.from), opening(body.note, securityField(body.securityId)), BigInt(body.amount)),
});

export const listConfidentialNotes = operation({
  summary: 'A holder\'s confidential notes and balance',
  description: 'From the note openings in the caller\'s org collection (its own clients; the regulator: the audit collection), decrypted with this gateway\'s org key. `spent` is computed from the public nullifier set and the owner\'s viewing key (sealed to its bank and the auditor at key registration), never from what a submitter declares. An investor sees the notes of its own registered key only.',
  tags,
  effect: 'read',
  schema: {
    querystring: Type.Object({ securityId: Id, ownerPublicKey: Type.Optional(FieldElement) }, { additionalProperties: false }),
    response: { 200: Type.Object({ notes: Type.Array(Type.Object({ ...NoteSchema.properties, commitment: FieldElement, spent: Type.Boolean() })), balance: Type.String() }) },
  },
  handle: async (request, _reply, s) => {
    const principal = principalOf(request);
    const service = await confidentialOf(s);
    const owner = principal.role === 'investor' ? await registeredKey(s, principal) : request.query.ownerPublicKey;
    const listed = await service.notes(principal, request.query.securityId, owner === undefined ? undefined : BigInt(owner));
    const live = listed.filter((n) => !n.spent);
    return {
      notes: listed.map(({ amount, ownerPublicKey, salt, commitment, spent }) => ({ amount, ownerPublicKey, salt, commitment, spent })),
      balance: live.reduce((sum, n) => sum + BigInt(n.amount), 0n).toString(),
    };
  },
});

async function registeredKey(s: Services, principal: Principal): Promise<string> {
  const bytes = await s.ledger.evaluate(principal, { fn: 'confidential:getKey', args: [principal.id] });
  return (JSON.parse(Buffer.from(bytes).toString('utf8')) as { publicKey: string }).publicKey;
}
