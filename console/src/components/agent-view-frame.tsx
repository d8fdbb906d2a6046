import type { ComponentChildren } from 'preact';
import type { St2Client } from '../api/client';
import { AGENT_VIEWS, AGENT_VIEW_LABELS, type AgentView } from '../agent-views';
import { hrefOf } from '../route';
import { SecurityPicker } from './security-picker';

/**
 * An agent view's frame: its title and the security's other agent views as tabs; without a security, the picker.
 * `children` renders the view for the security.
 */
export function AgentViewFrame({ client, view, securityId, children }: { readonly client: St2Client; readonly view: AgentView; readonly securityId: string | undefined; readonly children: (securityId: string) => ComponentChildren }) {
  return (
    <section data-testid={`${view}-view`}>
      <h2>{AGENT_VIEW_LABELS[view]}{securityId ? ` of ${securityId}` : ''}</h2>
      {securityId ? (
        <>
          <nav class="tabs">
            {AGENT_VIEWS.map((other) => <a key={other} class={other === view ? 'current' : ''} data-testid={`${view}-tab-${other}`} href={hrefOf({ view: other, securityId })}>{AGENT_VIEW_LABELS[other]}</a>)}
          </nav>
          {children(securityId)}
        </>
      ) : <><p>Pick a security:</p><SecurityPicker client={client} view={view} /></>}
    </section>
  );
}
