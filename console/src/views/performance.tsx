import type { St2Client } from '../api/client';
import { LineChart } from '../components/line-chart';
import { OutcomeView } from '../components/outcome-view';
import { useOutcome } from '../components/use-outcome';
import { formatFigure, performance, type FigureRow } from '../data/performance';
import { hrefOf } from '../route';

/** A security's total return (distributions reinvested) over time, its risk figures and, with a benchmark, the relative ones. */
export function PerformanceView({ client, securityId, benchmark }: { readonly client: St2Client; readonly securityId: string; readonly benchmark?: string }) {
  const outcome = useOutcome(() => performance(client, securityId, { freq: 'weekly', ...(benchmark ? { benchmark } : {}) }), [client, securityId, benchmark]);
  return (
    <section>
      <h2>Performance of {securityId}{benchmark ? ` against ${benchmark}` : ''}</h2>
      <form onSubmit={(event) => {
        event.preventDefault();
        const chosen = new FormData(event.currentTarget).get('benchmark');
        location.hash = hrefOf({ view: 'performance', securityId, ...(typeof chosen === 'string' && chosen !== '' ? { benchmark: chosen } : {}) });
      }}>
        <label>Benchmark (an index feed) <input name="benchmark" defaultValue={benchmark ?? ''} /></label> <button type="submit">Compare</button>
      </form>
      <OutcomeView outcome={outcome}>
        {(view) => (
          <>
            <p>From feed {view.feedId}, weekly; {view.gaps} {view.gaps === 1 ? 'gap' : 'gaps'} (left open), {view.distributions} {view.distributions === 1 ? 'distribution' : 'distributions'} reinvested.</p>
            {view.warnings.map((warning) => <p key={warning} class="warning">{warning}</p>)}
            <LineChart title="Total-return index (1 at the first close)" times={view.periods} values={view.index} label={securityId} />
            <Figures rows={view.figures} />
            {view.benchmark && <><h3>Against {view.benchmark.feedId} ({view.benchmark.returns})</h3><Figures rows={view.benchmark.figures} /></>}
            <p class="hash">Inputs hash {view.inputsHash}</p>
          </>
        )}
      </OutcomeView>
    </section>
  );
}

function Figures({ rows }: { readonly rows: readonly FigureRow[] }) {
  return (
    <table>
      <thead><tr><th>Figure</th><th>Value</th><th>Basis</th></tr></thead>
      <tbody>
        {rows.map((row) => <tr key={row.name} title={row.absent}><td>{row.name}</td><td class="number">{formatFigure(row)}</td><td>{row.basis}</td></tr>)}
      </tbody>
    </table>
  );
}
