import type { CommandKind } from '../domain/commands';

/**
 * The chaincode transaction that carries each command (`contract:method`, one JSON argument): the contracts'
 * own list, so clients (the gateway, its demo and benchmarks) never restate it; every gateway write route
 * submits through it, so the route tests hold it to the contracts.
 */
export const WRITE_FUNCTIONS: Readonly<Record<CommandKind, string>> = {
  TrustClaimIssuer: 'identity:trustIssuer',
  SetClaimIssuerTopics: 'identity:setIssuerTopics',
  RemoveClaimIssuer: 'identity:removeIssuer',
  RegisterIdentity: 'identity:register',
  AddClaim: 'identity:addClaim',
  RevokeClaim: 'identity:revokeClaim',
  CreateSecurity: 'security:create',
  SetRules: 'security:setRules',
  AddAgent: 'security:addAgent',
  RemoveAgent: 'security:removeAgent',
  AttachDocument: 'security:attachDocument',
  RemoveDocument: 'security:removeDocument',
  Pause: 'security:pause',
  Unpause: 'security:unpause',
  Issue: 'token:issue',
  Redeem: 'token:redeem',
  Transfer: 'token:transfer',
  ForcedTransfer: 'token:forcedTransfer',
  Freeze: 'token:freeze',
  Unfreeze: 'token:unfreeze',
  Recover: 'token:recover',
  Batch: 'token:batch',
  RequestTransfer: 'token:requestTransfer',
  ApproveTransfer: 'token:approveTransfer',
  RejectTransfer: 'token:rejectTransfer',
  AuthorizeOperator: 'token:authorizeOperator',
  RevokeOperator: 'token:revokeOperator',
  OperatorTransfer: 'token:operatorTransfer',
  OpenCustodyAccount: 'custody:openAccount',
  CustodyDeposit: 'custody:deposit',
  CustodyWithdraw: 'custody:withdraw',
  CustodyMove: 'custody:move',
};

/** Read-only queries a gateway evaluates (what its read model cannot hold: private data, dry runs). */
export const QUERIES = {
  identityRecord: 'identity:getRecord',
  trustedIssuers: 'identity:listIssuers',
  checkTransfer: 'token:check',
  custodyPositions: 'custody:positions',
  custodyPosition: 'custody:position',
  custodyReconciliation: 'custody:reconciliation',
} as const;
