import { stateCodecs, type Feed } from '@st2/chaincode';
import type { DistributionInput, RoundInput } from '../analytics';
import { ApiError, InvalidInputError, NotFoundError } from '../errors/api-error';
import { MAX_PAGE_SIZE } from '../projections/paging';
import type { FeedRecord, ReadModel, SecurityRecord } from '../projections/read-model';
import { MAX_DISTRIBUTIONS_READ, MAX_ROUNDS_READ } from './performance-schema';

/** What a performance figure is computed from, read from the read model within [from, to]: every part of it is hashed. */

export interface FeedRounds {
  readonly feed: Feed;
  /** The rounds observed in [from, to], quarantined ones included (the series leaves them out; the hash shows they were seen). */
  readonly rounds: readonly (RoundInput & { readonly roundId: number })[];
}

/**
 * The security's price or NAV feed: the one named (it must price this security), else the only feed of kind price
 * or nav whose base is the security's id.
 */
export async function securityFeed(readModel: ReadModel, securityId: string, named: string | undefined): Promise<Feed> {
  const prices = (feed: Feed) => (feed.definition.kind === 'price' || feed.definition.kind === 'nav') && feed.definition.base === securityId;
  if (named !== undefined) {
    const feed = decodedFeed(await readModel.feed(named), named);
    if (!prices(feed)) throw new InvalidInputError(`Feed ${named} is not a price or NAV feed of ${securityId}.`, { feedId: named, security: securityId });
    return feed;
  }
  const found: Feed[] = [];
  let cursor: string | undefined;
  do {
    const page = await readModel.feeds({ limit: MAX_PAGE_SIZE, cursor });
    found.push(...page.items.map((item) => stateCodecs.feed.decode(item)).filter(prices));
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  if (found.length === 0) throw new NotFoundError(`No price or NAV feed has ${securityId} as its base.`, { security: securityId });
  if (found.length > 1) throw new InvalidInputError(`${securityId} has ${found.length} price or NAV feeds: name one with \`feed\`.`, { security: securityId, feeds: found.map((f) => f.id) });
  return found[0]!;
}

/** The benchmark: an index feed. */
export async function benchmarkFeed(readModel: ReadModel, feedId: string): Promise<Feed> {
  const feed = decodedFeed(await readModel.feed(feedId), feedId);
  if (feed.definition.kind !== 'index') throw new InvalidInputError(`A benchmark is an index feed; ${feedId} is of kind ${feed.definition.kind}.`, { feedId });
  return feed;
}

/**
 * A feed's rounds observed in [from, to], read in round order (observation times increase with round ids, so
 * the read stops at the first round after `to`). More than MAX_ROUNDS_READ in the range: 400.
 */
export async function roundsIn(readModel: ReadModel, feed: Feed, from: number, to: number): Promise<FeedRounds> {
  const rounds: FeedRounds['rounds'][number][] = [];
  let cursor: string | undefined;
  do {
    const page = await readModel.roundsOf(feed.id, { limit: MAX_PAGE_SIZE, cursor });
    for (const record of page.items) {
      if (record.observedAt > to) return { feed, rounds };
      if (record.observedAt < from) continue;
      if (rounds.length === MAX_ROUNDS_READ) throw tooMany(`Feed ${feed.id} has more than ${MAX_ROUNDS_READ} rounds in the range: narrow it.`, { feedId: feed.id });
      rounds.push({ roundId: record.roundId, observedAt: record.observedAt, value: BigInt(record.value), status: record.status });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return { feed, rounds };
}

export interface LedgerDistribution extends DistributionInput {
  readonly id: string;
}

/**
 * The cash distributions declared on the security with a record time in (from, to], principal repayments left
 * out (a redemption burns the units it pays for: it is no income on a unit that stays). Each is paid in a cash
 * token; one in another currency than the feed's quote cannot be reinvested without an FX rate st2 does not guess.
 */
export async function distributionsIn(readModel: ReadModel, security: SecurityRecord, quote: string, from: number, to: number): Promise<LedgerDistribution[]> {
  const found: LedgerDistribution[] = [];
  const cash = new Map<string, { decimals: number; currency: string }>();
  let cursor: string | undefined;
  do {
    const page = await readModel.distributionsOf(security.id, { limit: MAX_PAGE_SIZE, cursor });
    for (const record of page.items) {
      if (record.redemption !== undefined || record.recordTime <= from || record.recordTime > to) continue;
      if (found.length === MAX_DISTRIBUTIONS_READ) throw tooMany(`${security.id} has more than ${MAX_DISTRIBUTIONS_READ} distributions in the range: narrow it.`, { security: security.id });
      const token = cash.get(record.cashSecurityId) ?? await cashToken(readModel, record.cashSecurityId);
      cash.set(record.cashSecurityId, token);
      if (token.currency !== quote) {
        throw new InvalidInputError(`Distribution ${record.id} is paid in ${token.currency} and the feed quotes ${quote}: it cannot be reinvested without an FX rate.`, { distributionId: record.id });
      }
      found.push({ id: record.id, recordTime: record.recordTime, rate: { numerator: BigInt(record.rate.numerator), denominator: BigInt(record.rate.denominator) }, cashDecimals: token.decimals });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return found.sort((a, b) => a.recordTime - b.recordTime);
}

async function cashToken(readModel: ReadModel, securityId: string): Promise<{ decimals: number; currency: string }> {
  const found = await readModel.security(securityId);
  const terms = found?.security.terms as { currency?: string } | undefined;
  return { decimals: found?.security.decimals ?? 0, currency: terms?.currency ?? '' };
}

function decodedFeed(record: FeedRecord | undefined, feedId: string): Feed {
  if (!record) throw new NotFoundError(`Unknown oracle feed ${feedId}.`, { feedId });
  return stateCodecs.feed.decode(record);
}

export function tooMany(message: string, details: Record<string, unknown>): ApiError {
  return new ApiError('ST2-TOO-MANY-OBSERVATIONS', message, details);
}
