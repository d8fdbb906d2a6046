import type { Command, Envelope } from './commands';
import type { Decision } from './decision';
import { agentRefs, decideAgent, recoveryJurisdictionRefs } from './deciders/agent';
import { batchJurisdictionRefs, batchRefs, decideBatch } from './deciders/batch';
import { approvalRefs, conditionalRefs, decideConditional } from './deciders/conditional';
import { decideDocument, documentRefs } from './deciders/documents';
import { decideIdentity, identityRefs } from './deciders/identity';
import { decideMovement, movementRefs, movementStatsRefs } from './deciders/movement';
import { decideOperator, operatorRefs, operatorTransferRefs } from './deciders/operators';
import { custodyPartyRefs, custodyRefs, decideCustody } from './deciders/custody';
import { decideSecurity, securityRefs } from './deciders/security';
import type { DomainEvent } from './events';
import { refs, type Refs, type Slice } from './slice';

/** The one entry point: any command, decided on the slice its `requiredRefs` named. */
export function decide(cmd: Command, env: Envelope, slice: Slice): Decision<DomainEvent> {
  switch (cmd.kind) {
    case 'TrustClaimIssuer':
    case 'SetClaimIssuerTopics':
    case 'RemoveClaimIssuer':
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
      return decideConditional(cmd, env, slice);
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
  }
}

/** What `decide` needs loaded for a command (claim issuers and `dependentRefs` follow in a second step). */
export function requiredRefs(cmd: Command, env: Envelope): Refs {
  switch (cmd.kind) {
    case 'TrustClaimIssuer':
    case 'SetClaimIssuerTopics':
    case 'RemoveClaimIssuer':
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
      return conditionalRefs(cmd);
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
  }
}

/**
 * What `decide` needs beyond `requiredRefs`, known only once those are loaded: a transfer reads the
 * contended stats only when a holding may cross zero (see `movementStatsRefs`), and a movement or a
 * recovery the holder counts of the jurisdictions where a holding crosses zero; a batch loads the stats
 * with its required refs (see `batchRefs`) and every jurisdiction count its holders may change. Loaded
 * until it asks for nothing new (`Repository.loadFor`).
 */
export function dependentRefs(cmd: Command, slice: Slice): Refs {
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
      return approvalRefs(cmd, slice);
    case 'OperatorTransfer':
      return operatorTransferRefs(cmd, slice);
    case 'CustodyDeposit':
    case 'CustodyWithdraw':
      return custodyPartyRefs(cmd, slice);
    case 'Batch':
      return batchJurisdictionRefs(cmd, slice);
    default:
      return refs({});
  }
}
