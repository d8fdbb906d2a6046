import type { App } from '../app';
import { DEMO_BENCHMARK, DEMO_FUND } from './seed';

interface Figure {
  readonly value: number | null;
  readonly absent?: string;
}

const percent = (figure: Figure) => (figure.value === null ? `absent (${figure.absent ?? ''})` : `${(figure.value * 100).toFixed(2)}%`);
const plain = (figure: Figure) => (figure.value === null ? `absent (${figure.absent ?? ''})` : figure.value.toFixed(2));

/**
 * What the demo shows once loaded, asked of the API as any client would (as the regulator, at the ledger position
 * the load reached): the bond's price at its own coupon rate, and the fund's performance against its benchmark.
 */
export async function demoFigures(app: App, authorization: string, position: bigint): Promise<string[]> {
  const get = async <T>(url: string): Promise<T> => {
    const reply = await app.inject({ method: 'GET', url: `${url}${url.includes('?') ? '&' : '?'}position=${position}`, headers: { authorization } });
    if (reply.statusCode !== 200) throw new Error(`demo: GET ${url} answered ${reply.statusCode}: ${reply.body}`);
    return reply.json<T>();
  };
  const bond = await get<{ cleanPrice: number; dirtyPrice: number; accruedInterest: number; inputsHash: string }>('/v1/analytics/securities/ACME-BOND-2030/price?yieldBps=425');
  const fund = await get<{
    observations: number; gaps: number[]; distributions: number; metrics: Record<string, Figure>; inputsHash: string;
    benchmark: { returns: string; metrics: Record<string, Figure> };
  }>(`/v1/analytics/securities/${DEMO_FUND}?benchmark=${DEMO_BENCHMARK}&freq=weekly`);
  const { metrics: m, benchmark: { metrics: b } } = fund;
  return [
    `demo: ACME-BOND-2030 at a 4.25% yield: clean ${bond.cleanPrice.toFixed(4)}, dirty ${bond.dirtyPrice.toFixed(4)}, accrued ${bond.accruedInterest.toFixed(4)} per 100 (inputs ${bond.inputsHash.slice(0, 12)})`,
    `demo: ${DEMO_FUND} against ${DEMO_BENCHMARK} (${fund.benchmark.returns}), weekly, ${fund.observations} returns, ${fund.gaps.length} gap, ${fund.distributions} distribution reinvested: `
      + `total return ${percent(m.totalReturn!)}, annualised ${percent(m.annualisedReturn!)}, volatility ${percent(m.volatility!)}, Sharpe ${plain(m.sharpeRatio!)}, `
      + `max drawdown ${percent(m.maxDrawdown!)}, beta ${plain(b.beta!)}, alpha ${percent(b.alpha!)}, tracking error ${percent(b.trackingError!)}, information ratio ${plain(b.informationRatio!)} `
      + `(inputs ${fund.inputsHash.slice(0, 12)})`,
  ];
}
