import fc from 'fast-check';
import { CustodyDesk, type BeneficialOwner } from '../../../gateway/src/custody/custody-desk';
import type { Caller } from '../../../gateway/src/ledger/ledger';
import { sha256, sleepUntil } from '../../scenarios/client';
import { AttackLedger, DAY, msp } from '../../security/support';

const OWNERS: readonly BeneficialOwner[] = [
  { owner: 'o-de', jurisdiction: 'DE', investorType: 'retail' }, { owner: 'o-fr', jurisdiction: 'FR', investorType: 'retail' },
  { owner: 'o-lu', jurisdiction: 'LU', investorType: 'professional' }, { owner: 'o-de2', jurisdiction: 'DE', investorType: 'institutional' },
];
const owner = fc.constantFrom(...OWNERS);
const holder = fc.constantFrom(0 as const, 1 as const);
const amount = fc.integer({ min: 1, max: 400 }).map(String);

type Step =
  | { kind: 'deposit'; from: 0 | 1; to: BeneficialOwner; amount: string }
  | { kind: 'withdraw'; from: BeneficialOwner; to: 0 | 1; amount: string }
  | { kind: 'move'; from: BeneficialOwner; to: BeneficialOwner; amount: string }
  /** A DvP between a public holder and the account for `owner`: the account buys (pays cash) or sells. */
  | { kind: 'buy' | 'sell'; holder: 0 | 1; owner: BeneficialOwner; amount: string; cash: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('deposit' as const), from: holder, to: owner, amount }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('withdraw' as const), from: owner, to: holder, amount }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('move' as const), from: owner, to: owner, amount }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constantFrom('buy' as const, 'sell' as const), holder, owner, amount, cash: amount }), weight: 2 },
);

/** A sequence in which every kind of step is accepted, run first, so the coverage below never rests on chance. */
const EVERY_KIND: Step[] = [
  { kind: 'deposit', from: 0, to: OWNERS[0]!, amount: '100' },
  { kind: 'move', from: OWNERS[0]!, to: OWNERS[2]!, amount: '10' },
  { kind: 'withdraw', from: OWNERS[0]!, to: 0, amount: '10' },
  { kind: 'buy', holder: 1, owner: OWNERS[0]!, amount: '5', cash: '5' },
  { kind: 'sell', holder: 1, owner: OWNERS[0]!, amount: '5', cash: '5' },
];

/** Each run's securities: the security the movements and trades move, and the cash its trades pay in. */
const SUPPLY = 1000n;

/**
 * Reconciliation after every step of any sequence of custody movements and settlements with the account as a
 * party (DvP, the account buying or selling for a beneficial owner), on the real chaincode over the embedded
 * ledger (LevelDB, private collections): in both the security and the cash, the custodian's sub-ledger sums to
 * the account's public balance, the supply is conserved, and the holder count is exactly the public holders
 * plus the beneficial owners with a position, whatever was accepted or refused (a country cap of 1 on FR, a
 * maximum of 5 holders, short positions refuse some); then a dividend reaches the owners through the custodian.
 */
