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
  options: Type.Array(OptionName, { minItems: 2, maxItems: 8, uniqueItems: true }),
  recordTime: Timestamp,
  closesAt: Timestamp,
  quorumBps: Bps,
  thresholdBps: Bps,
  createdBy: PartySchema,
  /** Votes per option, in the order of `options`. */
  tallies: Type.Array(Amount, { maxItems: 8 }),
  voters: Type.Integer({ minimum: 0 }),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  result: Type.Optional(ProposalResultSchema),
});
export type Proposal = StaticDecode<typeof ProposalSchema>;

export const VoteSchema = Closed({ proposalId: Id, voter: Id, option: OptionName, weight: Amount, castAt: Timestamp });
export type Vote = StaticDecode<typeof VoteSchema>;

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
