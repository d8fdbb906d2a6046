import { MAX_AMOUNT } from '@st2/chaincode';
import { cast, party } from '../gateway/support/cast';
import { startHarness, type Actor, type Harness } from '../gateway/support/harness';
import { bondWorld, callableBond } from '../gateway/support/bonds';
import { call, ok } from '../gateway/support/world';
import { ledgerView } from './support/ledger-view';

const DAY = 86_400_000;

/**
 * Calls and redemptions from the attacker's side, over HTTP: BND (alice 3, bob 2) matures in 30 days and is callable
 * from day 10 with 5 days' notice; bank1's agent has every power, bank2's only `issue`. Every refused attempt is
 * shown to have changed nothing: the ledger's height, every event and both cap tables, as the regulator reads them.
 */
describe('calls and redemptions, from the attacker\'s side', () => {
  let h: Harness;
  let start = 0;
  const view = () => ledgerView(h, ['BND', 'EURC']);
  const expectRefusedUnchanged = async (who: Actor, url: string, body: object, status: number, code: string, headers: Record<string, string> = {}) => {
    const before = await view();
    expect(await call(h, who, 'POST', url, body, headers)).toMatchObject({ status, body: { error: { code } } });
    expect(await view()).toEqual(before);
  };
  const redemption = { cashSecurityId: 'EURC', payer: 'acme-pay', remainderAccount: 'acme-rest' };
  const bond = (securityId: string, faceValue: string) => callableBond(securityId, {
    faceValue, maturityDate: start + 30 * DAY, call: { firstCallDate: start + 10 * DAY, priceBps: 10_000, noticeDays: 5 }, agents: [party(cast.agent), { ...party(cast.agent2), powers: ['issue'] }],
  });
  const bank2Issuer = { ...cast.issuer, org: 'bank2' } as const;

  beforeAll(async () => {
    h = await startHarness();
    start = h.clock.now;
    await bondWorld(h, [bond('BND', '100000'), bond('BIG', (3n * 10n ** 37n).toString())]);
  });
  afterAll(() => h.close());

  it.each([
    ['an issuer certificate of another org', bank2Issuer, 403, 'ST2-UNAUTHORIZED'],
    ['the bond\'s own agent', cast.agent, 403, 'ST2-UNAUTHORIZED'],
    ['a holder', cast.alice, 403, 'ST2-UNAUTHORIZED'],
  ] as const)('refuses a call by %s, changing nothing', async (_who, who, status, code) => {
    await expectRefusedUnchanged(who, '/v1/securities/BND/calls', { callDate: start + 20 * DAY }, status, code);
  });

  it('refuses a call date past any timestamp (400) and one after maturity (422 ST2-CALL-DATE-INVALID), changing nothing', async () => {
    await expectRefusedUnchanged(cast.issuer, '/v1/securities/BND/calls', { callDate: 8.64e15 + 1 }, 400, 'ST2-INVALID-INPUT');
    await expectRefusedUnchanged(cast.issuer, '/v1/securities/BND/calls', { callDate: start + 31 * DAY }, 422, 'ST2-CALL-DATE-INVALID');
  });

  describe('once matured', () => {
    beforeAll(() => {
      h.clock.now = start + 30 * DAY;
    });

    it.each([
      ['a holder transfer', cast.alice, '/v1/transfers', { securityId: 'BND', from: 'alice', to: 'bob', amount: '1' }],
      ['an agent\'s burn of a holder\'s units without paying them', cast.agent, '/v1/securities/BND/redemptions', { from: 'alice', amount: '1' }],
      ['a forced transfer', cast.agent, '/v1/transfers/forced', { securityId: 'BND', from: 'alice', to: 'bob', amount: '1' }],
    ] as const)('refuses %s with 422 ST2-MATURED, changing nothing', async (_what, who, url, body) => {
      await expectRefusedUnchanged(who, url, body, 422, 'ST2-MATURED');
    });

    it.each([
      ['an issuer certificate of another org', bank2Issuer],
      ['the bond\'s own agent', cast.agent],
      ['a holder', cast.alice],
    ] as const)('refuses a redemption declared by %s (403), changing nothing', async (_who, who) => {
      await expectRefusedUnchanged(who, '/v1/securities/BND/redemption', redemption, 403, 'ST2-UNAUTHORIZED');
    });

    it('refuses a principal past the maximum amount with 422 ST2-AMOUNT-LIMIT, changing nothing', async () => {
      expect(3n * 10n ** 37n * 5n > MAX_AMOUNT).toBe(true);
      await expectRefusedUnchanged(cast.issuer, '/v1/securities/BIG/redemption', redemption, 422, 'ST2-AMOUNT-LIMIT');
    });

    it('declares once for a replayed Idempotency-Key (the reply replayed), refuses the key for another body, changing nothing more', async () => {
      const key = { 'idempotency-key': 'redeem-bnd-1' };
      const first = await call(h, cast.issuer, 'POST', '/v1/securities/BND/redemption', redemption, key);
      expect(first.status).toBe(201);
      const before = await view();
      const replayed = await call(h, cast.issuer, 'POST', '/v1/securities/BND/redemption', redemption, key);
      expect(replayed).toMatchObject({ status: 201, headers: { 'idempotent-replayed': 'true' }, body: { txId: first.body.txId } });
      expect(await view()).toEqual(before);
      await expectRefusedUnchanged(cast.issuer, '/v1/securities/BND/redemption', { ...redemption, remainderAccount: 'acme-pay' }, 422, 'ST2-IDEMPOTENCY-MISMATCH', key);
      await expectRefusedUnchanged(cast.issuer, '/v1/securities/BND/redemption', redemption, 409, 'ST2-ALREADY-EXISTS');
    });

    it.each([
      ['an agent without the redeem power (of another org)', cast.agent2, 403, 'ST2-UNAUTHORIZED'],
      ['a holder, paying itself', cast.alice, 403, 'ST2-UNAUTHORIZED'],
    ] as const)('refuses a batch paid by %s, changing nothing', async (_who, who, status, code) => {
      await expectRefusedUnchanged(who, '/v1/distributions/BND:redemption/payments', { holders: ['alice'] }, status, code);
    });

    it('pays a holder once: a replayed batch is refused with 409 ST2-ALREADY-PAID and changes nothing', async () => {
      await ok(h, cast.agent, 'POST', '/v1/distributions/BND:redemption/payments', { holders: ['alice'] });
      await expectRefusedUnchanged(cast.agent, '/v1/distributions/BND:redemption/payments', { holders: ['alice'] }, 409, 'ST2-ALREADY-PAID');
    });
  });
});
