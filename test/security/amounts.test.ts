import fc from 'fast-check';
import { MAX_AMOUNT, stateCodecs } from '@st2/chaincode';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { AttackLedger, msp } from './support';

/**
 * Amounts are bounded end to end, from the attacker's side: no command can take a total (supply,
 * balance, frozen part, daily total) past MAX_AMOUNT, so no stored record can become unreadable and
 * brick the security. Everything runs through the real chaincode and its Repository on the embedded ledger.
 */
const MAX = MAX_AMOUNT.toString();

describe('amounts bounded end to end', () => {
  let world: AttackLedger;
  let alice: Caller;
  let bob: Caller;
  let carol: Caller;

  beforeAll(async () => {
    world = await AttackLedger.open();
    [alice, bob, carol] = ['alice', 'bob', 'carol'].map((name) => world.cast.investor(msp.bank1, name)) as [Caller, Caller, Caller];
    await world.onboard(alice, bob, carol);
  });
  afterAll(async () => world.close());

  const records = (securityId: string) => async () => ({
    security: await world.st2.evaluate(world.cast.audit, 'security:get', securityId),
    holdings: await Promise.all([alice, bob, carol].map((who) => world.st2.evaluate(world.cast.audit, 'token:getHolding', securityId, who.id))),
  });

  it('is 10^38 - 1, the largest amount a 38-digit decimal (and 128 bits) holds', () => {
    expect(MAX_AMOUNT).toBe(10n ** 38n - 1n);
    expect(MAX_AMOUNT < 2n ** 128n).toBe(true);
  });

  it('refuses a second issuance of 10^38 - 1 with ST2-AMOUNT-LIMIT, and the security keeps working', async () => {
    const { agent, issuer } = world.cast;
    await world.createEquity('BRICK');
    expect(await world.st2.outcome(agent, 'token:issue', { securityId: 'BRICK', to: alice.id, amount: MAX })).toBe('accepted');
    expect(await world.refusal(agent, 'token:issue', { securityId: 'BRICK', to: bob.id, amount: MAX }, records('BRICK'))).toBe('ST2-AMOUNT-LIMIT');
    expect(await world.refusal(agent, 'token:issue', { securityId: 'BRICK', to: alice.id, amount: '1' }, records('BRICK'))).toBe('ST2-AMOUNT-LIMIT');
    // Every command on the security still reads its records: redeem, transfer, freeze, rules, dry run.
    expect(await world.st2.outcome(agent, 'token:redeem', { securityId: 'BRICK', from: alice.id, amount: '1' })).toBe('accepted');
    expect(await world.st2.outcome(alice, 'token:transfer', { securityId: 'BRICK', from: alice.id, to: bob.id, amount: '10' })).toBe('accepted');
    expect(await world.st2.outcome(agent, 'token:freeze', { securityId: 'BRICK', holder: bob.id, amount: '1' })).toBe('accepted');
    expect(await world.st2.outcome(issuer, 'security:setRules', { securityId: 'BRICK', rules: { requiredClaims: ['kyc'] } })).toBe('accepted');
    expect((await world.st2.check(alice, { securityId: 'BRICK', from: alice.id, to: bob.id, amount: '1' })).allowed).toBe(true);
    expect(await world.st2.stats(world.cast.audit, 'BRICK')).toEqual({ supply: (MAX_AMOUNT - 1n).toString(), holders: 2 });
  });

  it('refuses an amount of 39 digits as malformed with ST2-INVALID-INPUT', async () => {
    await world.createEquity('BIG');
    expect(await world.refusal(world.cast.agent, 'token:issue', { securityId: 'BIG', to: alice.id, amount: (MAX_AMOUNT + 1n).toString() }, records('BIG'))).toBe('ST2-INVALID-INPUT');
  });

  it("refuses a transfer that would take the sender's window total past the maximum with ST2-AMOUNT-LIMIT", async () => {
    // A count-only window limit: the window's amount total is kept but not limited by the security's rules.
    await world.createEquity('DAILY', { requiredClaims: ['kyc'], transferLimits: [{ windowMs: 86_400_000, maxCount: 100 }] });
    await world.st2.submit(world.cast.agent, 'token:issue', { securityId: 'DAILY', to: carol.id, amount: MAX });
    const send = (from: Caller, to: Caller) => ({ securityId: 'DAILY', from: from.id, to: to.id, amount: MAX });
    expect(await world.st2.outcome(carol, 'token:transfer', send(carol, bob))).toBe('accepted');
    expect(await world.st2.outcome(bob, 'token:transfer', send(bob, carol))).toBe('accepted');
    // Carol has sent 10^38 - 1 today already: sending it again would make her window total 2 (10^38 - 1).
    expect(await world.refusal(carol, 'token:transfer', send(carol, bob), records('DAILY'))).toBe('ST2-AMOUNT-LIMIT');
    const check = await world.st2.check(carol, send(carol, bob));
    expect(check).toMatchObject({ allowed: false, code: 'ST2-AMOUNT-LIMIT' });
    expect(check.trace.find((verdict) => verdict.rule === 'amount-limit')).toMatchObject({ ok: false });
  });

  it('never writes a record it could not read back: the codecs validate on write', () => {
    expect(() => stateCodecs.stats.stringify({ supply: MAX_AMOUNT + 1n, holders: 1 })).toThrow('ST2-INVALID-INPUT');
    expect(() => stateCodecs.holding.encode({ securityId: 'S', holder: 'h', balance: MAX_AMOUNT, frozen: false, frozenAmount: 0n, lots: [], windows: [{ windowMs: 1, start: 0, sent: MAX_AMOUNT * 2n, count: 1 }] })).toThrow('ST2-INVALID-INPUT');
    expect(stateCodecs.stats.parse(stateCodecs.stats.stringify({ supply: MAX_AMOUNT, holders: 1 }))).toEqual({ supply: MAX_AMOUNT, holders: 1 });
  });

  describe('under any sequence of commands with amounts up to the maximum', () => {
    const amount = fc.oneof(
      fc.bigInt({ min: 1n, max: MAX_AMOUNT }),
      fc.bigInt({ min: MAX_AMOUNT - 1000n, max: MAX_AMOUNT }),
      fc.bigInt({ min: MAX_AMOUNT / 2n - 10n, max: MAX_AMOUNT / 2n + 10n }),
    ).map(String);
    const who = fc.constantFrom(0, 1, 2).map((i) => [alice, bob, carol][i]?.id ?? '');
    const command = fc.oneof(
      fc.record({ fn: fc.constant('token:issue'), to: who, amount }),
      fc.record({ fn: fc.constant('token:redeem'), from: who, amount }),
      fc.record({ fn: fc.constant('token:transfer'), from: who, to: who, amount }),
      fc.record({ fn: fc.constant('token:forcedTransfer'), from: who, to: who, amount }),
      fc.record({ fn: fc.constantFrom('token:freeze', 'token:unfreeze'), holder: who, amount: fc.option(amount, { nil: undefined }) }),
      fc.record({ fn: fc.constant('token:recover'), lost: who, replacement: who }),
    );
    // Refusals a well-formed command may meet: ST2-INVALID-INPUT would mean a write the codec refused.
    const EXPECTED = new Set(['accepted', 'ST2-AMOUNT-LIMIT', 'ST2-INSUFFICIENT-BALANCE', 'ST2-FROZEN', 'ST2-SELF-TRANSFER', 'ST2-RECOVERY-MISMATCH']);
    // Unfreezing more than is frozen is refused like its mirror, freezing more than is held.
    const expected = (fn: string) => (fn === 'token:unfreeze' ? new Set([...EXPECTED, 'ST2-NOT-FROZEN']) : EXPECTED);
    let run = 0;

    it('leaves every stored record readable, every total within the maximum, and supply equal to the sum of balances', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 12 }), async (commands) => {
          const securityId = `P${run++}`;
          // Window counters are kept (and bounded) only where a window limit is set: a count-only one limits nothing here.
          await world.createEquity(securityId, { requiredClaims: [], transferLimits: [{ windowMs: 86_400_000, maxCount: 1000 }] });
          // A transfer is sent by its holder; everything else by the security's agent.
          const callerOf = (fn: string, input: object): Caller => ('from' in input && fn === 'token:transfer' ? { ...alice, id: String(input.from) } : world.cast.agent);
          for (const { fn, ...input } of commands) {
            const outcome = await world.st2.outcome(callerOf(fn, input), fn, { securityId, ...input });
            expect(expected(fn)).toContain(outcome);
          }
          // Read back through the chaincode: each record decodes, or this throws ST2-INVALID-INPUT.
          const holdings = await Promise.all([alice, bob, carol].map((h) => world.st2.holding(world.cast.audit, securityId, h.id)));
          const { supply } = await world.st2.stats(world.cast.audit, securityId);
          expect(BigInt(supply)).toBe(holdings.reduce((sum, h) => sum + h.balance, 0n));
          for (const h of holdings) {
            for (const total of [h.balance, h.frozenAmount, ...(h.windows ?? []).map((w) => w.sent), ...h.lots.map((lot) => lot.amount)]) expect(total <= MAX_AMOUNT).toBe(true);
          }
        }),
        { numRuns: 40 },
      );
    });
  });
});
