import type { ClaimIssuer, Identity } from '../identity';
import type { Security, SecurityStats } from '../security';
import type { Allowlist, ConfidentialKey, OrgKey, Pool, PoolSupply } from './schema';

/**
 * What a confidential decision reads and its events change. Each piece lives under its own key (see
 * keys.ts): nullifiers and notes one key each, so transactions conflict only when they share one.
 */
export interface ConfidentialSlice {
  readonly security: Security | undefined;
  readonly stats: SecurityStats | undefined;
  readonly pool: Pool | undefined;
  readonly supply: PoolSupply | undefined;
  /** Nullifiers asked about: true when spent. */
  readonly nullifiers: ReadonlyMap<string, boolean>;
  /** Commitments asked about: true when the ledger already holds that note (in the tree or pending). */
  readonly notes: ReadonlyMap<string, boolean>;
  /** The transaction that spent each spent nullifier, and that created each existing note, of those asked about. */
  readonly writtenBy: ReadonlyMap<string, string>;
  /** Commitments awaiting their place in the tree, in key order: true while pending, false once sealed. */
  readonly pending: ReadonlyMap<string, boolean>;
  /** Commitments this decision appended to the tree, in tree order (from the loaded pool's size on). */
  readonly sealed: readonly string[];
  /** Confidential keys by identity id, in key order (the allowlist is built in this order). */
  readonly keys: ReadonlyMap<string, ConfidentialKey>;
  /** Opening keys by org (MSP id), and the audit collection's reader's. */
  readonly orgKeys: ReadonlyMap<string, OrgKey>;
  readonly auditKey: OrgKey | undefined;
  readonly identities: Readonly<Record<string, Identity>>;
  readonly issuers: Readonly<Record<string, ClaimIssuer>>;
  readonly allowlist: Allowlist | undefined;
  /**
   * Allowlist members among the identities asked about, with the org that onboarded each: who may submit
   * movements (see `allowlist-member` in keys.ts). After a refresh, every member of the new allowlist.
   */
  readonly members: ReadonlyMap<string, string>;
  /** A claim of a member changed since the last refresh (the `allowlist-stale` marker). */
  readonly allowlistStale: boolean;
  /** The consortium's current trust revision (loaded with `freshness`): an allowlist built under an older one is stale. */
  readonly trustRevision: number;
}

export const EMPTY_CONFIDENTIAL_SLICE: ConfidentialSlice = {
  security: undefined, stats: undefined, pool: undefined, supply: undefined, allowlist: undefined, auditKey: undefined,
  nullifiers: new Map(), notes: new Map(), writtenBy: new Map(), pending: new Map(), sealed: [], keys: new Map(), orgKeys: new Map(), identities: {}, issuers: {},
  members: new Map(), allowlistStale: false, trustRevision: 0,
};

/** What to load for a confidential command. */
export interface ConfidentialRefs {
  /** The security, its plain stats, its pool and its pool supply. */
  readonly securityId: string | null;
  readonly nullifiers: readonly string[];
  readonly notes: readonly string[];
  /** Scan the security's pending commitments (sealing). */
  readonly pending: boolean;
  /** One identity and its key (key registration). */
  readonly identity: string | null;
  /** One org's opening key and the audit key (org key registration). */
  readonly org: string | null;
  /** Scan every registered key with its identity and claim issuers (allowlist refresh); also their memberships. */
  readonly allKeys: boolean;
  /** Identities whose membership of the security's allowlist matters (the submitter of a movement). */
  readonly members: readonly string[];
  /** The allowlist's staleness marker and the trust revision (confidential outputs check them, a refresh clears the marker and records the revision). */
  readonly freshness: boolean;
}

export function confidentialRefs(parts: Partial<ConfidentialRefs>): ConfidentialRefs {
  return { securityId: null, nullifiers: [], notes: [], pending: false, identity: null, org: null, allKeys: false, members: [], freshness: false, ...parts };
}