describe('custody reconciliation under any sequence of movements', () => {
  let world: AttackLedger;
  let desk: CustodyDesk;
  let holders: [Caller, Caller];
  let payer: Caller;
  let run = 0;
  /** Outcomes per kind of step, so the test shows it exercised accepted movements of every kind. */
  const seen = new Map<string, number>();

  beforeAll(async () => {
    world = await AttackLedger.open();
    desk = new CustodyDesk(world.ledger);
    holders = [world.cast.investor(msp.bank1, 'alice'), world.cast.investor(msp.bank1, 'bob')];
    payer = world.cast.investor(msp.bank1, 'acme-pay');
    await world.onboard(...holders, payer);
    await world.st2.submit(world.cast.custodian, 'custody:openAccount', { accountId: 'OMNI', accountType: 'omnibus', jurisdiction: 'LU' });
    const evidence = 'kyc of OMNI';
    await world.st2.submit(world.cast.kyc, 'identity:addClaim', { identityId: 'OMNI', topic: 'kyc', expiresAt: Date.now() + 365 * DAY, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
  });

  /**
   * A dividend of 1/3 of a cash unit per unit after the steps: the public holders paid by the paying agent, the
   * account's owners through the custodian. Each owner's cash is its floor, the account's cash reconciles, and
   * what left the payer is exactly the declared total.
   */
  const dividend = async (securityId: string) => {
    const { issuer, agent, treasury, custodian, audit } = world.cast;
    const [cashId, distributionId] = [`E${securityId}`, `D${securityId}`];
    await world.st2.submit(treasury, 'security:create', { securityId: cashId, name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
    await world.st2.submit(treasury, 'token:issue', { securityId: cashId, to: payer.id, amount: '1000' });
    const [recordTime, paymentDate] = [Date.now() + 100, Date.now() + 200];
    await world.st2.submit(issuer, 'distribution:declare', { distributionId, securityId, cashSecurityId: cashId, rate: { numerator: '1', denominator: '3' }, recordTime, paymentDate, payer: payer.id, remainderAccount: holders[0].id });
    await sleepUntil(paymentDate + 10);
    const positions = (JSON.parse(await world.st2.evaluate(audit, 'custody:positions', 'OMNI')) as { securityId: string; owner: string; amount: string }[]).filter((p) => p.securityId === securityId);
    const paid = (await Promise.all(holders.map(async (who) => ((await world.st2.balance(audit, securityId, who.id)) > 0n ? [who.id] : [])))).flat();
    if (paid.length > 0) await world.st2.submit(agent, 'distribution:pay', { distributionId, holders: paid });
    if (positions.length > 0) await desk.payDistribution(custodian, { distributionId, accountId: 'OMNI' }, { securityId, cashSecurityId: cashId });
    await world.st2.submit(agent, 'distribution:close', { distributionId });
    const cash = (JSON.parse(await world.st2.evaluate(audit, 'custody:positions', 'OMNI')) as { securityId: string; owner: string; amount: string }[]).filter((p) => p.securityId === cashId);
    expect(cash.map((p) => [p.owner, p.amount]).sort()).toEqual(positions.map((p) => [p.owner, (BigInt(p.amount) / 3n).toString()]).filter(([, a]) => a !== '0').sort());
    expect(1000n - await world.st2.balance(audit, cashId, payer.id)).toBe(SUPPLY / 3n);
    await expectReconciled(cashId, 1000n, [...holders, payer]);
  };
  const operatorOf = (holder: Caller, securityId: string) =>
    world.st2.submit(holder, 'token:authorizeOperator', { securityId, holder: holder.id, operator: { org: world.cast.custodian.org, id: world.cast.custodian.id } });
  afterAll(async () => world.close());

  /** Proposed by the holder, affirmed by both sides (each may be refused), settled by the custodian; cancelled when refused, so no hold lingers. */
  const trade = async (securityId: string, cashId: string, s: Extract<Step, { kind: 'buy' | 'sell' }>) => {
    const { custodian } = world.cast;
    const who = holders[s.holder];
    const settlementId = `${securityId}-${trades++}`;
    const buys = s.kind === 'buy';
    await world.st2.submit(who, 'settlement:propose', {
      settlementId, seller: buys ? who.id : 'OMNI', buyer: buys ? 'OMNI' : who.id,
      securities: { securityId, amount: s.amount }, cash: { securityId: cashId, amount: s.cash }, settleBy: Date.now() + DAY,
    });
    for (const side of [custodian, who]) await world.st2.outcomeOf(() => world.st2.submit(side, 'settlement:affirm', { settlementId }));
    const legs = buys ? { accountId: 'OMNI', from: cashId, to: securityId } : { accountId: 'OMNI', from: securityId, to: cashId };
    return desk.settle(custodian, { settlementId }, legs, s.owner).catch(async (error: unknown) => {
      await world.st2.submit(who, 'settlement:cancel', { settlementId });
      throw error;
    });
  };
  let trades = 0;

  const apply = (securityId: string, cashId: string, s: Step) => {
    const { custodian } = world.cast;
    const account = { securityId, accountId: 'OMNI' };
    switch (s.kind) {
      case 'deposit':
        return desk.deposit(custodian, custodian, { ...account, from: holders[s.from].id, amount: s.amount }, s.to);
      case 'withdraw':
        return desk.withdraw(custodian, { ...account, to: holders[s.to].id, amount: s.amount }, s.from);
      case 'move':
        return desk.move(custodian, account, s.from, s.to, s.amount);
      default:
        return trade(securityId, cashId, s);
    }
  };

  /** The account's sub-ledger equals its public balance, the supply is whole, and the holders are the public ones plus the owners. */
  const expectReconciled = async (securityId: string, supply = SUPPLY, publicHolders: readonly Caller[] = holders) => {
    const rec = JSON.parse(await world.st2.evaluate(world.cast.custodian, 'custody:reconciliation', 'OMNI')) as { securities: { securityId: string; subLedger: string; public: string; reconciled: boolean }[] };
    const mine = rec.securities.find((r) => r.securityId === securityId);
    const balance = await world.st2.balance(world.cast.audit, securityId, 'OMNI');
    expect(mine ? [mine.subLedger, mine.reconciled] : ['0', true]).toEqual([balance.toString(), true]);
    const positions = JSON.parse(await world.st2.evaluate(world.cast.audit, 'custody:positions', 'OMNI')) as { securityId: string; owner: string }[];
    const owners = positions.filter((p) => p.securityId === securityId).length;
    const balances = await Promise.all(publicHolders.map((who) => world.st2.balance(world.cast.audit, securityId, who.id)));
    expect(balances.reduce((sum, b) => sum + b, balance)).toBe(supply);
    expect((await world.st2.stats(world.cast.audit, securityId)).holders).toBe(balances.filter((b) => b > 0n).length + owners);
  };

  it('keeps the sub-ledger equal to the public balance and counts beneficial owners exactly, after every step', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 15 }), async (steps) => {
      const [securityId, cashId] = [`P${run}`, `C${run++}`];
      await world.createEquity(securityId, { requiredClaims: ['kyc'], maxHolders: 5, maxHoldersPerJurisdiction: { FR: 1 } });
      await world.createEquity(cashId);
      for (const who of holders) {
        for (const id of [securityId, cashId]) await world.st2.submit(world.cast.agent, 'token:issue', { securityId: id, to: who.id, amount: (SUPPLY / 2n).toString() });
        await operatorOf(who, securityId);
      }
      // Every owner starts with some cash in the account, from the holders' (the custodian as their operator).
      await operatorOf(holders[0], cashId);
      for (const o of OWNERS) await desk.deposit(world.cast.custodian, world.cast.custodian, { securityId: cashId, accountId: 'OMNI', from: holders[0].id, amount: '100' }, o);
      for (const s of steps) {
        const outcome = await world.st2.outcomeOf(() => apply(securityId, cashId, s));
        seen.set(`${s.kind} ${outcome}`, (seen.get(`${s.kind} ${outcome}`) ?? 0) + 1);
        for (const id of [securityId, cashId]) await expectReconciled(id);
      }
      await dividend(securityId);
    }), { numRuns: 30, examples: [[EVERY_KIND]] });
    for (const kind of ['deposit', 'withdraw', 'move', 'buy', 'sell']) expect(seen.get(`${kind} accepted`)).toBeGreaterThan(0);
    // Up to 450 ledger steps and 30 dividends (each waiting 0.2 s for its payment date): 11 s alone, 7 Dec 2026; the budget is a hang guard, not a speed claim.
  }, 180_000);
});
