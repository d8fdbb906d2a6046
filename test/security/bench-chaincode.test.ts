import { contracts, st2Contracts } from '@st2/chaincode';
import { BENCH_CHAINCODE, contracts as benchContracts } from '@st2/chaincode/dist/bench';
import { LedgerError } from '../../gateway/src/ledger/ledger';
import { AttackLedger, msp } from './support';

/**
 * The benchmark baselines write without authorizing anyone, so they are a chaincode of their own that
 * only the benchmark scripts deploy: st2's chaincode does not know them, on any channel writer's call.
 */
describe('benchmark functions', () => {
  const names = (classes: readonly (new () => { getName(): string })[]) => classes.map((C) => new C().getName());

  it('are not among the contracts st2 deploys', () => {
    expect(names(contracts)).toEqual(['identity', 'security', 'token', 'confidential', 'consortium', 'vote', 'hold', 'settlement', 'custody', 'distribution', 'oracle', 'corporateAction']);
    expect(names(st2Contracts(null))).toEqual(names(contracts));
    expect(names(benchContracts)).toEqual(['bench']);
    expect(BENCH_CHAINCODE).not.toBe('st2');
  });

  it('are unknown to the st2 chaincode: bench:put and bench:erc20Transfer are refused and write nothing', async () => {
    const world = await AttackLedger.open();
    try {
      const regulator = { org: msp.regulator, role: 'regulator', id: 'regulator' };
      const bankAdmin = { org: msp.bank1, role: 'admin', id: 'bank1-admin' };
      for (const [caller, proposal] of [
        [bankAdmin, { fn: 'bench:put', args: ['k', 'v'] }],
        [regulator, { fn: 'bench:put', args: ['k', 'v'] }],
        [bankAdmin, { fn: 'bench:erc20Transfer', args: ['a', 'b', '1'] }],
      ] as const) {
        const height = await world.ledger.height();
        const refusal = await world.ledger.submit(caller, proposal).then(() => null, (error: unknown) => error);
        expect(refusal).toBeInstanceOf(LedgerError);
        expect((refusal as LedgerError).message).toContain('Contract name is not known: bench');
        expect(await world.ledger.height()).toBe(height);
      }
    } finally {
      await world.close();
    }
  });
});
