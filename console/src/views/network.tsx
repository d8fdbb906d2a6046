import { useState } from 'preact/hooks';
import type { St2Client } from '../api/client';
import { OutcomeView } from '../components/outcome-view';
import { useOutcome } from '../components/use-outcome';
import { networkStatus } from '../data/network';

/** For the member's operators: its peers' heights and health, the chaincode definition, the gateway's readiness and lag. */
export function NetworkView({ client }: { readonly client: St2Client }) {
  const [asked, setAsked] = useState(0);
  const outcome = useOutcome(() => networkStatus(client), [client, asked]);
  return (
    <section data-testid="network">
      <h2>Network</h2>
      <button type="button" data-testid="network-refresh" onClick={() => setAsked(asked + 1)}>Refresh</button>
      <OutcomeView outcome={outcome}>
        {(n) => (
          <>
            <dl class="figures">
              <dt>Ledger</dt><dd>{n.backend === 'embedded' ? 'embedded ledger' : 'Hyperledger Fabric'}, channel {n.channel}</dd>
              <dt>Chaincode</dt>
              <dd data-testid="network-chaincode">{n.chaincode.name} {n.chaincode.version ?? '(version unknown)'}{n.chaincode.sequence === null ? '' : `, sequence ${n.chaincode.sequence}`}{n.chaincode.problem ? ` (${n.chaincode.problem})` : ''}</dd>
              <dt>Gateway</dt><dd data-testid="network-ready">{n.gateway.ready ? 'ready' : 'not ready'}{n.gateway.problem ? `: ${n.gateway.problem}` : ''}</dd>
              <dt>Chain height</dt><dd>{n.gateway.height ?? '—'}</dd>
              <dt>Read model</dt><dd data-testid="network-lag">through block {n.gateway.readThrough}, {n.gateway.lagBlocks ?? '?'} block(s) behind</dd>
            </dl>
            <table data-testid="network-peers">
              <thead><tr><th>Org</th><th>Peer</th><th>Height</th><th>Health</th><th>Problem</th></tr></thead>
              <tbody>
                {n.peers.map((p) => (
                  <tr key={`${p.org}/${p.name}`}><td>{p.org}</td><td>{p.name}</td><td class="number">{p.height ?? '—'}</td><td>{p.healthy ? 'healthy' : 'UNHEALTHY'}</td><td>{p.problem ?? ''}</td></tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </OutcomeView>
    </section>
  );
}
