import { BarChart } from './bar-chart';

const STATUSES = ['proposed', 'affirmed', 'settled', 'cancelled', 'failed'];

/** Settlement instructions by status, every status shown (a zero is a bar of nothing, not a missing bar). */
export function SettlementStatusChart({ byStatus }: { readonly byStatus: Readonly<Record<string, number>> }) {
  return <BarChart title="Settlement instructions by status" labels={STATUSES} values={STATUSES.map((s) => byStatus[s] ?? 0)} unit="instructions" />;
}
