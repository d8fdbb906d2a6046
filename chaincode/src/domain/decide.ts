import type { Command, Envelope } from './commands';
import { accept, type Decision } from './decision';
import { agentRefs, decideAgent, recoveryJurisdictionRefs } from './deciders/agent';
import { batchJurisdictionRefs, batchRefs, decideBatch } from './deciders/batch';
import { approvalRefs, conditionalRefs, decideConditional } from './deciders/conditional';
import { couponFixingRefs, decideDistribution, distributionDependentRefs, distributionRefs } from './deciders/distributions';
import { decideDocument, documentRefs } from './deciders/documents';
import { approvedChangeRefs, decideGovernance, governanceRefs } from './deciders/governance';
import { decideHold, holdDependentRefs, holdRefs } from './deciders/holds';
import { decideIdentity, identityRefs } from './deciders/identity';
import { decideMovement, movementRefs, movementStatsRefs } from './deciders/movement';
import { decideProposal, proposalRefs, proposalSecurityRefs } from './deciders/proposals';
import { decideRedemption, redemptionRefs } from './deciders/redemptions';
import { conversionDependentRefs, conversionRefs, decideConvert } from './deciders/conversion';
import { approvedActionRefs, decideFourEyes, fourEyesRefs } from './deciders/four-eyes';
import { decideChangePartition, dueConversions, partitionLimitProblem, partitionRefs } from './deciders/partition';
import { decideOperator, operatorRefs, operatorTransferRefs } from './deciders/operators';
import { custodyPartyRefs, custodyRefs, decideCustody } from './deciders/custody';
import { decideSecurity, securityRefs } from './deciders/security';
import { corporateActionDependentRefs, corporateActionRefs, decideCorporateAction, pendingActionProblem } from './deciders/corporate-actions';
import { decideSettlement, settlementDependentRefs, settlementRefs } from './deciders/settlement';
import { custodyPaymentDependentRefs, custodyPaymentRefs, custodyRecordProblem, custodyRecordRefs, decidePayCustody } from './deciders/custody-distributions';
import { custodyActionDependentRefs, custodyActionRefs, decideApplyCustody } from './deciders/custody-corporate-actions';
import { decideRound, roundRefs } from './deciders/oracle';
import type { DomainEvent } from './events';
import { evolveAll } from './evolve';
import { refs, unionRefs, type Refs, type Slice } from './slice';

/**
 * The one entry point: any command, decided on the slice its `requiredRefs` named. The scheduled partition
 * conversions due on the holdings it touches come first (see `dueConversions`), and no decision may leave a
 * holding in more partitions than the limit (see `partitionLimitProblem`), nor move units of a security under a
 * corporate action (see `pendingActionProblem`), nor move a custody account's units a distribution's record
 * time has fixed (see `custodyRecordProblem`).
 */
export function decide(cmd: Command, env: Envelope, slice: Slice): Decision<DomainEvent> {
  const touched = unionRefs([requiredRefs(cmd, env), dependentRefs(cmd, slice, env)]).holdings;
  const converted = dueConversions(slice, touched, env.at);
  const current = converted.length > 0 ? evolveAll(slice, converted) : slice;
  const decision = decideCommand(cmd, env, current);
  if (!decision.ok) return decision;
  const events = [...converted, ...decision.events];
  const limited = events.some(entersPartition) ? partitionLimitProblem(slice, evolveAll(slice, events)) : null;
  return limited ?? pendingActionProblem(cmd, slice, events, env.at) ?? custodyRecordProblem(slice, events, env.at) ?? (converted.length > 0 ? accept(events) : decision);
}

/** Only these events can give a holding a named partition it did not hold. */
const entersPartition = (e: DomainEvent): boolean => e.type === 'PartitionChanged' || e.type === 'HoldingRecovered' || ('partition' in e && e.partition !== undefined);

