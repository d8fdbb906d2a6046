import type { St2Client } from '../api/client';
import { AgentViewFrame } from '../components/agent-view-frame';
import { OutcomeView } from '../components/outcome-view';
import { useOutcome } from '../components/use-outcome';
import { calendarEntries } from '../data/calendar';

/** A security's corporate-action calendar, read-only: it follows from its terms and what was declared. */
export function CalendarView({ client, securityId }: { readonly client: St2Client; readonly securityId?: string }) {
  return <AgentViewFrame client={client} view="calendar" securityId={securityId}>{(id) => <Calendar client={client} securityId={id} />}</AgentViewFrame>;
}

function Calendar({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  const entries = useOutcome(() => calendarEntries(client, securityId), [client, securityId]);
  return (
    <OutcomeView outcome={entries}>
      {(rows) => rows.length === 0 ? <p data-testid="calendar-none">Nothing is scheduled for this security.</p> : (
        <table data-testid="calendar-table">
          <thead><tr><th>Date (UTC)</th><th>What</th><th>Detail</th></tr></thead>
          <tbody>{rows.map((row) => <tr key={`${row.at}-${row.what}`}><td>{new Date(row.at).toISOString().slice(0, 10)}</td><td>{row.what}</td><td>{row.detail}</td></tr>)}</tbody>
        </table>
      )}
    </OutcomeView>
  );
}
