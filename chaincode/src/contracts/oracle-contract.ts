import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { Type } from '@sinclair/typebox';
import { OracleValue } from '../domain/oracle/feed';
import { readFeed, ReadingSchema } from '../domain/oracle/reading';
import { Closed, Id } from '../domain/schema';
import { codec } from '../wire/codec';
import { fail } from '../wire/rejection-message';
import { txTime } from './caller';
import { execute } from './execute';
import { keys } from './keys';
import { Repository, stateCodecs } from './repository';

/** A read's demands: a tighter maximum age than the feed's, a widest acceptable spread of the signed values. */
const readQueryCodec = codec(Closed({ feedId: Id, maxAgeMs: Type.Optional(Type.Integer({ minimum: 1 })), maxConfidenceWidth: Type.Optional(OracleValue) }));
const readingCodec = codec(ReadingSchema);

/** Oracle feeds (domain/oracle): definitions changed by consortium governance, rounds of signed observations. */
@Info({ title: 'oracle', description: 'Oracle feeds: definitions approved N of M, rounds verified against the feed\'s signer set' })
export class OracleContract extends Contract {
  constructor() {
    super('oracle');
  }

  /** An administrator org's approval of a feed's creation or change (governance.ts). */
  @Transaction()
  @Returns('string')
  async setFeed(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'SetOracleFeed', input);
  }

  /** An administrator org's approval of a quarantined round's release (governance.ts). */
  @Transaction()
  @Returns('string')
  async releaseRound(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ReleaseOracleRound', input);
  }

  @Transaction()
  @Returns('string')
  async submitRound(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'SubmitOracleRound', input);
  }

  /** A feed: its definition, version, digest (what signers sign for) and latest usable round. */
  @Transaction(false)
  @Returns('string')
  async getFeed(ctx: Context, feedId: string): Promise<string> {
    const feed = await new Repository(ctx.stub).get(keys.oracleFeed(ctx.stub, feedId), stateCodecs.feed);
    if (!feed) fail('ST2-NOT-FOUND', `Unknown oracle feed ${feedId}.`, { feedId });
    return stateCodecs.feed.stringify(feed);
  }

  /** The feed's latest usable value with its status, judged at the transaction's time (domain/oracle/reading.ts). */
  @Transaction(false)
  @Returns('string')
  async read(ctx: Context, input: string): Promise<string> {
    const { feedId, ...demands } = readQueryCodec.parse(input);
    const feed = await new Repository(ctx.stub).get(keys.oracleFeed(ctx.stub, feedId), stateCodecs.feed);
    if (!feed) fail('ST2-NOT-FOUND', `Unknown oracle feed ${feedId}.`, { feedId });
    return readingCodec.stringify(readFeed(feed, feed.latest, txTime(ctx), demands));
  }
}
