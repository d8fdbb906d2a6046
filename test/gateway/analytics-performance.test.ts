import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newReportSigner, signedReport } from '../../gateway/src/oracles/report-signer';
import { cast } from './support/cast';
import { startHarness, type Actor, type Harness } from './support/harness';
import { projectionCaughtUp } from './support/projection';
import { call, equity, governed, issue, ok, onboard, standardWorld } from './support/world';

/** The weekly scenario computed independently by analytics/fixtures/make-reference.py (its "ledger" section). */
interface Round { at: number; value: number }
interface Expected {
  observations: number;
  gaps: number[];
  maxDrawdown: { depth: number; peak: number; trough: number; recovery: number | null };
  benchmark: Record<string, number> & { observations: number };
  [metric: string]: unknown;
}
const { ledger: scenario } = JSON.parse(readFileSync(join(__dirname, 'analytics/fixtures/reference.json'), 'utf8')) as {
  ledger: { riskFreeAnnual: number; security: { rounds: Round[]; dividend: Round & { amount: number } }; index: { rounds: Round[] }; expected: Expected };
};

const DAY = 86_400_000;
const signers = [newReportSigner(), newReportSigner(), newReportSigner(), newReportSigner()];
const feed = (kind: string, base: string, decimals: number, extra: Record<string, unknown> = {}) => ({
  definition: {
    kind, base, quote: 'EUR', decimals, maxAgeMs: 8 * DAY, maxDeviationBps: 2_000, band: { min: '1', max: '100000000' },
    signers: signers.map((s) => s.publicKey), f: 1, ...extra,
  },
});
const FROM = scenario.security.rounds[0]!.at - DAY;
const LAST = scenario.index.rounds.at(-1)!.at;

type Figure = { value: number | null; absent?: string; formula: string; unit: string; basis: string };

