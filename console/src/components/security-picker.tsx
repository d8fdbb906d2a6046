import type { St2Client } from '../api/client';
import type { AgentView } from '../agent-views';
import { securityRows } from '../data/securities';
import { hrefOf } from '../route';
import { OutcomeView } from './outcome-view';
import { useOutcome } from './use-outcome';

/** The securities the caller may see, each a link to `view` for it: where an agent view starts without one. */
export function SecurityPicker({ client, view }: { readonly client: St2Client; readonly view: AgentView }) {
  const outcome = useOutcome(() => securityRows(client), [client]);
  return (
    <OutcomeView outcome={outcome}>
      {({ items }) => (
        <ul class="security-picker" data-testid={`${view}-securities`}>
          {items.map((security) => (
            <li key={security.id}><a data-testid={`${view}-security-${security.id}`} href={hrefOf({ view, securityId: security.id })}>{security.id}</a> {security.name}</li>
          ))}
        </ul>
      )}
    </OutcomeView>
  );
}
