import { Type, type Static, type TObject } from '@sinclair/typebox';
import { ConfidentialCommandSchemas, confidentialPayloadCodec, Id } from '@st2/chaincode';
import { principalOf, type Principal } from '../auth/principal';
import { ApiError } from '../errors/api-error';
import type { Services } from '../services';
import { confidentialOf, encodeEvents, FieldElement } from './confidential';
import { operation, type Operation } from './operation';
import { EmptyBody, IdempotencyHeaders, IdParams, WriteResultSchema } from './schemas';
import { idempotentWrite, withRequestId } from './write';

/**
 * Putting a security into confidential mode and what a prover reads from the ledger: the pool's roots,
 * the KYC allowlist and the note tree's leaves. With these three reads a holder can prove on its own
 * machine and hand the gateway only the result (POST /v1/confidential/transfers with `proven`).
 */
const tags = ['confidential'];

type WriteResult = Static<typeof WriteResultSchema>;

interface WriteSpec {
  readonly summary: string;
  readonly description: string;
  readonly status: 200 | 201;
  /** Default: nothing to send. */
  readonly body?: TObject;
  readonly fn: string;
  /** The chaincode input from the security or identity id in the path and the validated body. */
  readonly input: (id: string, body: never, context: { services: Services; principal: Principal }) => object | Promise<object>;
}

/** A confidential chaincode write on `/…/:id…`, with the Idempotency-Key as its request id. */
function confidentialWrite(spec: WriteSpec): Operation {
  return {
    summary: spec.summary,
    description: spec.description,
    tags,
    effect: 'write',
    schema: { params: IdParams, body: spec.body ?? EmptyBody, headers: IdempotencyHeaders, response: { [spec.status]: WriteResultSchema } },
    // Fastify validated params, body and headers against this schema before the handler runs.
    handle: (request, reply, s) =>
      idempotentWrite(request, reply, s, spec.status, async (requestId): Promise<WriteResult> => {
        const principal = principalOf(request);
        const input = withRequestId(await spec.input((request.params as { id: string }).id, request.body as never, { services: s, principal }), requestId);
        const result = await s.submitter.submit(principal, { fn: spec.fn, args: [JSON.stringify(input)] });
        return { txId: result.txId, blockNumber: Number(result.blockNumber), events: encodeEvents(confidentialPayloadCodec.decode(result.payload).events) };
      }, (outcome) => outcome),
  };
}

export const enableConfidential = confidentialWrite({
  summary: 'Put a security into confidential mode (issuer or agent)',
  description: 'From then on its units are notes whose amounts and owners the ledger does not show, moved only by proofs; plain issuance and transfers are refused (ST2-CONFIDENTIAL-MODE). Only a security with no plain supply.',
  status: 201,
  fn: 'confidential:enable',
  input: (securityId) => ({ securityId }),
});

export const refreshAllowlist = confidentialWrite({
  summary: 'Rebuild the KYC allowlist of a confidential security (issuer or agent)',
  description: 'The investors whose identity passes the security\'s rules now and who registered a confidential key; expired or revoked claims leave it. Proofs must name the new root from then on.',
  status: 200,
  fn: 'confidential:refreshAllowlist',
  input: (securityId) => ({ securityId }),
});

/** A body of the command's own fields but those the path supplies. */
function bodyOf<S extends TObject, K extends keyof S['properties'] & string>(schema: S, supplied: readonly K[]) {
  return Type.Object(Type.Omit(schema, supplied).properties, { additionalProperties: false });
}

const KeyBody = Type.Object({
  ...bodyOf(ConfidentialCommandSchemas.RegisterConfidentialKey, ['identityId']).properties,
  viewingKey: Type.Object({ authKey: FieldElement, nullifierKey: FieldElement }, { additionalProperties: false, description: 'Poseidon(ownerSecret) and the nullifier key: the public key is Poseidon(authKey, nullifierKey)' }),
}, { additionalProperties: false });
const OrgKeyBody = bodyOf(ConfidentialCommandSchemas.RegisterOrgKey, ['org']);

export const registerKey = confidentialWrite({
  summary: 'Register an investor\'s confidential public key',
  description: 'The public key and its viewing key, computed where the secret lives. Once per identity; an investor registers its own, its bank\'s staff those of their clients. The gateway seals the viewing key to this bank\'s key and the auditor\'s (they compute which of the holder\'s notes are spent; it spends nothing). It enters allowlists at their next refresh.',
  status: 201,
  body: KeyBody,
  fn: 'confidential:registerKey',
  input: async (identityId, body: Static<typeof KeyBody>, { services, principal }) => {
    const viewingKey = { authKey: BigInt(body.viewingKey.authKey), nullifierKey: BigInt(body.viewingKey.nullifierKey) };
    try {
      return await (await confidentialOf(services)).keyRegistration(principal, identityId, principal.org, BigInt(body.publicKey), viewingKey);
    } catch (error) {
      if (error instanceof RangeError) throw new ApiError('ST2-INVALID-INPUT', error.message);
      throw error;
    }
  },
});

