import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { fail } from '../wire/rejection-message';
import { ownerPaymentFacts, writeOwnerPayments } from './custody-payments';
import { execute } from './execute';
import { keys } from './keys';
import { Repository, stateCodecs } from './repository';

/** Cash distributions on a security (domain/distribution.ts): entitlements are the balances at the record time; redemptions (domain/redemption.ts) are distributions too. */
@Info({ title: 'distribution', description: 'Cash distributions: declared per unit held at a record time, paid in batches in a cash token' })
export class DistributionContract extends Contract {
  constructor() {
    super('distribution');
  }

  @Transaction()
  @Returns('string')
  async declare(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'DeclareDistribution', input);
  }

  @Transaction()
  @Returns('string')
  async declareCoupon(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'DeclareCoupon', input);
  }

  @Transaction()
  @Returns('string')
  async pay(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'PayDistribution', input);
  }

  /**
   * A custody account's payment, by its custodian: its beneficial owners' positions arrive as transient
   * `custody` (checked against their hashes by every endorser), their new positions are written with it.
   */
  @Transaction()
  @Returns('string')
  async payCustody(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'PayCustodyDistribution', input, writeOwnerPayments, ownerPaymentFacts);
  }

  @Transaction()
  @Returns('string')
  async close(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CloseDistribution', input);
  }

  @Transaction()
  @Returns('string')
  async call(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CallSecurity', input);
  }

  @Transaction()
  @Returns('string')
  async declareRedemption(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'DeclareRedemption', input);
  }

  /** A distribution with what it has paid so far and, once closed, its totals (public, as its events are). */
  @Transaction(false)
  @Returns('string')
  async get(ctx: Context, id: string): Promise<string> {
    const distribution = await new Repository(ctx.stub).get(keys.distribution(ctx.stub, id), stateCodecs.distribution);
    if (!distribution) fail('ST2-NOT-FOUND', `Unknown distribution ${id}.`, { distributionId: id });
    return stateCodecs.distribution.stringify(distribution);
  }
}