function decideCommand(cmd: Command, env: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
    case 'TrustClaimIssuer':
    case 'SetClaimIssuerTopics':
    case 'RemoveClaimIssuer':
    case 'SetOrgRoles':
    case 'SetConsortiumAdmins':
    case 'SetOracleFeed':
    case 'ReleaseOracleRound':
    case 'ApproveConsortiumChange':
      return decideGovernance(cmd, env, slice);
    case 'RegisterIdentity':
    case 'AddClaim':
    case 'RevokeClaim':
      return decideIdentity(cmd, env, slice);
    case 'CreateSecurity':
    case 'SetRules':
    case 'AddAgent':
    case 'RemoveAgent':
    case 'Pause':
    case 'Unpause':
      return decideSecurity(cmd, env, slice);
    case 'AttachDocument':
    case 'RemoveDocument':
      return decideDocument(cmd, env, slice);
    case 'Issue':
    case 'Redeem':
    case 'Transfer':
    case 'ForcedTransfer':
      return decideMovement(cmd, env, slice);
    case 'Freeze':
    case 'Unfreeze':
    case 'Recover':
      return decideAgent(cmd, env, slice);
    case 'RequestTransfer':
    case 'ApproveTransfer':
    case 'RejectTransfer':
    case 'CancelTransfer':
      return decideConditional(cmd, env, slice);
    case 'ChangePartition':
      return decideChangePartition(cmd, env, slice);
    case 'PlaceHold':
    case 'ReleaseHold':
    case 'ExecuteHold':
    case 'ExpireHold':
      return decideHold(cmd, env, slice);
    case 'ProposeSettlement':
    case 'AffirmSettlement':
    case 'Settle':
    case 'CancelSettlement':
    case 'ExpireSettlement':
    case 'SettleNetted':
      return decideSettlement(cmd, env, slice);
    case 'AuthorizeOperator':
    case 'RevokeOperator':
    case 'OperatorTransfer':
      return decideOperator(cmd, env, slice);
    case 'OpenCustodyAccount':
    case 'CustodyDeposit':
    case 'CustodyWithdraw':
    case 'CustodyMove':
      return decideCustody(cmd, env, slice);
    case 'Batch':
      return decideBatch(cmd, env, slice, decide);
    case 'CreateProposal':
    case 'CastVote':
    case 'CastSplitVote':
    case 'CloseProposal':
      return decideProposal(cmd, env, slice);
    case 'DeclareDistribution':
    case 'DeclareCoupon':
    case 'PayDistribution':
    case 'CloseDistribution':
      return decideDistribution(cmd, env, slice);
    case 'SubmitOracleRound':
      return decideRound(cmd, env, slice);
    case 'CallSecurity':
    case 'DeclareRedemption':
      return decideRedemption(cmd, env, slice);
    case 'DeclareCorporateAction':
    case 'ApplyCorporateAction':
      return decideCorporateAction(cmd, env, slice);
    case 'Convert':
      return decideConvert(cmd, env, slice);
    case 'ProposeAgentAction':
    case 'ApproveAgentAction':
    case 'CancelAgentAction':
      return decideFourEyes(cmd, env, slice);
    case 'PayCustodyDistribution':
      return decidePayCustody(cmd, env, slice);
    case 'ApplyCustodyCorporateAction':
      return decideApplyCustody(cmd, env, slice);
  }
}

/** What `decide` needs loaded for a command (claim issuers and `dependentRefs` follow in a second step). */
export function requiredRefs(cmd: Command, env: Envelope): Refs {
  switch (cmd.kind) {
    case 'TrustClaimIssuer':
    case 'SetClaimIssuerTopics':
    case 'RemoveClaimIssuer':
    case 'SetOrgRoles':
    case 'SetConsortiumAdmins':
    case 'SetOracleFeed':
    case 'ReleaseOracleRound':
    case 'ApproveConsortiumChange':
      return governanceRefs(cmd);
    case 'RegisterIdentity':
    case 'AddClaim':
    case 'RevokeClaim':
      return identityRefs(cmd, env);
    case 'CreateSecurity':
    case 'SetRules':
    case 'AddAgent':
    case 'RemoveAgent':
    case 'Pause':
    case 'Unpause':
      return securityRefs(cmd);
    case 'AttachDocument':
    case 'RemoveDocument':
      return documentRefs(cmd);
    case 'Issue':
    case 'Redeem':
    case 'Transfer':
    case 'ForcedTransfer':
      return movementRefs(cmd);
    case 'Freeze':
    case 'Unfreeze':
    case 'Recover':
      return agentRefs(cmd);
    case 'RequestTransfer':
    case 'ApproveTransfer':
    case 'RejectTransfer':
    case 'CancelTransfer':
      return conditionalRefs(cmd);
    case 'ChangePartition':
      return partitionRefs(cmd);
    case 'PlaceHold':
    case 'ReleaseHold':
    case 'ExecuteHold':
    case 'ExpireHold':
      return holdRefs(cmd);
    case 'ProposeSettlement':
    case 'AffirmSettlement':
    case 'Settle':
    case 'CancelSettlement':
    case 'ExpireSettlement':
    case 'SettleNetted':
      return settlementRefs(cmd);
    case 'AuthorizeOperator':
    case 'RevokeOperator':
    case 'OperatorTransfer':
      return operatorRefs(cmd, env);
    case 'OpenCustodyAccount':
    case 'CustodyDeposit':
    case 'CustodyWithdraw':
    case 'CustodyMove':
      return custodyRefs(cmd, env);
    case 'Batch':
      return batchRefs(cmd, env, requiredRefs);
    case 'CreateProposal':
    case 'CastVote':
    case 'CastSplitVote':
    case 'CloseProposal':
      return proposalRefs(cmd);
    case 'DeclareDistribution':
    case 'DeclareCoupon':
    case 'PayDistribution':
    case 'CloseDistribution':
      return distributionRefs(cmd);
    case 'SubmitOracleRound':
      return roundRefs(cmd);
    case 'CallSecurity':
    case 'DeclareRedemption':
      return redemptionRefs(cmd);
    case 'DeclareCorporateAction':
    case 'ApplyCorporateAction':
      return corporateActionRefs(cmd);
    case 'Convert':
      return conversionRefs(cmd);
    case 'ProposeAgentAction':
    case 'ApproveAgentAction':
    case 'CancelAgentAction':
      return fourEyesRefs(cmd);
    case 'PayCustodyDistribution':
      return custodyPaymentRefs(cmd);
    case 'ApplyCustodyCorporateAction':
      return custodyActionRefs(cmd);
  }
}

