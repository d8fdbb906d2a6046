import { useState } from 'preact/hooks';
import type { St2Client } from '../api/client';
import { AgentViewFrame } from '../components/agent-view-frame';
import { BatchRunView, useBatchRun } from '../components/batch-run';
import { OutcomeView } from '../components/outcome-view';
import { useOutcome } from '../components/use-outcome';
import { distributionRows, paymentBatchSize, payInBatches, unpaid, type DistributionRow, type Unpaid } from '../data/distribution-payments';
import { openApiDocument } from '../data/openapi';

/** The security's cash distributions (dividends, coupons, redemptions), and paying one's holders in batches. */
export function DistributionsView({ client, securityId }: { readonly client: St2Client; readonly securityId?: string }) {
  return <AgentViewFrame client={client} view="distributions" securityId={securityId}>{(id) => <Distributions client={client} securityId={id} />}</AgentViewFrame>;
}

function Distributions({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  const [after, setAfter] = useState<string | undefined>(undefined);
  const rows = useOutcome(() => distributionRows(client, securityId, after), [client, securityId, after]);
  return (
    <OutcomeView outcome={rows}>
      {(distributions) => distributions.length === 0 ? <p data-testid="distributions-none">No distribution was declared on this security.</p> : (
        <table data-testid="distributions-table">
          <thead><tr><th>Id</th><th>Paid in</th><th>Record date</th><th>Payment date</th><th>Status</th><th>Paid holders</th><th>Paid</th><th /></tr></thead>
          <tbody>
            {distributions.map((row) => (
              <tr key={row.id}>
                <td><code>{row.id}</code></td><td>{row.cashSecurityId}</td><td>{day(row.recordTime)}</td><td>{day(row.paymentDate)}</td>
                <td>{row.status}</td><td class="number">{row.paidHolders}</td><td class="number">{row.paidAmount}</td>
                <td>{row.status === 'declared' && <PayAll client={client} row={row} onPaid={setAfter} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </OutcomeView>
  );
}

/**
 * Pays every holder still unpaid, in batches of the payments route's largest size, with progress. Custody accounts are
 * left to their custodian, who claims their part for the beneficial owners.
 */
function PayAll({ client, row, onPaid }: { readonly client: St2Client; readonly row: DistributionRow; readonly onPaid: (txId: string) => void }) {
  const batches = useBatchRun();
  const [custody, setCustody] = useState<readonly Unpaid[]>([]);
  const testid = `distributions-pay-${row.id}`;
  const pay = () => void batches.start(async (onProgress) => {
    const [due, document] = [await unpaid(client, row.id), await openApiDocument(location.origin)];
    if (!due.ok) return due.refusal;
    if (!document.ok) return document.refusal;
    setCustody(due.value.custodyAccounts);
    // A new key per run is safe here: a run pays only who is unpaid now, and the chaincode never pays a holder twice (ST2-ALREADY-PAID).
    const run = await payInBatches(client, row.id, due.value.holders.map((entry) => entry.holder), paymentBatchSize(document.value), crypto.randomUUID(), onProgress);
    const last = run.written.at(-1);
    if (last) onPaid(last.txId);
    return run;
  });
  return (
    <div>
      <button type="button" data-testid={testid} disabled={batches.state.kind === 'running'} onClick={pay}>Pay every holder</button>
      <BatchRunView testid={testid} state={batches.state} doneText="Paid" rerunText="Once its cause is dealt with, pay again: the holders paid already are not in the list any more." />
      {custody.length > 0 && <p data-testid={`${testid}-custody`}>Left to their custodians: {custody.map((entry) => entry.holder).join(', ')}.</p>}
    </div>
  );
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
