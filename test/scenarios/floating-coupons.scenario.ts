import { stateCodecs, type St2Event } from '@st2/chaincode';
import type { Ledger } from '../../gateway/src/ledger/ledger';
import { newReportSigner, signedReport } from '../../gateway/src/oracles/report-signer';
import type { Backend } from './backend';
import { scenarioCast } from './cast';
import { St2Client } from './client';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * A floating-rate note's coupon fixed on the ledger, written once and run on every backend: FRN (1,000.00 EUR a
 * unit, EURIBOR 12M + 1.00%, ACT/365F, annual, issued at yesterday's UTC midnight) floats on a rate feed its terms
 * name. The feed's round observed an hour before the period's start (2.137%) fixes coupon 1; a round observed
 * since is refused as its fixing and changes nothing; the declared coupon carries its fixing.
 */
export function floatingCouponsScenario(backend: Backend): void {
  describe(`floating coupons on ${backend.name}`, () => {
    const { id, investor, admin1, admin2, ops1, kyc, issuer, agent, audit, treasury } = scenarioCast(backend.msp, 'f');
    const payer = investor(backend.msp.bank1, 'acme-pay');
    const [FRN, EURC, FEED] = [id('FRN'), id('EURC'), id('EURIBOR-12M')];
    const issueDate = Math.floor(Date.now() / DAY) * DAY - DAY;
    const signers = [newReportSigner(), newReportSigner(), newReportSigner(), newReportSigner()];
    let ledger: Ledger;
    let st2: St2Client;
    const coupon = (fixingRoundId: number) => ({ securityId: FRN, coupon: 1, cashSecurityId: EURC, recordTime: Date.now() + 60_000, payer: payer.id, remainderAccount: payer.id, fixingRoundId });
    const security = async () => JSON.parse(await st2.evaluate(audit, 'security:get', FRN)) as unknown;
    const round = async (roundId: number, value: bigint, observedAt: number) => {
      const { digest } = stateCodecs.feed.parse(await st2.evaluate(audit, 'oracle:getFeed', FEED));
      return st2.submit(ops1, 'oracle:submitRound', signedReport(signers.slice(0, 3), { feedId: FEED, configDigest: digest, roundId }, [value], observedAt));
    };

    beforeAll(async () => {
      ledger = await backend.open();
      st2 = new St2Client(ledger);
      await st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
      await st2.onboardVerified(kyc, [[ops1, payer]]);
      await st2.submit(treasury, 'security:create', { securityId: EURC, name: 'EUR deposit token', decimals: 2, agents: [], rules: { requiredClaims: ['kyc'] }, terms: { kind: 'cash', currency: 'EUR' } });
      await st2.governed([admin1, admin2], 'oracle:setFeed', { feedId: FEED, definition: {
        kind: 'rate', base: 'EURIBOR-12M', quote: 'PCT', decimals: 3, maxAgeMs: 2 * DAY, maxDeviationBps: 5000, band: { min: '-5000', max: '20000' }, signers: signers.map((s) => s.publicKey), f: 1,
      } });
      await st2.submit(issuer, 'security:create', {
        securityId: FRN, name: 'Floating notes', isin: 'DE000A1B2C46', decimals: 0, agents: [{ org: agent.org, id: agent.id }], rules: { requiredClaims: ['kyc'] },
        terms: {
          kind: 'debt', faceValue: '100000', currency: 'EUR', couponRateBps: 0, couponFrequency: 'annual', businessDayConvention: 'unadjusted', dayCount: 'ACT/365F',
          issueDate, maturityDate: issueDate + 500 * DAY, floating: { reference: 'EURIBOR-12M', spreadBps: 100, feedId: FEED },
        },
      });
      await round(1, 2_137n, issueDate - HOUR);
      await round(2, 2_300n, Date.now() - 200);
    }, 120_000);
    afterAll(async () => {
      await ledger?.close();
    });

    it('refuses a round observed after the fixing time with ST2-COUPON-FIXING, changing nothing', async () => {
      const before = await security();
      expect(await st2.outcome(issuer, 'distribution:declareCoupon', coupon(2))).toBe('ST2-COUPON-FIXING');
      expect(await security()).toEqual(before);
    }, 60_000);

    it('declares coupon 1 at 2.137% + 1.00% for the stub under ACT/365F, floored to the cent, with its fixing', async () => {
      const { events } = await st2.submit(issuer, 'distribution:declareCoupon', coupon(1));
      const declared = events.find((e): e is Extract<St2Event, { type: 'DistributionDeclared' }> => e.type === 'DistributionDeclared');
      const days = BigInt(((declared?.distribution.paymentDate ?? 0) - issueDate) / DAY);
      expect(declared?.distribution).toMatchObject({
        coupon: 1, rate: { numerator: (100_000n * 3_137n * days) / (10n * 10_000n * 365n), denominator: 1n },
        fixing: { feedId: FEED, roundId: 1, fixingTime: issueDate, observedAt: issueDate - HOUR, value: 2_137n, decimals: 3, spreadBps: 100, rateBps: { numerator: 3_137n, denominator: 10n } },
      });
      expect(stateCodecs.distribution.parse(await st2.evaluate(audit, 'distribution:get', `${FRN}:coupon:1`))).toEqual(declared?.distribution);
    }, 60_000);
  });
}