/**
 * What `decide` needs beyond `requiredRefs`, known only once those are loaded: a transfer reads the
 * contended stats only when a holding may cross zero (see `movementStatsRefs`), and a movement or a
 * recovery the holder counts of the jurisdictions where a holding crosses zero; a batch loads the stats
 * with its required refs (see `batchRefs`) and every jurisdiction count its holders may change. Loaded
 * until it asks for nothing new (`Repository.loadFor`).
 */
export function dependentRefs(cmd: Command, slice: Slice, env: Envelope): Refs {
  // Whatever the command, a custody account's holding brings what the record freeze reads (custodyRecordProblem).
  return unionRefs([commandDependentRefs(cmd, slice, env), custodyRecordRefs(slice)]);
}

function commandDependentRefs(cmd: Command, slice: Slice, env: Envelope): Refs {
  switch (cmd.kind) {
    case 'Issue':
    case 'Redeem':
    case 'Transfer':
    case 'ForcedTransfer':
      return movementStatsRefs(cmd, slice);
    case 'Recover':
      return recoveryJurisdictionRefs(cmd, slice);
    case 'RequestTransfer':
    case 'ApproveTransfer':
    case 'RejectTransfer':
    case 'CancelTransfer':
      return approvalRefs(cmd, slice);
    case 'PlaceHold':
    case 'ReleaseHold':
    case 'ExecuteHold':
    case 'ExpireHold':
      return holdDependentRefs(cmd, slice);
    case 'ProposeSettlement':
    case 'AffirmSettlement':
    case 'Settle':
    case 'CancelSettlement':
    case 'ExpireSettlement':
    case 'SettleNetted':
      return settlementDependentRefs(cmd, slice, env);
    case 'OperatorTransfer':
      return operatorTransferRefs(cmd, slice);
    case 'CustodyDeposit':
    case 'CustodyWithdraw':
      return custodyPartyRefs(cmd, slice);
    case 'Batch':
      return batchJurisdictionRefs(cmd, slice);
    case 'ApproveConsortiumChange':
      return approvedChangeRefs(cmd, slice);
    case 'CastVote':
    case 'CastSplitVote':
    case 'CloseProposal':
      return proposalSecurityRefs(cmd, slice);
    case 'PayDistribution':
    case 'CloseDistribution':
      return distributionDependentRefs(cmd, slice);
    case 'DeclareCoupon':
      return couponFixingRefs(cmd, slice);
    case 'ApplyCorporateAction':
      return corporateActionDependentRefs(cmd, slice);
    case 'Convert':
      return conversionDependentRefs(cmd, slice);
    case 'ApproveAgentAction':
      return approvedActionRefs(cmd, slice);
    case 'PayCustodyDistribution':
      return custodyPaymentDependentRefs(cmd, slice, env);
    case 'ApplyCustodyCorporateAction':
      return custodyActionDependentRefs(cmd, slice, env);
    default:
      return refs({});
  }
}
