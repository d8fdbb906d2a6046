import { Type, type StaticDecode } from '@sinclair/typebox';
import { PartySchema } from './party';
import { Amount, Closed, Id, Nullable, Timestamp } from './schema';

/**
 * A holder vote on a security (ERC-1400 has none; as company meetings do): options, a record time whose
 * balances are the weights, a closing time, a quorum (share of the supply at record time that must vote)
 * and a threshold (share of the votes cast the winning option must exceed). One vote per holder, which it
 * may change until the close; the close computes the result.
 */
export const OptionName = Type.String({ minLength: 1, maxLength: 64 });
export const MAX_OPTIONS = 8;
const Bps = Type.Integer({ minimum: 0, maximum: 10_000, description: 'Basis points (1/100 of a percent)' });

export const ProposalResultSchema = Closed({
  /** Units that voted, and the supply at record time. */
  turnout: Amount,
  eligible: Amount,
  quorumMet: Type.Boolean(),
  /** The option with the most votes; null on a tie or when nobody voted. */
  winner: Nullable(OptionName),
  /** Quorum met and the winner's share of the votes above the threshold. */
  passed: Type.Boolean(),
});
export type ProposalResult = StaticDecode<typeof ProposalResultSchema>;

export const ProposalSchema = Closed({
  id: Id,
  securityId: Id,
  title: Type.String({ minLength: 1, maxLength: 256 }),
  options: Type.Array(OptionName, { minItems: 2, maxItems: MAX_OPTIONS, uniqueItems: true }),
  recordTime: Timestamp,
  closesAt: Timestamp,
  quorumBps: Bps,
  thresholdBps: Bps,
  createdBy: PartySchema,
  /** Votes per option, in the order of `options`. */
  tallies: Type.Array(Amount, { maxItems: MAX_OPTIONS }),
  voters: Type.Integer({ minimum: 0 }),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  result: Type.Optional(ProposalResultSchema),
});
export type Proposal = StaticDecode<typeof ProposalSchema>;

/** Part of a split vote: this much of the voter's weight for this option. */
export const SplitSchema = Closed({ option: OptionName, weight: Amount });
export type Split = StaticDecode<typeof SplitSchema>;

/**
 * A holder's vote: its whole weight for one option or, for a custody account, split across options by its
 * custodian on behalf of the beneficial owners (whose instructions stay in the custodian's books).
 */
export const VoteSchema = Type.Union([
  Closed({ proposalId: Id, voter: Id, option: OptionName, weight: Amount, castAt: Timestamp }),
  Closed({ proposalId: Id, voter: Id, splits: Type.Array(SplitSchema, { minItems: 1, maxItems: MAX_OPTIONS }), castAt: Timestamp }),
]);
export type Vote = StaticDecode<typeof VoteSchema>;

/** What a vote adds to the tallies, option by option. */
export function splitsOf(vote: Vote | undefined): readonly Split[] {
  if (!vote) return [];
  return 'splits' in vote ? vote.splits : [{ option: vote.option, weight: vote.weight }];
}

/** The tallies once `previous` (if any) is taken back and `next` counted. */
export function retallied(proposal: Proposal, previous: Vote | undefined, next: readonly Split[]): bigint[] {
  const delta = (splits: readonly Split[], option: string) => splits.filter((s) => s.option === option).reduce((sum, s) => sum + s.weight, 0n);
  return proposal.options.map((option, i) => (proposal.tallies[i] ?? 0n) + delta(next, option) - delta(splitsOf(previous), option));
}

export function voteRef(proposalId: string, voter: string): string {
  return `${proposalId}\u0000${voter}`;
}

/**
 * The result, in exact integers: quorum when turnout * 10,000 >= quorumBps * eligible; passed when the
 * quorum is met and the winner's votes * 10,000 > thresholdBps * turnout (5,000: more than half).
 */
export function resultOf(proposal: Proposal, eligible: bigint): ProposalResult {
  const turnout = proposal.tallies.reduce((sum, t) => sum + t, 0n);
  const top = proposal.tallies.reduce((max, t) => (t > max ? t : max), 0n);
  const leaders = proposal.options.filter((_, i) => proposal.tallies[i] === top);
  const winner = top > 0n && leaders.length === 1 ? (leaders[0] ?? null) : null;
  const quorumMet = turnout * 10_000n >= BigInt(proposal.quorumBps) * eligible && turnout > 0n;
  const passed = quorumMet && winner !== null && top * 10_000n > BigInt(proposal.thresholdBps) * turnout;
  return { turnout, eligible, quorumMet, winner, passed };
}
