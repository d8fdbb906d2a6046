import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { execute } from './execute';

/** Holds on holdings: placed, released, executed and expired (see the PlaceHold command). */
@Info({ title: 'hold', description: 'Holds: units of a holding reserved for a beneficiary until released, executed or expired' })
export class HoldContract extends Contract {
  constructor() {
    super('hold');
  }

  @Transaction()
  @Returns('string')
  async place(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'PlaceHold', input);
  }

  @Transaction()
  @Returns('string')
  async release(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ReleaseHold', input);
  }

  @Transaction()
  @Returns('string')
  async execute(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ExecuteHold', input);
  }

  @Transaction()
  @Returns('string')
  async expire(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'ExpireHold', input);
  }
}
