import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { fail } from '../wire/rejection-message';
import { ownerActionFacts, writeOwnerAdjustments } from './custody-payments';
import { execute } from './execute';
import { keys } from './keys';
import { Repository, stateCodecs } from './repository';

/** Splits, reverse splits and stock dividends (domain/corporate-action.ts): declared with an effective time, applied to holders in batches. */
@Info({ title: 'corporateAction', description: 'Splits, reverse splits (cash in lieu of fractions) and stock dividends, applied in batches of holders' })
export class CorporateActionContract extends Contract {
  constructor() {
    super('corporateAction');
  }

  @Transaction()
  @Returns('string')
  async declare(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'DeclareCorporateAction', input);
  }

  @Transaction()
  @Returns('string')
  async apply(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ApplyCorporateAction', input);
  }

  /**
   * A custody account's application, by its custodian: its beneficial owners' positions arrive as transient
   * `custody` (checked against their hashes by every endorser); their new positions are written with it.
   */
  @Transaction()
  @Returns('string')
  async applyCustody(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ApplyCustodyCorporateAction', input, writeOwnerAdjustments, ownerActionFacts);
  }

  /** An action with what it has applied so far (public, as its events are). */
  @Transaction(false)
  @Returns('string')
  async get(ctx: Context, id: string): Promise<string> {
    const action = await new Repository(ctx.stub).get(keys.corporateAction(ctx.stub, id), stateCodecs.corporateAction);
    if (!action) fail('ST2-NOT-FOUND', `Unknown corporate action ${id}.`, { actionId: id });
    return stateCodecs.corporateAction.stringify(action);
  }
}
