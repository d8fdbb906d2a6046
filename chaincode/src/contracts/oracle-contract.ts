import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { fail } from '../wire/rejection-message';
import { execute } from './execute';
import { keys } from './keys';
import { Repository, stateCodecs } from './repository';

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
}
