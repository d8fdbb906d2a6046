import { Type } from '@sinclair/typebox';
import { Id } from '@st2/chaincode';
import { holderConcentration, turnoverRatio } from '../analytics';
import { principalOf, type Principal } from '../auth/principal';
import { ForbiddenError, NotFoundError } from '../errors/api-error';
import type { AuditLog } from '../projections/audit-log';
import { MAX_PAGE_SIZE } from '../projections/paging';
import type { ReadModel } from '../projections/read-model';
import { operation } from './operation';
import { requireSelfIfInvestor } from './ownership';
import { IdParams, readQuery } from './schemas';

/** Bounds on what one request reads: beyond them the answer says it is incomplete rather than reading on. */
export const MAX_HOLDERS_READ = 100_000;
export const MAX_TRANSFERS_READ = 100_000;

const Millis = (description: string) => Type.Integer({ minimum: 0, description, examples: [1_767_225_600_000] });

const ConcentrationSchema = Type.Object({
  securityId: Id,
  holders: Type.Integer({ minimum: 0, description: 'Identities with a positive balance', examples: [3] }),
  supply: Type.String({ description: 'Units held in all, a decimal string in the smallest unit', examples: ['2000'] }),
  hhi: Type.Union([Type.Number({ minimum: 0, maximum: 10_000 }), Type.Null()], {
    description: 'Herfindahl-Hirschman index, 0 to 10,000: the sum of the squared percentage shares of the supply (null when nobody holds any or the holders were not all read)',
    examples: [4050],
  }),
  topTenShare: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], {
    description: 'The ten largest holders\' part of the supply, a decimal (null as for hhi)', examples: [1],
  }),
  turnover: Type.Object({
    from: Millis('Start of the period, ms since the epoch (inclusive)'),
    to: Millis('End of the period, ms since the epoch (inclusive)'),
    volume: Type.String({ description: 'Units moved by holder transfers in the period (forced transfers, recoveries, are not trading), a decimal string', examples: ['300'] }),
    ratio: Type.Union([Type.Number({ minimum: 0 }), Type.Null()], { description: 'Volume over the current supply, a decimal (null when the supply is 0)', examples: [0.15] }),
  }),
  complete: Type.Boolean({ description: `False when the security has more than ${MAX_HOLDERS_READ} holders or ${MAX_TRANSFERS_READ} transfers: the figures that would need the rest are null or partial` }),
});

const tags = ['analytics'];

export const readHolderConcentration = operation({
  summary: 'Holder concentration and turnover of a security',
  description: 'How concentrated a security\'s holdings are (HHI, the ten largest holders\' share) and how much of it changed hands over a period, from the read models. No holder is named. The regulator and staff may ask about any security; an investor only about one it holds.',
  tags,
  effect: 'read',
  schema: {
    params: IdParams,
    querystring: readQuery({
      from: Type.Optional(Millis('Start of the turnover period, ms since the epoch; default 0')),
      to: Type.Optional(Millis('End of the turnover period, ms since the epoch; default now')),
    }),
    response: { 200: ConcentrationSchema },
  },
  handle: async (request, _reply, { consistency, readModel, audit, clock }) => {
    const securityId = request.params.id;
    const { from = 0, to = clock() } = request.query;
    await consistency.reach(request.query);
    const found = await readModel.security(securityId);
    if (!found) throw new NotFoundError(`Unknown security ${securityId}.`, { security: securityId });
    await requireHolderIfInvestor(principalOf(request), securityId, readModel);
    const [balances, transfers] = await Promise.all([allBalances(readModel, securityId), transferVolume(audit, securityId, from, to)]);
    const figures = balances.complete ? holderConcentration(balances.values) : null;
    return {
      securityId,
      holders: found.stats.holders,
      supply: found.stats.supply,
      hhi: figures?.hhi ?? null,
      topTenShare: figures?.topTenShare ?? null,
      turnover: { from, to, volume: transfers.volume.toString(), ratio: turnoverRatio(transfers.volume, BigInt(found.stats.supply)) },
      complete: balances.complete && transfers.complete,
    };
  },
});


/** An investor sees the figures of a security it holds, through the org that onboarded it; no other. */
async function requireHolderIfInvestor(principal: Principal, securityId: string, readModel: ReadModel): Promise<void> {
  if (principal.role !== 'investor') return;
  await requireSelfIfInvestor(principal, principal.id, readModel);
  const holding = await readModel.holding(securityId, principal.id);
  if (!holding || BigInt(holding.balance) === 0n) {
    throw new ForbiddenError(`An investor sees the analytics of securities it holds; ${principal.id} holds no ${securityId}.`, { security: securityId });
  }
}

async function allBalances(readModel: ReadModel, securityId: string): Promise<{ values: bigint[]; complete: boolean }> {
  const values: bigint[] = [];
  let cursor: string | undefined;
  do {
    const page = await readModel.holdersOf(securityId, { limit: MAX_PAGE_SIZE, cursor });
    values.push(...page.items.map((item) => BigInt(item.balance)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && values.length < MAX_HOLDERS_READ);
  return { values, complete: cursor === undefined };
}

/** Units moved by non-forced transfers with a transaction time in [from, to], read from the audit log's index. */
async function transferVolume(audit: AuditLog, securityId: string, from: number, to: number): Promise<{ volume: bigint; complete: boolean }> {
  let volume = 0n;
  let read = 0;
  let cursor: string | undefined;
  do {
    const page = await audit.events({ securityId, type: 'Transferred' }, { limit: MAX_PAGE_SIZE, cursor });
    for (const row of page.items) {
      const event = row.event as { securityId?: unknown; amount?: unknown; forced?: unknown };
      if (event.securityId === securityId && event.forced !== true && typeof event.amount === 'string' && row.timestamp >= from && row.timestamp <= to) volume += BigInt(event.amount);
    }
    read += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && read < MAX_TRANSFERS_READ);
  return { volume, complete: cursor === undefined };
}
