import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { checkTransfer } from '../domain/deciders/movement';
import { emptyHolding } from '../domain/holding';
import { inputCodec } from '../wire/inputs';
import { envelopeOf } from './caller';
import { execute } from './execute';
import { keys } from './keys';
import { Repository, stateCodecs } from './repository';

/** Movements of units and agent powers over holdings. */
@Info({ title: 'token', description: 'Issuance, redemption, compliant and forced transfers, freezes and recovery' })
export class TokenContract extends Contract {
  constructor() {
    super('token');
  }

  @Transaction()
  @Returns('string')
  async issue(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'Issue', input);
  }

  @Transaction()
  @Returns('string')
  async redeem(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'Redeem', input);
  }

  @Transaction()
  @Returns('string')
  async transfer(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'Transfer', input);
  }

  /** A holder's conversion of a hybrid into its target equity (domain/deciders/conversion.ts). */
  @Transaction()
  @Returns('string')
  async convert(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'Convert', input);
  }

  /** Four eyes (domain/four-eyes.ts): an agent operation proposed, approved (executed) by a second agent, or cancelled. */
  @Transaction()
  @Returns('string')
  async proposeAgentAction(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ProposeAgentAction', input);
  }

  @Transaction()
  @Returns('string')
  async approveAgentAction(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ApproveAgentAction', input);
  }

  @Transaction()
  @Returns('string')
  async cancelAgentAction(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CancelAgentAction', input);
  }

  @Transaction()
  @Returns('string')
  async forcedTransfer(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ForcedTransfer', input);
  }

  @Transaction()
  @Returns('string')
  async freeze(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'Freeze', input);
  }

  @Transaction()
  @Returns('string')
  async unfreeze(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'Unfreeze', input);
  }

  @Transaction()
  @Returns('string')
  async recover(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'Recover', input);
  }

  /** An agent moves a holder's units between two of its partitions (see the ChangePartition command). */
  @Transaction()
  @Returns('string')
  async changePartition(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ChangePartition', input);
  }

  /** Issuances, transfers, forced transfers, freezes, unfreezes, redemptions, recoveries and partition changes of one security, all or nothing (see the Batch command). */
  @Transaction()
  @Returns('string')
  async batch(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'Batch', input);
  }

  /** A holder's conditional transfer, waiting for an agent (see the RequestTransfer command). */
  @Transaction()
  @Returns('string')
  async requestTransfer(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'RequestTransfer', input);
  }

  @Transaction()
  @Returns('string')
  async approveTransfer(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ApproveTransfer', input);
  }

  @Transaction()
  @Returns('string')
  async rejectTransfer(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'RejectTransfer', input);
  }

  /** By the holder that requested it: closes the request, nothing moves. */
  @Transaction()
  @Returns('string')
  async cancelTransfer(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CancelTransfer', input);
  }

  /** A holder authorises an operator (its custodian, its broker) for its units of one security (see the AuthorizeOperator command). */
  @Transaction()
  @Returns('string')
  async authorizeOperator(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'AuthorizeOperator', input);
  }

  @Transaction()
  @Returns('string')
  async revokeOperator(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'RevokeOperator', input);
  }

  /** An operator moves a holder's units, every rule applied to the holder as sender. */
  @Transaction()
  @Returns('string')
  async operatorTransfer(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'OperatorTransfer', input);
  }

  /**
   * Dry run of a transfer with the same rules and the same state a submit would see:
   * `{ allowed, code?, message?, trace }`. Writes nothing.
   */
  @Transaction(false)
  @Returns('string')
  async check(ctx: Context, input: string): Promise<string> {
    const { requestId: _ignored, ...fields } = inputCodec('Transfer').parse(input);
    const cmd = { kind: 'Transfer' as const, ...fields };
    const env = await envelopeOf(ctx);
    const slice = await new Repository(ctx.stub).loadFor(cmd, env);
    const evaluation = checkTransfer(cmd, env.at, slice);
    if ('ok' in evaluation) return JSON.stringify({ allowed: false, code: evaluation.code, message: evaluation.message, trace: [] });
    const { broken, trace } = evaluation;
    return JSON.stringify(broken ? { allowed: false, code: broken.code, message: broken.message, trace } : { allowed: true, trace });
  }

  @Transaction(false)
  @Returns('string')
  async getHolding(ctx: Context, securityId: string, holder: string): Promise<string> {
    const holding = await new Repository(ctx.stub).get(keys.holding(ctx.stub, securityId, holder), stateCodecs.holding);
    return stateCodecs.holding.stringify(holding ?? emptyHolding(securityId, holder));
  }
}
