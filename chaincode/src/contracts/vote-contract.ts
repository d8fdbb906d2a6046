import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { execute } from './execute';

/** Holder votes on a security (domain/proposal.ts): weights are the balances at the record time. */
@Info({ title: 'vote', description: 'Holder votes: proposals with record-time weights, quorum and threshold' })
export class VoteContract extends Contract {
  constructor() {
    super('vote');
  }

  @Transaction()
  @Returns('string')
  async createProposal(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CreateProposal', input);
  }

  @Transaction()
  @Returns('string')
  async cast(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CastVote', input);
  }

  @Transaction()
  @Returns('string')
  async close(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CloseProposal', input);
  }
}
