import type { BatchItem, Command, CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { evolveAll } from '../evolve';
import { jurisdictionOf, refs, unionRefs, type Refs, type Slice } from '../slice';

/** The one decider and its refs, passed in by decide.ts (whose switch names this module): a batch reuses them. */
type Decide = (cmd: Command, env: Envelope, slice: Slice) => Decision<DomainEvent>;
type RequiredRefs = (cmd: Command, env: Envelope) => Refs;

/** Each item as the command it stands for, on the batch's security. */
export function batchCommands(cmd: CommandOf<'Batch'>): Command[] {
  return cmd.items.map((item) => ({ ...item, securityId: cmd.securityId }));
}

/**
 * The union of the items' refs, and the security's stats: an item's holding may cross zero after the
 * items before it moved units, which the loaded slice alone cannot tell (see `movementStatsRefs`), so a
 * batch always reads and may write the contended stats key (docs/storage.md).
 */
export function batchRefs(cmd: CommandOf<'Batch'>, env: Envelope, requiredRefs: RequiredRefs): Refs {
  return unionRefs([...batchCommands(cmd).map((item) => requiredRefs(item, env)), refs({ stats: [cmd.securityId] })]);
}

/**
 * The holder counts of every jurisdiction an item's holder lives in: like the stats, which of them a zero
 * crossing changes depends on the items before it, so a batch loads all it may change.
 */
export function batchJurisdictionRefs(cmd: CommandOf<'Batch'>, slice: Slice): Refs {
  const holders = cmd.items.flatMap(movingParties);
  return unionRefs([refs({ jurisdictions: holders.flatMap((holder) => jurisdictionOf(slice, cmd.securityId, holder)) })]);
}

/** The holders whose holdings an item may fill or empty: freezes and partition changes move no units between holders. */
function movingParties(item: BatchItem): string[] {
  switch (item.kind) {
    case 'Issue':
      return [item.to];
    case 'Redeem':
      return [item.from];
    case 'Transfer':
    case 'ForcedTransfer':
      return [item.from, item.to];
    case 'Recover':
      return [item.lost, item.replacement];
    case 'Freeze':
    case 'Unfreeze':
    case 'ChangePartition':
      return [];
  }
}

/**
 * All or nothing: the items' decisions folded over the evolving slice, each decided by the same `decide`
 * as alone (the same rules, authorization and codes), on the state the items before it left. The first
 * refused item refuses the batch with its own code, its index and kind in the details.
 */
export function decideBatch(cmd: CommandOf<'Batch'>, env: Envelope, slice: Slice, decide: Decide): Decision<DomainEvent> {
  const events: DomainEvent[] = [];
  let state = slice;
  for (const [index, item] of batchCommands(cmd).entries()) {
    const decision = decide(item, env, state);
    if (!decision.ok) {
      return reject(decision.code, `Batch item ${index} (${item.kind}): ${decision.message}`, { ...decision.details, item: index, kind: item.kind });
    }
    events.push(...decision.events);
    state = evolveAll(state, decision.events);
  }
  return accept(events);
}