describe('GET /v1/analytics/securities/:id (performance against a benchmark)', () => {
  let h: Harness;
  let lastTx = '';
  const publish = async (feedId: string, rounds: readonly Round[]) => {
    await projectionCaughtUp(h);
    const configDigest = String((await ok(h, cast.agent, 'GET', `/v1/oracles/feeds/${feedId}`)).body.digest);
    for (const [i, round] of rounds.entries()) {
      const { feedId: _f, ...body } = signedReport(signers.slice(0, 3), { feedId, configDigest, roundId: i + 1 }, [BigInt(round.value)], round.at);
      lastTx = String((await ok(h, cast.agent, 'POST', `/v1/oracles/feeds/${feedId}/rounds`, body)).body.txId);
    }
  };
  const performance = (actor: Actor, query: string) => call(h, actor, 'GET', `/v1/analytics/securities/PERF?consistentWith=${lastTx}&freq=weekly&from=${FROM}&to=${LAST + DAY}&${query}`);

  beforeAll(async () => {
    h = await startHarness();
    await standardWorld(h);
    await Promise.all(['erin', 'perf-pay', 'perf-rest'].map((id) => onboard(h, id)));
    await ok(h, cast.treasury, 'POST', '/v1/cash', { securityId: 'EURC', name: 'EUR deposit token', currency: 'EUR', decimals: 2, rules: { requiredClaims: ['kyc'] }, agents: [] });
    await ok(h, cast.treasury, 'POST', '/v1/cash/EURC/issuances', { to: 'perf-pay', amount: '100000' });
    await ok(h, cast.issuer, 'POST', '/v1/securities', equity('PERF'));
    await issue(h, 'PERF', 'alice', '100');
    // EUR 1.50 a share: 150 cents of the 2-decimal token per share of the 0-decimal equity, the record time in week 20.
    const { dividend } = scenario.security;
    await ok(h, cast.issuer, 'POST', '/v1/securities/PERF/distributions', {
      distributionId: 'PERF-DIV', cashSecurityId: 'EURC', rate: { numerator: '150', denominator: '1' },
      recordTime: dividend.at, paymentDate: dividend.at + DAY, payer: 'perf-pay', remainderAccount: 'perf-rest',
    });
    await governed(h, 'PUT', '/v1/oracles/feeds/PERF-EUR', feed('price', 'PERF', 4));
    await governed(h, 'PUT', '/v1/oracles/feeds/EUREIT-TR', feed('index', 'EUREIT', 2, { returns: 'total-return' }));
    await governed(h, 'PUT', '/v1/oracles/feeds/EUREIT-PR', feed('index', 'EUREIT', 2, { returns: 'price-return' }));
    // Thirty weeks on: the signers' rounds carry their (past) observation times.
    h.clock.advance(LAST + DAY - h.clock.now);
    await publish('PERF-EUR', scenario.security.rounds);
    await publish('EUREIT-TR', scenario.index.rounds);
    await publish('EUREIT-PR', scenario.index.rounds);
  }, 120_000);
  afterAll(() => h.close());

  it('gives the regulator every metric equal to the reference vectors (1e-12), each with its formula id, unit and basis', async () => {
    const { status, body } = await performance(cast.regulator, 'benchmark=EUREIT-TR&riskFreeBps=200');
    expect(status).toBe(200);
    const { benchmark: expectedBenchmark, maxDrawdown, gaps, observations, ...expected } = scenario.expected;
    const metrics = body.metrics as Record<string, Figure & { peak: number; trough: number; recovery: number | null }>;
    expect(body).toMatchObject({ securityId: 'PERF', feedId: 'PERF-EUR', frequency: 'weekly', observations, gaps, distributions: 1, warnings: [] });
    for (const [metric, value] of Object.entries(expected)) expect([metric, metrics[metric]!.value]).toEqual([metric, expect.closeTo(value as number, 12)]);
    expect(metrics.maxDrawdown).toMatchObject({ value: expect.closeTo(maxDrawdown.depth, 12), peak: maxDrawdown.peak, trough: maxDrawdown.trough, recovery: maxDrawdown.recovery });
    expect(metrics.sharpeRatio).toMatchObject({ formula: 'st2-analytics/sharpe/1', unit: 'ratio', basis: 'annual' });
    expect(metrics.valueAtRisk).toMatchObject({ formula: 'st2-analytics/historical-var/1', unit: 'decimal', basis: 'period' });
    const theirs = body.benchmark as { feedId: string; returns: string; observations: number; metrics: Record<string, Figure> };
    expect(theirs).toMatchObject({ feedId: 'EUREIT-TR', returns: 'total-return', observations: expectedBenchmark.observations });
    for (const [metric, value] of Object.entries(expectedBenchmark).filter(([m]) => m !== 'observations')) {
      expect([metric, theirs.metrics[metric]!.value]).toEqual([metric, expect.closeTo(value, 12)]);
    }
    expect(theirs.metrics.alpha).toMatchObject({ formula: 'st2-analytics/jensen-alpha/1', unit: 'decimal', basis: 'annual' });
  });

  it('marks the week without a round as a gap, not filled, and the week after it without a return; a week\'s close is its last round', async () => {
    const { body } = await performance(cast.regulator, '');
    const points = body.series as { points: { period: number; gap: boolean; level: number | null; return: number | null }[] };
    const gap = points.points.findIndex((p) => p.gap);
    expect(points.points[gap]).toEqual({ period: scenario.expected.gaps[0], gap: true, level: null, index: null, return: null });
    expect(points.points[gap + 1]).toMatchObject({ gap: false, return: null });
    // Week 5 has a Wednesday round and the Friday close: the level is Friday's.
    expect(points.points[5]!.level).toBe(scenario.security.rounds[6]!.value / 10_000);
    expect(body.benchmark).toBeNull();
  });

  it('reinvests the dividend in its week: the return is (close + 1.50) / previous close − 1', async () => {
    const { body } = await performance(cast.regulator, '');
    const { points } = body.series as { points: { period: number; level: number; return: number }[] };
    const week = points.findIndex((p) => p.period <= scenario.security.dividend.at && scenario.security.dividend.at < p.period + 7 * DAY);
    expect(points[week]!.return).toBeCloseTo((points[week]!.level + 1.5) / points[week - 1]!.level - 1, 12);
  });

  it('warns when the benchmark is a price-return index, and computes the same figures', async () => {
    const [total, price] = await Promise.all([performance(cast.agent, 'benchmark=EUREIT-TR'), performance(cast.agent, 'benchmark=EUREIT-PR')]);
    expect(price.body.warnings).toEqual([{ code: 'price-vs-total-return', message: expect.stringContaining('total-return') }]);
    expect(price.body.benchmark).toMatchObject({ feedId: 'EUREIT-PR', returns: 'price-return' });
    expect((price.body.benchmark as { metrics: unknown }).metrics).toEqual((total.body.benchmark as { metrics: unknown }).metrics);
  });

  it('reports no ratio or risk figure below 20 observations, saying why, and the returns still', async () => {
    const { body } = await call(h, cast.regulator, 'GET', `/v1/analytics/securities/PERF?freq=weekly&from=${FROM}&to=${FROM + 10 * 7 * DAY}&benchmark=EUREIT-TR`);
    const metrics = body.metrics as Record<string, Figure>;
    // Ten weekly closes (weeks 0 to 9), nine one-period returns.
    expect(body.observations).toBe(9);
    expect(metrics.sharpeRatio).toMatchObject({ value: null, absent: 'The Sharpe ratio needs at least 20 observations, not 9' });
    expect([metrics.volatility, metrics.sortinoRatio, metrics.valueAtRisk].map((f) => f!.value)).toEqual([null, null, null]);
    expect((body.benchmark as { metrics: Record<string, Figure> }).metrics.beta).toMatchObject({ value: null, absent: expect.stringContaining('20 observations') });
    expect(metrics.totalReturn!.value).toEqual(expect.any(Number));
  });

  it('hashes its inputs: the same query the same hash, another range (other rounds) another', async () => {
    const [first, again, shorter] = await Promise.all([
      performance(cast.regulator, 'benchmark=EUREIT-TR'), performance(cast.regulator, 'benchmark=EUREIT-TR'),
      call(h, cast.regulator, 'GET', `/v1/analytics/securities/PERF?freq=weekly&from=${FROM}&to=${LAST - DAY}&benchmark=EUREIT-TR`),
    ]);
    expect(first.body).toMatchObject({ model: 'st2-performance/1', inputsHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(again.body.inputsHash).toBe(first.body.inputsHash);
    expect(shorter.body.inputsHash).not.toBe(first.body.inputsHash);
  });

  it('answers an investor about a security it holds', async () => {
    expect(await performance(cast.alice, 'benchmark=EUREIT-TR')).toMatchObject({ status: 200, body: { securityId: 'PERF' } });
  });

  it('refuses an investor that holds none of it with ST2-UNAUTHORIZED (403), showing no figure', async () => {
    const reply = await performance({ role: 'investor', id: 'erin', org: 'bank1' }, 'benchmark=EUREIT-TR');
    expect(reply).toMatchObject({ status: 403, body: { error: { code: 'ST2-UNAUTHORIZED' } } });
    expect(JSON.stringify(reply.body)).not.toMatch(/metrics|series|inputsHash|PERF-EUR|EUREIT/);
  });

  it.each([
    ['more than 2,000 periods', `freq=daily&from=0&to=${LAST}`, 400, 'ST2-TOO-MANY-OBSERVATIONS'],
    ['a benchmark that is no index', `freq=weekly&benchmark=PERF-EUR`, 400, 'ST2-INVALID-INPUT'],
    ['a feed that does not price the security', `freq=weekly&feed=EUREIT-TR`, 400, 'ST2-INVALID-INPUT'],
    ['a range that ends before it starts', `from=${LAST}&to=${FROM}`, 400, 'ST2-INVALID-INPUT'],
    ['an unknown benchmark', 'benchmark=NOPE', 404, 'ST2-NOT-FOUND'],
  ])('refuses %s', async (_, query, status, code) => {
    expect(await call(h, cast.regulator, 'GET', `/v1/analytics/securities/PERF?${query}`)).toMatchObject({ status, body: { error: { code } } });
  });

  it('answers 404 for a security no price or NAV feed prices', async () => {
    expect(await call(h, cast.regulator, 'GET', '/v1/analytics/securities/ACME')).toMatchObject({ status: 404, body: { error: { code: 'ST2-NOT-FOUND' } } });
  });
});
