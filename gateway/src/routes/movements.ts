import { Type } from '@sinclair/typebox';
import { erc1066Status, MAX_BATCH_ITEMS, QUERIES } from '@st2/chaincode';
import { principalOf } from '../auth/principal';
import { erc1066OfError, isErrorCode } from '../errors/catalog';
import { operation } from './operation';
import { requireSelfIfInvestor } from './ownership';
import { commandBody, Erc1066Schema, IdParams, PositionSchema } from './schemas';
import { writeOperation } from './write';

const tags = ['movements'];

export const issue = writeOperation({
  kind: 'Issue',
  summary: 'Issue (mint) units to an identity',
  description: 'The recipient must pass the security\'s recipient-side rules (claims, jurisdiction, caps).',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('Issue', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});

export const redeem = writeOperation({
  kind: 'Redeem',
  summary: 'Redeem (burn) units from a holding',
  tags,
  status: 201,
  schema: { params: IdParams, body: commandBody('Redeem', ['securityId']) },
  submission: ({ params, body }) => ({ input: { ...body, securityId: params.id } }),
});

export const transfer = writeOperation({
  kind: 'Transfer',
  summary: 'Transfer units from the calling investor',
  description: 'Every rule of the security applies; a refusal is 422 with its reason code. A security screened against a sanctions list (`rules.sanctions`) '
    + 'needs `sanctionsProofs`, both parties\' non-membership proofs for the list\'s current version (GET /v1/oracles/feeds/{id}/non-membership/{party}): '
    + 'else 422 ST2-SANCTIONS-PROOF, ST2-SANCTIONED or ST2-SANCTIONS-STALE.',
  tags,
  status: 201,
  schema: { body: commandBody('Transfer', []) },
  submission: ({ body }) => ({ input: body }),
});

export const forcedTransfer = writeOperation({
  kind: 'ForcedTransfer',
  summary: 'Force a transfer (issuer or transfer agent)',
  description: 'Bypasses the holder rules (lock-up, claims, freezes) but never the balance.',
  tags,
  status: 201,
  schema: { body: commandBody('ForcedTransfer', []) },
  submission: ({ body }) => ({ input: body }),
});

export const batch = writeOperation({
  kind: 'Batch',
  summary: 'Issue, transfer, force, freeze, unfreeze, redeem, recover and change partitions in one transaction, all or nothing',
  description: `Up to ${MAX_BATCH_ITEMS} items of one security (more is a 400), each decided as alone on the state the items before it left. `
    + 'The first refused item refuses the whole batch with its own reason code; `details.item` is its index, `details.kind` its kind. '
    + 'Investors batch transfers from their own holding; agents need each item\'s power.',
  tags,
  status: 201,
  schema: { body: commandBody('Batch', []) },
  submission: ({ body }) => ({ input: body }),
});

const RuleVerdictSchema = Type.Object({
  rule: Type.String(),
  ok: Type.Boolean(),
  code: Type.Optional(Type.String()),
  message: Type.Optional(Type.String()),
});

export const CheckResultSchema = Type.Object({
  allowed: Type.Boolean(),
  code: Type.Optional(Type.String({ description: 'The first broken rule\'s reason code' })),
  message: Type.Optional(Type.String()),
  trace: Type.Array(RuleVerdictSchema, { description: 'Every rule\'s verdict, in the order a refusal is reported' }),
  /** As ERC-1594 canTransfer answers: 0x51 Transfer Successful when allowed, else the reason code's ERC-1066 status code. */
  erc1066: Erc1066Schema,
  position: PositionSchema,
});

type ChaincodeVerdict = Omit<typeof CheckResultSchema.static, 'erc1066' | 'position'>;

export const checkTransfer = operation({
  summary: 'Dry-run a transfer',
  description: 'The same rules on the same state a transfer would see; writes nothing. Answers whether it is allowed, else the reason code, with every rule\'s verdict, the ERC-1066 status code (0x51 Transfer Successful when allowed, as ERC-1594 canTransfer) and the ledger position it was decided at.',
  tags,
  effect: 'read',
  schema: { body: commandBody('Transfer', []), response: { 200: CheckResultSchema } },
  handle: async (request, _reply, { submitter, readModel, ledger }) => {
    const principal = principalOf(request);
    await requireSelfIfInvestor(principal, request.body.from, readModel);
    const result = await submitter.evaluate(principal, { fn: QUERIES.checkTransfer, args: [JSON.stringify(request.body)] });
    const verdict = JSON.parse(Buffer.from(result).toString('utf8')) as ChaincodeVerdict;
    // Read after the evaluation, so the state the verdict saw is below it (see projections/consistency.ts).
    const position = (await ledger.height()).toString();
    if (verdict.allowed) return { ...verdict, erc1066: erc1066Status('0x51'), position };
    return { ...verdict, erc1066: verdict.code !== undefined && isErrorCode(verdict.code) ? erc1066OfError(verdict.code) : null, position };
  },
});
