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
  SetOrgRoles: 'consortium:setOrgRoles',
  SetConsortiumAdmins: 'consortium:setAdmins',
  ApproveConsortiumChange: 'consortium:approve',
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
  CreateProposal: 'vote:createProposal',
  CastVote: 'vote:cast',
  CastSplitVote: 'vote:castSplit',
  CloseProposal: 'vote:close',
  CancelTransfer: 'token:cancelTransfer',
  ChangePartition: 'token:changePartition',
  PlaceHold: 'hold:place',
  ReleaseHold: 'hold:release',
  ExecuteHold: 'hold:execute',
  ExpireHold: 'hold:expire',
  ProposeSettlement: 'settlement:propose',
  AffirmSettlement: 'settlement:affirm',
  Settle: 'settlement:settle',
  CancelSettlement: 'settlement:cancel',
  ExpireSettlement: 'settlement:expire',
  SettleNetted: 'settlement:settleNetted',
  AuthorizeOperator: 'token:authorizeOperator',
  RevokeOperator: 'token:revokeOperator',
  OperatorTransfer: 'token:operatorTransfer',
  OpenCustodyAccount: 'custody:openAccount',
  CustodyDeposit: 'custody:deposit',
  CustodyWithdraw: 'custody:withdraw',
  CustodyMove: 'custody:move',
  DeclareDistribution: 'distribution:declare',
  DeclareCoupon: 'distribution:declareCoupon',
  PayDistribution: 'distribution:pay',
  CloseDistribution: 'distribution:close',
  SetOracleFeed: 'oracle:setFeed',
  ReleaseOracleRound: 'oracle:releaseRound',
  SubmitOracleRound: 'oracle:submitRound',
  CallSecurity: 'distribution:call',
  DeclareRedemption: 'distribution:declareRedemption',
  DeclareCorporateAction: 'corporateAction:declare',
  ApplyCorporateAction: 'corporateAction:apply',
  Convert: 'token:convert',
  ProposeAgentAction: 'token:proposeAgentAction',
  ApproveAgentAction: 'token:approveAgentAction',
  CancelAgentAction: 'token:cancelAgentAction',
  PayCustodyDistribution: 'distribution:payCustody',
  ApplyCustodyCorporateAction: 'corporateAction:applyCustody',
};

/** Read-only queries a gateway evaluates (what its read model cannot hold: private data, dry runs). */
export const QUERIES = {
  identity: 'identity:get',
  identityRecord: 'identity:getRecord',
  trustedIssuers: 'identity:listIssuers',
  checkTransfer: 'token:check',
  settlementPrice: 'settlement:getPrice',
  custodyPositions: 'custody:positions',
  custodyPosition: 'custody:position',
  custodyReconciliation: 'custody:reconciliation',
  oracleFeed: 'oracle:getFeed',
  oracleRead: 'oracle:read',
  settlementOwner: 'settlement:getOwner',
  custodyPaidOwners: 'custody:paidOwners',
  custodyAdjustedOwners: 'custody:adjustedOwners',
} as const;

/**
 * The queries that read private collections: evaluated on the caller's own org's peer only. Any other
 * query reads public state that every peer holds, so another org's peer may answer it when the caller's
 * org's chaincode server is down; these must not even be sent elsewhere (the arguments name whose data).
 */
export const PRIVATE_QUERIES: ReadonlySet<string> = new Set([
  QUERIES.identityRecord, QUERIES.settlementPrice, QUERIES.custodyPositions, QUERIES.custodyPosition, QUERIES.custodyReconciliation,
  QUERIES.settlementOwner, QUERIES.custodyPaidOwners, QUERIES.custodyAdjustedOwners,
]);
