import { useState } from 'preact/hooks';
import type { St2Client } from '../api/client';
import type { Outcome } from '../api/outcome';
import { AgentViewFrame } from '../components/agent-view-frame';
import { OutcomeView } from '../components/outcome-view';
import { useDraftKey } from '../components/use-draft-key';
import { useFields } from '../components/use-fields';
import { useWrite } from '../components/use-write';
import { WriteResult } from '../components/write-result';
import { applyFreeze, position, type FreezeOrder, type Position } from '../data/freezes';
import type { Written } from '../data/written';

/** Freezing and unfreezing a holder's units, whole or in part, with the holding shown before and after. */
export function FreezesView({ client, securityId }: { readonly client: St2Client; readonly securityId?: string }) {
  return <AgentViewFrame client={client} view="freezes" securityId={securityId}>{(id) => <FreezeForm client={client} securityId={id} />}</AgentViewFrame>;
}

function FreezeForm({ client, securityId }: { readonly client: St2Client; readonly securityId: string }) {
  const [held, setHeld] = useState<Outcome<Position> | null>(null);
  const write = useWrite<Written>();
  const [fields, edit] = useFields({ holder: '', amount: '' }, write.reset);
  const orderOf = (action: FreezeOrder['action']): FreezeOrder => ({ action, securityId, holder: fields.holder, ...(fields.amount ? { amount: fields.amount } : {}) });
  const keys = { freeze: useDraftKey(orderOf('freeze')), unfreeze: useDraftKey(orderOf('unfreeze')) };
  const lookUp = async (consistentWith?: string) => setHeld(await position(client, securityId, fields.holder, consistentWith));
  const send = async (action: FreezeOrder['action']) => {
    const outcome = await write.run(() => applyFreeze(client, orderOf(action), keys[action]));
    if (outcome?.ok) await lookUp(outcome.value.txId);
  };
  return (
    <form onSubmit={(event) => event.preventDefault()}>
      <label>Holder <input required data-testid="freezes-holder" value={fields.holder} onInput={edit('holder')} /></label>
      <button type="button" data-testid="freezes-lookup" disabled={fields.holder === ''} onClick={() => void lookUp()}>Show the holding</button>
      {held && (
        <OutcomeView outcome={held}>
          {(shown) => (
            <dl class="figures" data-testid="freezes-position">
              <dt>Held</dt><dd>{shown.total}</dd>
              <dt>Frozen</dt><dd data-testid="freezes-frozen">{shown.frozen}{shown.wholeHoldingFrozen ? ' (the whole holding, units received later included)' : ''}</dd>
              <dt>Free</dt><dd>{shown.free}</dd>
            </dl>
          )}
        </OutcomeView>
      )}
      <label>Amount (smallest units; empty: the whole holding) <input pattern="[1-9][0-9]*" data-testid="freezes-amount" value={fields.amount} onInput={edit('amount')} /></label>
      <button type="button" data-testid="freezes-freeze" disabled={write.busy || fields.holder === ''} onClick={() => void send('freeze')}>Freeze</button>
      <button type="button" data-testid="freezes-unfreeze" disabled={write.busy || fields.holder === ''} onClick={() => void send('unfreeze')}>Unfreeze</button>
      <WriteResult testid="freezes" outcome={write.outcome} />
    </form>
  );
}
