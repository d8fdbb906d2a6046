import { inConfidentialMode } from '../security';
import type { ConfidentialEvent } from './events';
import { recipientRulesOf } from './rules';
import type { Pool } from './schema';
import type { ConfidentialSlice } from './slice';
import { appendLeaves, emptyTree, withRecentRoot } from './tree';

/** Folds one confidential event into a slice. Total over every event type. */
export function evolveConfidential(slice: ConfidentialSlice, e: ConfidentialEvent): ConfidentialSlice {
  switch (e.type) {
    case 'ConfidentialEnabled': {
      const tree = emptyTree();
      const security = inConfidentialMode(must(slice.security));
      const pool: Pool = {
        securityId: e.securityId, tree, roots: [tree.root], kycRoot: e.kycRoot, kycSize: 0, kycRefreshedAt: e.at, recipientRules: recipientRulesOf(security.rules), enabledAt: e.at,
      };
      return { ...slice, security, pool, supply: { securityId: e.securityId, supply: 0n }, allowlist: { securityId: e.securityId, root: e.kycRoot, leaves: [] } };
    }
    case 'ConfidentialKeyRegistered':
      return { ...slice, keys: new Map([...slice.keys, [e.identityId, { identityId: e.identityId, publicKey: e.publicKey, registeredAt: e.at }]]) };
    case 'OrgKeyRegistered': {
      const key = { org: e.org, publicKey: e.publicKey, auditor: e.auditor, registeredAt: e.at };
      return { ...slice, orgKeys: new Map([...slice.orgKeys, [e.org, key]]), auditKey: e.auditor ? key : slice.auditKey };
    }
    case 'AllowlistRefreshed': {
      const { kycValidUntil: _previous, ...before } = must(slice.pool);
      const validUntil = e.validUntil === undefined ? {} : { kycValidUntil: e.validUntil };
      const pool: Pool = { ...before, ...validUntil, kycRoot: e.kycRoot, kycSize: e.leaves.length, kycRefreshedAt: e.at, trustRevision: e.trustRevision, recipientRules: recipientRulesOf(must(slice.security).rules) };
      return { ...slice, pool, allowlist: { securityId: e.securityId, root: e.kycRoot, leaves: e.leaves }, members: membersOf(slice, e.leaves), allowlistStale: false };
    }
    case 'NotesSealed': {
      const before = must(slice.pool);
      const tree = appendLeaves(before.tree, e.commitments);
      const pending = new Map([...slice.pending, ...e.commitments.map((c) => [c, false] as const)]);
      return { ...slice, pool: { ...before, tree, roots: withRecentRoot(before.roots, tree.root) }, pending, sealed: [...slice.sealed, ...e.commitments] };
    }
    case 'ConfidentialMinted':
      return withNotes(withSupply(slice, e.amount), [e.commitment]);
    case 'ConfidentialTransferred':
      return withNotes(withSpent(slice, e.nullifiers), e.commitments);
    case 'ConfidentialRedeemed':
      return withNotes(withSpent(withSupply(slice, -e.amount), [e.nullifier]), [e.changeCommitment]);
    default:
      return unreachable(e);
  }
}

export function evolveAllConfidential(slice: ConfidentialSlice, events: readonly ConfidentialEvent[]): ConfidentialSlice {
  return events.reduce(evolveConfidential, slice);
}

/**
 * The identities (with their org) whose registered key is a leaf of the new allowlist. A refresh loads
 * every registered key with its identity, so this is the whole membership.
 */
function membersOf(slice: ConfidentialSlice, leaves: readonly string[]): Map<string, string> {
  const listed = new Set(leaves);
  return new Map([...slice.keys].flatMap(([id, key]) => {
    const identity = slice.identities[id];
    return identity && listed.has(key.publicKey) ? [[id, identity.org] as const] : [];
  }));
}

/** New notes exist from now on and wait for the next seal to enter the tree. */
function withNotes(slice: ConfidentialSlice, commitments: readonly string[]): ConfidentialSlice {
  const marked = commitments.map((c) => [c, true] as const);
  return { ...slice, notes: new Map([...slice.notes, ...marked]), pending: new Map([...slice.pending, ...marked]) };
}

function withSpent(slice: ConfidentialSlice, nullifiers: readonly string[]): ConfidentialSlice {
  return { ...slice, nullifiers: new Map([...slice.nullifiers, ...nullifiers.map((n) => [n, true] as const)]) };
}

function withSupply(slice: ConfidentialSlice, delta: bigint): ConfidentialSlice {
  const supply = must(slice.supply);
  return { ...slice, supply: { ...supply, supply: supply.supply + delta } };
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('evolveConfidential: a record the event changes is not in the slice');
  return value;
}

function unreachable(value: never): never {
  throw new Error(`evolveConfidential: unknown event ${JSON.stringify(value)}`);
}
