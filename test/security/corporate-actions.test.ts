import { MAX_AMOUNT } from '@st2/chaincode';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { sleepUntil } from '../scenarios/client';
import { AttackLedger, msp } from './support';

/**
 * Splits and reverse splits from the attacker's side, through the real chaincode on the embedded ledger: who may
 * declare and apply one, ratios built to overflow, a replayed batch, and movements slipped in while it is under
 * way. Every refusal cuts no block and leaves the action, the security and the holdings exactly as they were.
 */
describe('corporate actions under attack', () => {
  let world: AttackLedger;
  let alice: Caller;
  let bob: Caller;
  let payer: Caller;
  const [SEC, EURC, RS] = ['SPLIT', 'EURC', 'RS1'];

  beforeAll(async () => {
    world = await AttackLedger.open();
    [alice, bob, payer] = ['alice', 'bob', 'acme-pay'].map((name) => world.cast.investor(msp.bank1, name)) as [Caller, Caller, Caller];
    await world.onboard(alice, bob, payer);
    await world.createEquity(SEC);
    await world.st2.submit(world.cast.agent, 'token:issue', { securityId: SEC, to: alice.id, amount: '100' });
    await world.st2.submit(world.cast.agent, 'token:issue', { securityId: SEC, to: bob.id, amount: '50' });
    await world.st2.submit(world.cast.treasury, 'security:create', { securityId: EURC, name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
    await world.st2.submit(world.cast.treasury, 'token:issue', { securityId: EURC, to: payer.id, amount: '1000' });
  });
  afterAll(async () => world.close());

  const records = async () => ({
    security: await world.st2.evaluate(world.cast.audit, 'security:get', SEC),
    action: await world.st2.evaluate(world.cast.audit, 'corporateAction:get', RS).catch((e: Error) => e.message),
    holdings: await Promise.all([alice, bob].map((who) => world.st2.evaluate(world.cast.audit, 'token:getHolding', SEC, who.id))),
    cash: await Promise.all([alice, bob, payer].map((who) => world.st2.evaluate(world.cast.audit, 'token:getHolding', EURC, who.id))),
  });
  const declaration = (over: object = {}) => ({
    actionId: RS, securityId: SEC, type: 'reverse-split', ratio: { numerator: '1', denominator: '3' }, effectiveTime: Date.now() + 1_500,
    cashInLieu: { cashSecurityId: EURC, payer: payer.id, price: { numerator: '2', denominator: '1' } }, ...over,
  });

  it.each([
    ['the issuer\'s namesake in another org', () => ({ ...world.cast.issuer, org: msp.bank2 })],
    ['the security\'s own agent (wrong role)', () => world.cast.agent],
    ['an investor', () => alice],
    ['the regulator', () => world.cast.audit],
  ])('refuses a declaration by %s with ST2-UNAUTHORIZED, changing nothing', async (_who, caller) => {
    expect(await world.refusal(caller(), 'corporateAction:declare', declaration(), records)).toBe('ST2-UNAUTHORIZED');
  });

  it('refuses ratios built to overflow: 39 digits or a zero denominator (ST2-INVALID-INPUT), a new supply past 10^38 - 1 (ST2-AMOUNT-LIMIT), changing nothing', async () => {
    const { issuer } = world.cast;
    const split = (ratio: object) => declaration({ type: 'split', ratio, cashInLieu: undefined });
    expect(await world.refusal(issuer, 'corporateAction:declare', split({ numerator: `${MAX_AMOUNT}0`, denominator: '1' }), records)).toBe('ST2-INVALID-INPUT');
    expect(await world.refusal(issuer, 'corporateAction:declare', split({ numerator: '2', denominator: '0' }), records)).toBe('ST2-INVALID-INPUT');
    expect(await world.refusal(issuer, 'corporateAction:declare', split({ numerator: MAX_AMOUNT.toString(), denominator: '1' }), records)).toBe('ST2-AMOUNT-LIMIT');
  });

  it('takes the issuer\'s own declaration, and waits for its effective time', async () => {
    const input = declaration();
    expect(await world.st2.outcome(world.cast.issuer, 'corporateAction:declare', input)).toBe('accepted');
    await sleepUntil(input.effectiveTime + 100);
  });

  it.each([
    ['an investor', () => alice],
    ['the agent\'s namesake in another org', () => ({ ...world.cast.agent, org: msp.bank2 })],
    ['an agent of another bank', () => world.cast.ops2],
    ['the regulator', () => world.cast.audit],
  ])('refuses a batch by %s with ST2-UNAUTHORIZED, changing nothing', async (_who, caller) => {
    expect(await world.refusal(caller(), 'corporateAction:apply', { actionId: RS, holders: [alice.id] }, records)).toBe('ST2-UNAUTHORIZED');
  });

  it('applies a batch once per client request id (ST2-DUPLICATE-REQUEST) and each holder once (ST2-ALREADY-ADJUSTED), changing nothing the second time', async () => {
    const { agent } = world.cast;
    expect(await world.st2.outcome(agent, 'corporateAction:apply', { actionId: RS, holders: [alice.id], requestId: 'apply-once' })).toBe('accepted');
    expect(await world.refusal(agent, 'corporateAction:apply', { actionId: RS, holders: [alice.id], requestId: 'apply-once' }, records)).toBe('ST2-DUPLICATE-REQUEST');
    expect(await world.refusal(agent, 'corporateAction:apply', { actionId: RS, holders: [bob.id, alice.id] }, records)).toBe('ST2-ALREADY-ADJUSTED');
    expect(JSON.parse(await world.st2.evaluate(world.cast.audit, 'token:getHolding', SEC, alice.id))).toMatchObject({ balance: '33', corporateAction: RS });
  });

  it('refuses every movement of the security while under way with ST2-CORPORATE-ACTION-PENDING, changing nothing', async () => {
    const { agent } = world.cast;
    expect(await world.refusal(bob, 'token:transfer', { securityId: SEC, from: bob.id, to: alice.id, amount: '1' }, records)).toBe('ST2-CORPORATE-ACTION-PENDING');
    expect(await world.refusal(agent, 'token:forcedTransfer', { securityId: SEC, from: bob.id, to: alice.id, amount: '1' }, records)).toBe('ST2-CORPORATE-ACTION-PENDING');
    expect(await world.refusal(agent, 'token:issue', { securityId: SEC, to: bob.id, amount: '1' }, records)).toBe('ST2-CORPORATE-ACTION-PENDING');
    expect(await world.refusal(agent, 'token:redeem', { securityId: SEC, from: alice.id, amount: '1' }, records)).toBe('ST2-CORPORATE-ACTION-PENDING');
  });
});
