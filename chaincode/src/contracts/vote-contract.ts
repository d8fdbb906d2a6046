import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { fail } from '../wire/rejection-message';
import { execute } from './execute';
import { keys } from './keys';
import { Repository, stateCodecs } from './repository';

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

  /** A custodian splits its custody account's vote across options for the beneficial owners. */
  @Transaction()
  @Returns('string')
  async castSplit(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CastSplitVote', input);
  }

  @Transaction()
  @Returns('string')
  async close(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CloseProposal', input);
  }

  /** A proposal with its tallies and, once closed, its result (public: every holder may see them). */
  @Transaction(false)
  @Returns('string')
  async get(ctx: Context, id: string): Promise<string> {
    const proposal = await new Repository(ctx.stub).get(keys.proposal(ctx.stub, id), stateCodecs.proposal);
    if (!proposal) fail('ST2-NOT-FOUND', `Unknown proposal ${id}.`, { proposal: id });
    return stateCodecs.proposal.stringify(proposal);
  }
}
