import type { Rejection } from '../decision';
import type { Holding } from '../holding';
import type { ClaimIssuer, Identity } from '../identity';
import type { Feed } from '../oracle/feed';
import type { ReasonCode } from '../reason-codes';
import type { SanctionsProofs } from '../sanctions';
import type { PartitionRules, Security, SecurityStats } from '../security';
import type { FeeLeg } from '../transfer-fee';

/** Everything a compliance rule may look at for one movement of units. */
export interface TransferFacts {
  readonly security: Security;
  /**
   * Loaded only when the movement changes the supply or may change the holder count (see
   * `movementStatsRefs`): the one contended record of a security. Read it with `statsOf`.
   */
  readonly stats: SecurityStats | undefined;
  /**
   * The security's holders resident in a jurisdiction: loaded, like the stats, only for the jurisdiction of
   * a party whose holding may cross zero (see `movementStatsRefs`), the only case the country caps count.
   */
  readonly holdersIn: (jurisdiction: string) => number;
  /** Absent for an issuance (units come from the issuer, not from a holder). */
  readonly sender?: { readonly identity: Identity; readonly holding: Holding };
  readonly recipient: { readonly identity: Identity; readonly holding: Holding };
  readonly issuers: Readonly<Record<string, ClaimIssuer>>;
  /** The fee leg of a holder transfer, when it has one, with the collector's identity if it exists. */
  readonly fee?: { readonly leg: FeeLeg; readonly collector: Identity | undefined };
  readonly amount: bigint;
  /** The partition the units move in (out of the sender's, into the recipient's): `DEFAULT_PARTITION` unless named. */
  readonly partition: string;
  readonly at: number;
  /** Oracle feeds loaded for the movement: the security's sanctions-list feed, when it screens (`movementStatsRefs`). */
  readonly feeds: Readonly<Record<string, Feed>>;
  /** The movement's sanctions non-membership proofs, when it carries them. */
  readonly sanctionsProofs?: SanctionsProofs;
  /** An agent approved this transfer (a conditional transfer's execution). */
  readonly approved?: true;
}

/** One compliance rule: a name for the trace and a check that returns the refusal or null. */
export interface Rule {
  readonly name: string;
  check(facts: TransferFacts): Rejection | null;
}

/** One line of the `/transfers/check` trace. */
export interface RuleVerdict {
  readonly rule: string;
  readonly ok: boolean;
  readonly code?: ReasonCode;
  readonly message?: string;
}

/** The stats a rule reads; their absence is a loading bug (the refs did not name them), never a refusal. */
export function statsOf(facts: TransferFacts): SecurityStats {
  if (!facts.stats) throw new Error(`rules: the stats of ${facts.security.id} are not loaded`);
  return facts.stats;
}

/** The rules of the partition the units move in, when the security sets any for it. */
export function partitionRulesOf({ security, partition }: TransferFacts): PartitionRules | undefined {
  return security.rules.partitionRules?.[partition];
}
