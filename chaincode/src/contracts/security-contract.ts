import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';
import { fail } from '../wire/rejection-message';
import { execute } from './execute';
import { keys, ObjectType } from './keys';
import { Repository, stateCodecs } from './repository';

/** Securities: creation, transfer rules, legal documents, pause. */
@Info({ title: 'security', description: 'Equity, debt and hybrid securities, their rules and documents' })
export class SecurityContract extends Contract {
  constructor() {
    super('security');
  }

  @Transaction()
  @Returns('string')
  async create(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'CreateSecurity', input);
  }

  @Transaction()
  @Returns('string')
  async setRules(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'SetRules', input);
  }

  @Transaction()
  @Returns('string')
  async addAgent(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'AddAgent', input);
  }

  @Transaction()
  @Returns('string')
  async removeAgent(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'RemoveAgent', input);
  }

  @Transaction()
  @Returns('string')
  async attachDocument(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'AttachDocument', input);
  }

  @Transaction()
  @Returns('string')
  async removeDocument(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'RemoveDocument', input);
  }

  @Transaction()
  @Returns('string')
  async pause(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'Pause', input);
  }

  @Transaction()
  @Returns('string')
  async unpause(ctx: Context, input: string): Promise<string> {
    return execute(ctx, 'Unpause', input);
  }

  /** `{ security, stats }` */
  @Transaction(false)
  @Returns('string')
  async get(ctx: Context, id: string): Promise<string> {
    const repository = new Repository(ctx.stub);
    const [security, stats] = await Promise.all([
      repository.get(keys.security(ctx.stub, id), stateCodecs.security),
      repository.get(keys.stats(ctx.stub, id), stateCodecs.stats),
    ]);
    if (!security || !stats) fail('ST2-NOT-FOUND', `Unknown security ${id}.`, { security: id });
    return JSON.stringify({ security: stateCodecs.security.encode(security), stats: stateCodecs.stats.encode(stats) });
  }

  /** Every security's definition, in key order. */
  @Transaction(false)
  @Returns('string')
  async list(ctx: Context): Promise<string> {
    const out: unknown[] = [];
    for await (const { value } of ctx.stub.getStateByPartialCompositeKey(ObjectType.security, [])) {
      out.push(stateCodecs.security.encode(stateCodecs.security.parse(value)));
    }
    return JSON.stringify(out);
  }
}
