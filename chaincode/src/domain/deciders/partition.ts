import { requireAgentOf } from '../authorize';
import type { CommandOf, Envelope } from '../commands';
import { accept, reject, type Decision } from '../decision';
import type { DomainEvent } from '../events';
import { MAX_PARTITIONS, partitionShortfall } from '../partition';
import { partyOf } from '../party';
import { holdingOf, holdingRef, refs, type Refs, type Slice } from '../slice';
import { findActiveIdentity, findPlainSecurity } from './lookup';

type ChangePartition = CommandOf<'ChangePartition'>;

/** The holding and its holder only: a change of partition moves no unit between holders, so it never reads `stats`. */
export function partitionRefs(cmd: ChangePartition): Refs {
  return refs({ securities: [cmd.securityId], identities: [cmd.holder], holdings: [[cmd.securityId, cmd.holder]] });
}

/**
 * By an agent with the `partition` power: a controller moving a holder's units between its partitions, e.g.
 * releasing a lock-up early (ERC-1410 changes partition through a transfer's data; here it is an operation of
 * its own, so a holder can never re-label its own units). The balance, and
 * so supply, free and frozen amounts, holder counts, do not change; no transfer rule is judged (nothing moves to anyone).
 */
export function decideChangePartition(cmd: ChangePartition, { actor, at }: Envelope, slice: Slice): Decision<DomainEvent> {
  const found = findPlainSecurity(slice, cmd.securityId);
  if (!found.ok) return found;
  const denied = requireAgentOf(actor, found.value.security, 'partition');
  if (denied) return denied;
  const holder = findActiveIdentity(slice, cmd.holder);
  if (!holder.ok) return holder;
  if (cmd.from === cmd.to) return reject('ST2-INVALID-INPUT', `Units of partition ${cmd.from} cannot move into the same partition.`, { from: cmd.from, to: cmd.to });
  const short = partitionShortfall(holdingOf(slice, cmd.securityId, cmd.holder), cmd.from, cmd.amount);
  if (short) return short;
  const { securityId, holder: id, from, to, amount } = cmd;
  return accept([{ type: 'PartitionChanged', v: 1, at, securityId, holder: id, from, to, amount, by: partyOf(actor) }]);
}

/**
 * The security's scheduled conversions (`partitionRules.<name>.convert`) that are due on these holdings at
 * `at`, as `PartitionChanged` events by the rule. Applied lazily: to the holdings a command touches, before it
 * is decided (decide.ts), so the command sees the units where they now belong and the change is written with
 * it. A partition converts in one step per touch (a conversion into a partition that itself converts is
 * applied at the holding's next touch). Confidential securities have no plain holdings to convert.
 */
export function dueConversions(slice: Slice, holdings: Refs['holdings'], at: number): DomainEvent[] {
  const seen = new Set<string>();
  return holdings.flatMap(([securityId, holder]) => {
    const ref = holdingRef(securityId, holder);
    const security = slice.securities[securityId];
    const holding = slice.holdings[ref];
    if (seen.has(ref) || !security?.rules.partitionRules || security.confidential || !holding?.partitions) return [];
    seen.add(ref);
    const rules = security.rules.partitionRules;
    return holding.partitions.flatMap(({ partition, amount }): DomainEvent[] => {
      const convert = rules[partition]?.convert;
      if (!convert || at < convert.at || convert.into === partition) return [];
      return [{ type: 'PartitionChanged', v: 1, at, securityId, holder, from: partition, to: convert.into, amount, by: null }];
    });
  });
}

/**
 * ST2-LIMIT-EXCEEDED when a decision would leave a holding with units in more than MAX_PARTITIONS named
 * partitions: checked once on the state the decision leaves, so every way in (issuance, transfer, fee, forced
 * transfer, recovery, change of partition, conversion) is bounded by one check.
 */
export function partitionLimitProblem(before: Slice, after: Slice): Decision<DomainEvent> | null {
  const over = Object.entries(after.holdings).find(([ref, h]) => before.holdings[ref] !== h && (h.partitions?.length ?? 0) > MAX_PARTITIONS);
  if (!over) return null;
  const [, { securityId, holder }] = over;
  return reject('ST2-LIMIT-EXCEEDED', `${holder} would hold units of ${securityId} in more than ${MAX_PARTITIONS} named partitions.`, {
    security: securityId, holder, limit: MAX_PARTITIONS,
  });
}