export const registerOrgKey = confidentialWrite({
  summary: 'Register an org\'s opening key (an admin)',
  description: 'The X25519 public key note openings for the org\'s collection are sealed to; the gateway of that org holds the private key. Immutable once registered (the same key again is accepted, another is refused with ST2-ORG-KEY-EXISTS). The regulator\'s org cannot write, so a member\'s admin registers its key, once, with `auditor: true`.',
  status: 201,
  body: OrgKeyBody,
  fn: 'confidential:registerOrgKey',
  input: (org, body: Static<typeof OrgKeyBody>) => ({ org, ...body }),
});

export const readOrgKey = operation({
  summary: 'An org\'s registered opening key',
  tags,
  effect: 'read',
  schema: { params: IdParams, response: { 200: Type.Object({ org: Type.String(), publicKey: Type.String(), auditor: Type.Boolean(), registeredAt: Type.Integer() }) } },
  handle: async (request, _reply, s) => evaluateJson(s, request, 'confidential:getOrgKey', request.params.id) as Promise<{ org: string; publicKey: string; auditor: boolean; registeredAt: number }>,
});

export const readAuditKey = operation({
  summary: 'The auditor\'s registered opening key',
  description: 'Provers seal every note opening to it as well as to the note\'s bank.',
  tags,
  effect: 'read',
  schema: { response: { 200: Type.Object({ org: Type.String(), publicKey: Type.String(), auditor: Type.Boolean(), registeredAt: Type.Integer() }) } },
  handle: async (request, _reply, s) => evaluateJson(s, request, 'confidential:getAuditKey') as Promise<{ org: string; publicKey: string; auditor: boolean; registeredAt: number }>,
});

async function evaluateJson(s: Services, request: Parameters<typeof principalOf>[0], fn: string, ...args: string[]): Promise<unknown> {
  return JSON.parse(Buffer.from(await s.ledger.evaluate(principalOf(request), { fn, args })).toString('utf8'));
}

const PoolView = Type.Object({
  securityId: Id,
  noteRoot: Type.String({ description: 'The note tree\'s current root' }),
  roots: Type.Array(Type.String(), { description: 'Recent note-tree roots, oldest first: a proof may use any' }),
  size: Type.Integer({ minimum: 0, description: 'Notes sealed into the tree' }),
  kycRoot: Type.String({ description: 'The allowlist root proofs must use' }),
  supply: Type.String({ description: 'Units in the pool (public: mint and redeem amounts are)' }),
});

export const readPool = operation({
  summary: 'A confidential security\'s public pool: roots and supply',
  tags,
  effect: 'read',
  schema: { params: IdParams, response: { 200: PoolView } },
  handle: async (request, _reply, s) => {
    const { pool, supply } = await evaluateJson(s, request, 'confidential:getPool', request.params.id) as {
      pool: { tree: { size: number; root: string }; roots: string[]; kycRoot: string }; supply: string;
    };
    return { securityId: request.params.id, noteRoot: pool.tree.root, roots: pool.roots, size: pool.tree.size, kycRoot: pool.kycRoot, supply };
  },
});

export const readAllowlist = operation({
  summary: 'The KYC allowlist of a confidential security',
  description: 'Its leaves (investors\' public keys) in tree order and its root: what a prover needs for the outputs\' membership paths.',
  tags,
  effect: 'read',
  schema: { params: IdParams, response: { 200: Type.Object({ securityId: Id, root: Type.String(), leaves: Type.Array(Type.String()) }) } },
  handle: async (request, _reply, s) => evaluateJson(s, request, 'confidential:getAllowlist', request.params.id) as Promise<{ securityId: string; root: string; leaves: string[] }>,
});

export const readLeaves = operation({
  summary: 'Sealed notes of a confidential security, in tree order',
  description: 'Commitments from tree index `from` on, a page at a time (fewer than a full page: the end). A prover keeps its copy of the note tree by asking only for what is new.',
  tags,
  effect: 'read',
  schema: {
    params: IdParams,
    querystring: Type.Object({ from: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 ** 20 - 1, description: 'First tree index; default 0' })) }, { additionalProperties: false }),
    response: { 200: Type.Object({ from: Type.Integer(), leaves: Type.Array(Type.String()) }) },
  },
  handle: async (request, _reply, s) => evaluateJson(s, request, 'confidential:getLeaves', request.params.id, String(request.query.from ?? 0)) as Promise<{ from: number; leaves: string[] }>,
});
