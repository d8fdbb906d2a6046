import { Context, Contract, Info, Returns, Transaction } from 'fabric-contract-api';

/**
 * Baselines for the benchmarks, run on the same ledger and network as st2's own transactions: a bare
 * put-state and an ERC-20-style transfer with no rules. Nothing here authorizes its caller, which is
 * why it is a chaincode of its own (bench/index.ts), never deployed with st2.
 */
@Info({ title: 'bench', description: 'Benchmark baselines: bare put-state and a rule-free balance transfer' })
export class BenchContract extends Contract {
  constructor() {
    super('bench');
  }

  @Transaction()
  async put(ctx: Context, key: string, value: string): Promise<void> {
    await ctx.stub.putState(ctx.stub.createCompositeKey('bench', [key]), Buffer.from(value));
  }

  @Transaction()
  @Returns('string')
  async erc20Transfer(ctx: Context, from: string, to: string, amount: string): Promise<string> {
    const value = BigInt(amount);
    const fromKey = ctx.stub.createCompositeKey('bench-balance', [from]);
    const toKey = ctx.stub.createCompositeKey('bench-balance', [to]);
    const [fromBalance, toBalance] = await Promise.all([ctx.stub.getState(fromKey), ctx.stub.getState(toKey)]);
    const available = fromBalance && fromBalance.length > 0 ? BigInt(Buffer.from(fromBalance).toString()) : 1_000_000_000n;
    if (value <= 0n || value > available) throw new Error('insufficient balance');
    const received = toBalance && toBalance.length > 0 ? BigInt(Buffer.from(toBalance).toString()) : 1_000_000_000n;
    await Promise.all([ctx.stub.putState(fromKey, Buffer.from((available - value).toString())), ctx.stub.putState(toKey, Buffer.from((received + value).toString()))]);
    return (available - value).toString();
  }
}
