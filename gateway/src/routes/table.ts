import { ROLES, type Role } from '@st2/chaincode';
import * as agent from './agent-actions';
import * as analytics from './analytics';
import * as activity from './activity';
import * as network from './network';
import * as ledgerTime from './ledger-time';
import * as agentApprovals from './agent-approvals';
import * as audit from './audit';
import * as calendar from './calendar';
import * as cash from './cash';
import * as confidential from './confidential';
import * as confidentialSetup from './confidential-setup';
import * as consortium from './consortium';
import * as conversions from './conversions';
import * as custody from './custody';
import * as distributions from './distributions';
import * as documents from './documents';
import * as holdings from './holdings';
import * as holds from './holds';
import * as identities from './identities';
import * as movements from './movements';
import * as proposals from './proposals';
import * as redemptions from './redemptions';
import * as partitions from './partitions';
import * as operators from './operators';
import * as oracles from './oracles';
import * as sanctionsLists from './sanctions-lists';
import type { Operation } from './operation';
import * as securities from './securities';
import * as settlements from './settlements';
import * as streams from './streams';
import { TAGS } from './tags';
import * as transferRequests from './transfer-requests';
import * as corporateActions from './corporate-actions';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Route {
  readonly method: Method;
  readonly url: string;
  /** Who may call it: anyone else gets 403. Also printed in the OpenAPI description and tested role by role. */
  readonly roles: readonly Role[];
  readonly operation: Operation;
  /**
   * The OpenAPI operationId, which generated clients name their methods after: the operation's exported name (a
   * verb phrase such as createSecurity), or the route's own where it reuses another route's operation.
   */
  readonly operationId: string;
}

/** A route as the table lists it: `operationId` only where the exported name is taken by another route. */
type Entry = Omit<Route, 'operationId'> & { readonly operationId?: string };

/** Every module whose exported operations the table uses: their export names are the operationIds. */
const MODULES = [agent, analytics, audit, calendar, cash, confidential, confidentialSetup, consortium, custody, distributions, documents, holdings, holds, identities, movements, operators, partitions, proposals, redemptions, securities, settlements, streams, transferRequests, oracles, corporateActions, conversions, agentApprovals, sanctionsLists, activity, network, ledgerTime];

const EVERYONE = ROLES;
/** A security's issuer and its transfer agents (the chaincode checks which security they act for); cash's issuer is a cash issuer. */
const AGENTS: readonly Role[] = ['issuer', 'agent', 'cash-issuer'];
/** Who pays a distribution: the issuer or an agent of the (non-cash) security it is declared on. */
const PAYING_AGENTS: readonly Role[] = ['issuer', 'agent'];
/** Who holds a security's configuration: its issuer, or for cash its cash issuer. */
const ISSUERS: readonly Role[] = ['issuer', 'cash-issuer'];
/** Everyone but investors, who see only their own affairs. */
const STAFF: readonly Role[] = ROLES.filter((role) => role !== 'investor');
const REGULATOR: readonly Role[] = ['regulator'];
/** Who may hold the `hold` power: the issuer, its agents, and custodians named as agents (the chaincode checks which). */
const HOLDERS_OF_POWER: readonly Role[] = ['issuer', 'agent', 'custodian'];
/** Everyone who may write: an operator is any party but the regulator. */
const WRITERS: readonly Role[] = ROLES.filter((role) => role !== 'regulator');

/**
 * THE route table: every /v1 route, who may call it, and what it does. Roles here are the gateway's
 * first gate; the chaincode decides again from the caller's certificate, so a mistake here can refuse
 * too much but never allow what the ledger forbids.
 */
export const ROUTES: readonly Route[] = checked(named([
  { method: 'POST', url: '/v1/identities', roles: ['admin', 'agent', 'custodian'], operation: identities.registerIdentity },
  { method: 'GET', url: '/v1/identities/:id', roles: EVERYONE, operation: identities.readIdentity },
  { method: 'POST', url: '/v1/identities/:id/claims', roles: ['claim-issuer'], operation: identities.addClaim },
  { method: 'GET', url: '/v1/identities/:id/verification', roles: EVERYONE, operation: identities.readVerification },
  { method: 'DELETE', url: '/v1/identities/:id/claims/:topic', roles: ['claim-issuer', 'admin'], operation: identities.revokeClaim },
  { method: 'POST', url: '/v1/identities/:id/freeze', roles: AGENTS, operation: agent.freeze },
  { method: 'POST', url: '/v1/identities/:id/unfreeze', roles: AGENTS, operation: agent.unfreeze },
  { method: 'POST', url: '/v1/identities/:id/recover', roles: AGENTS, operation: agent.recover },
  { method: 'POST', url: '/v1/securities/:id/agent-approvals', roles: AGENTS, operation: agentApprovals.proposeAgentAction },
  { method: 'GET', url: '/v1/agent-approvals/:id', roles: STAFF, operation: agentApprovals.readAgentApproval },
  { method: 'GET', url: '/v1/securities/:id/agent-approvals', roles: STAFF, operation: agentApprovals.listAgentApprovals },
  { method: 'POST', url: '/v1/agent-approvals/:id/approve', roles: AGENTS, operation: agentApprovals.approveAgentAction },
  { method: 'POST', url: '/v1/agent-approvals/:id/cancel', roles: AGENTS, operation: agentApprovals.cancelAgentAction },
  { method: 'POST', url: '/v1/claim-issuers', roles: ['admin'], operation: identities.trustClaimIssuer },
  { method: 'GET', url: '/v1/claim-issuers', roles: EVERYONE, operation: identities.listClaimIssuers },
  { method: 'PUT', url: '/v1/claim-issuers/:org/:id', roles: ['admin'], operation: identities.setClaimIssuerTopics },
  { method: 'DELETE', url: '/v1/claim-issuers/:org/:id', roles: ['admin'], operation: identities.removeClaimIssuer },
  { method: 'POST', url: '/v1/proposals', roles: ['issuer'], operation: proposals.createProposal },
  { method: 'GET', url: '/v1/proposals/:id', roles: EVERYONE, operation: proposals.readProposal },
  { method: 'GET', url: '/v1/securities/:id/proposals', roles: EVERYONE, operation: proposals.listProposals },
  { method: 'POST', url: '/v1/proposals/:id/votes', roles: ['investor'], operation: proposals.castVote },
  { method: 'POST', url: '/v1/proposals/:id/split-votes', roles: ['custodian'], operation: proposals.castSplitVote },
  { method: 'GET', url: '/v1/proposals/:id/votes/:voter', roles: EVERYONE, operation: proposals.readVote },
  { method: 'POST', url: '/v1/proposals/:id/close', roles: AGENTS, operation: proposals.closeProposal },
  { method: 'POST', url: '/v1/securities/:id/distributions', roles: ['issuer'], operation: distributions.declareDistribution },
  { method: 'GET', url: '/v1/securities/:id/distributions', roles: EVERYONE, operation: distributions.listDistributions },
  { method: 'POST', url: '/v1/securities/:id/coupons', roles: ['issuer'], operation: distributions.declareCoupon },
  { method: 'POST', url: '/v1/securities/:id/calls', roles: ['issuer'], operation: redemptions.callSecurity },
  { method: 'POST', url: '/v1/securities/:id/redemption', roles: ['issuer'], operation: redemptions.declareRedemption },
  { method: 'GET', url: '/v1/distributions/:id', roles: EVERYONE, operation: distributions.readDistribution },
  { method: 'POST', url: '/v1/distributions/:id/payments', roles: PAYING_AGENTS, operation: distributions.payDistribution },
  { method: 'GET', url: '/v1/distributions/:id/payments', roles: STAFF, operation: distributions.listPayments },
  { method: 'GET', url: '/v1/distributions/:id/entitlements', roles: STAFF, operation: distributions.listEntitlements },
  { method: 'GET', url: '/v1/distributions/:id/entitlements/:holder', roles: EVERYONE, operation: distributions.readEntitlement },
  { method: 'POST', url: '/v1/distributions/:id/close', roles: PAYING_AGENTS, operation: distributions.closeDistribution },
  { method: 'POST', url: '/v1/distributions/:id/custody-payments', roles: ['custodian'], operation: distributions.payCustodyDistribution },
  { method: 'GET', url: '/v1/securities/:id/calendar', roles: EVERYONE, operation: calendar.readCalendar },
  { method: 'POST', url: '/v1/securities/:id/corporate-actions', roles: ['issuer'], operation: corporateActions.declareCorporateAction },
  { method: 'GET', url: '/v1/securities/:id/corporate-actions', roles: EVERYONE, operation: corporateActions.listCorporateActions },
  { method: 'GET', url: '/v1/corporate-actions/:id', roles: EVERYONE, operation: corporateActions.readCorporateAction },
  { method: 'POST', url: '/v1/corporate-actions/:id/batches', roles: PAYING_AGENTS, operation: corporateActions.applyCorporateAction },
  { method: 'POST', url: '/v1/corporate-actions/:id/custody-batches', roles: ['custodian'], operation: corporateActions.applyCustodyCorporateAction },
  { method: 'GET', url: '/v1/corporate-actions/:id/entitlements', roles: STAFF, operation: corporateActions.listCorporateActionEntitlements },
  { method: 'POST', url: '/v1/securities/:id/conversions', roles: ['investor'], operation: conversions.convert },
  { method: 'GET', url: '/v1/consortium/policy', roles: EVERYONE, operation: consortium.readPolicy },
  { method: 'PUT', url: '/v1/consortium/orgs/:org', roles: ['admin'], operation: consortium.setOrgRoles },
  { method: 'PUT', url: '/v1/consortium/admins', roles: ['admin'], operation: consortium.setAdmins },
  { method: 'GET', url: '/v1/consortium/changes', roles: STAFF, operation: consortium.listChanges },
  { method: 'GET', url: '/v1/consortium/changes/:subject', roles: STAFF, operation: consortium.readChange },
  { method: 'POST', url: '/v1/consortium/changes/:subject/approve', roles: ['admin'], operation: consortium.approveChange },

  { method: 'POST', url: '/v1/securities', roles: ['issuer'], operation: securities.createSecurity },
  { method: 'GET', url: '/v1/securities', roles: EVERYONE, operation: securities.listSecurities },
  { method: 'GET', url: '/v1/securities/:id', roles: EVERYONE, operation: securities.readSecurity },
  { method: 'PUT', url: '/v1/securities/:id/rules', roles: ISSUERS, operation: securities.setRules },
  { method: 'POST', url: '/v1/securities/:id/agents', roles: ISSUERS, operation: securities.addAgent },
  { method: 'DELETE', url: '/v1/securities/:id/agents/:org/:agentId', roles: ISSUERS, operation: securities.removeAgent },
  { method: 'POST', url: '/v1/securities/:id/documents', roles: ISSUERS, operation: documents.attachDocument },
  { method: 'GET', url: '/v1/securities/:id/documents', roles: EVERYONE, operation: documents.listDocuments },
  { method: 'GET', url: '/v1/securities/:id/documents/:name', roles: EVERYONE, operation: documents.readDocument },
  { method: 'PUT', url: '/v1/securities/:id/documents/:name', roles: ISSUERS, operation: documents.setDocument },
  { method: 'DELETE', url: '/v1/securities/:id/documents/:name', roles: ISSUERS, operation: documents.removeDocument },
  { method: 'GET', url: '/v1/securities/:id/partitions/:partition/documents', roles: EVERYONE, operation: documents.listPartitionDocuments },
  { method: 'GET', url: '/v1/securities/:id/partitions/:partition/documents/:name', roles: EVERYONE, operation: documents.readPartitionDocument },
  { method: 'PUT', url: '/v1/securities/:id/partitions/:partition/documents/:name', roles: ISSUERS, operation: documents.setPartitionDocument },
  { method: 'DELETE', url: '/v1/securities/:id/partitions/:partition/documents/:name', roles: ISSUERS, operation: documents.removePartitionDocument },
  { method: 'POST', url: '/v1/securities/:id/pause', roles: AGENTS, operation: securities.pauseSecurity },
  { method: 'POST', url: '/v1/securities/:id/unpause', roles: AGENTS, operation: securities.unpauseSecurity },
  { method: 'POST', url: '/v1/securities/:id/issuances', roles: AGENTS, operation: movements.issue },
  { method: 'POST', url: '/v1/securities/:id/redemptions', roles: AGENTS, operation: movements.redeem },
  { method: 'GET', url: '/v1/securities/:id/holders', roles: STAFF, operation: holdings.holdersOf },
  { method: 'GET', url: '/v1/analytics/securities/:id/holders', roles: EVERYONE, operation: analytics.readHolderConcentration },
  { method: 'GET', url: '/v1/analytics/securities/:id/price', roles: EVERYONE, operation: analytics.priceBond },
  { method: 'GET', url: '/v1/analytics/securities/:id', roles: EVERYONE, operation: analytics.readSecurityPerformance },
  { method: 'GET', url: '/v1/analytics/securities/:id/series', roles: EVERYONE, operation: activity.readSecuritySeries },
  { method: 'GET', url: '/v1/analytics/refusals', roles: EVERYONE, operation: activity.readRefusalCounts },
  { method: 'GET', url: '/v1/analytics/refusals/entries', roles: EVERYONE, operation: activity.listRefusals },
  { method: 'GET', url: '/v1/analytics/settlements', roles: EVERYONE, operation: activity.readSettlementStatus },
  { method: 'GET', url: '/v1/securities/:id/holdings/:holder', roles: EVERYONE, operation: holdings.positionOf },
  { method: 'POST', url: '/v1/securities/:id/holdings/:holder/partitions', roles: AGENTS, operation: partitions.changePartition },

  { method: 'POST', url: '/v1/transfers', roles: ['investor'], operation: movements.transfer },
  { method: 'POST', url: '/v1/transfers/check', roles: EVERYONE, operation: movements.checkTransfer },
  { method: 'POST', url: '/v1/transfers/forced', roles: AGENTS, operation: movements.forcedTransfer },
  { method: 'POST', url: '/v1/transfer-requests', roles: ['investor'], operation: transferRequests.requestTransfer },
  { method: 'GET', url: '/v1/securities/:id/transfer-requests/:transferId', roles: EVERYONE, operation: transferRequests.readTransferRequest },
  { method: 'POST', url: '/v1/securities/:id/transfer-requests/:transferId/approve', roles: AGENTS, operation: transferRequests.approveTransfer },
  { method: 'POST', url: '/v1/securities/:id/transfer-requests/:transferId/reject', roles: AGENTS, operation: transferRequests.rejectTransfer },
  { method: 'POST', url: '/v1/securities/:id/transfer-requests/:transferId/cancel', roles: ['investor'], operation: transferRequests.cancelTransfer },
  { method: 'GET', url: '/v1/securities/:id/transfer-requests', roles: EVERYONE, operation: transferRequests.listSecurityTransferRequests },
  { method: 'GET', url: '/v1/transfer-requests', roles: EVERYONE, operation: transferRequests.listHolderTransferRequests },
  { method: 'POST', url: '/v1/transfers/operator', roles: WRITERS, operation: operators.operatorTransfer },
  { method: 'POST', url: '/v1/securities/:id/operators', roles: ['investor'], operation: operators.authorizeOperator },
  { method: 'GET', url: '/v1/securities/:id/operators', roles: EVERYONE, operation: operators.listOperators },
  { method: 'DELETE', url: '/v1/securities/:id/operators/:holder/:org/:operatorId', roles: ['investor'], operation: operators.revokeOperator },
  { method: 'POST', url: '/v1/batches', roles: ['issuer', 'agent', 'investor'], operation: movements.batch },
  { method: 'GET', url: '/v1/holdings', roles: EVERYONE, operation: holdings.holdingsOf },
  { method: 'POST', url: '/v1/holds', roles: HOLDERS_OF_POWER, operation: holds.placeHold },
  { method: 'GET', url: '/v1/holds', roles: EVERYONE, operation: holds.listHolds },
  { method: 'GET', url: '/v1/holds/:id', roles: EVERYONE, operation: holds.readHold },
  { method: 'POST', url: '/v1/holds/:id/release', roles: HOLDERS_OF_POWER, operation: holds.releaseHold },
  { method: 'POST', url: '/v1/holds/:id/execute', roles: HOLDERS_OF_POWER, operation: holds.executeHold },
  { method: 'POST', url: '/v1/holds/:id/expire', roles: WRITERS, operation: holds.expireHold },
  { method: 'POST', url: '/v1/settlements', roles: ['investor', 'custodian'], operation: settlements.proposeSettlement },
  { method: 'GET', url: '/v1/settlements', roles: EVERYONE, operation: settlements.settlementsOf },
  { method: 'POST', url: '/v1/settlements/netting', roles: ['investor'], operation: settlements.settleNetted },
  { method: 'GET', url: '/v1/settlements/:id', roles: EVERYONE, operation: settlements.readSettlement },
  { method: 'POST', url: '/v1/settlements/:id/affirm', roles: ['investor', 'custodian'], operation: settlements.affirmSettlement },
  { method: 'POST', url: '/v1/settlements/:id/settle', roles: ['investor', 'custodian'], operation: settlements.settle },
  { method: 'POST', url: '/v1/settlements/:id/cancel', roles: ['investor', 'custodian'], operation: settlements.cancelSettlement },
  { method: 'POST', url: '/v1/settlements/:id/expire', roles: WRITERS, operation: settlements.expireSettlement },

  { method: 'POST', url: '/v1/securities/:id/confidential', roles: AGENTS, operation: confidentialSetup.enableConfidential },
  { method: 'GET', url: '/v1/securities/:id/confidential', roles: EVERYONE, operation: confidentialSetup.readPool },
  { method: 'POST', url: '/v1/securities/:id/confidential/allowlist', roles: AGENTS, operation: confidentialSetup.refreshAllowlist },
  { method: 'GET', url: '/v1/securities/:id/confidential/allowlist', roles: EVERYONE, operation: confidentialSetup.readAllowlist },
  { method: 'GET', url: '/v1/securities/:id/confidential/leaves', roles: EVERYONE, operation: confidentialSetup.readLeaves },
  { method: 'POST', url: '/v1/identities/:id/confidential-key', roles: ['investor', 'admin', 'agent', 'custodian'], operation: confidentialSetup.registerKey },
  { method: 'POST', url: '/v1/orgs/:id/opening-key', roles: ['admin'], operation: confidentialSetup.registerOrgKey },
  { method: 'GET', url: '/v1/orgs/:id/opening-key', roles: EVERYONE, operation: confidentialSetup.readOrgKey },
  { method: 'GET', url: '/v1/confidential/audit-key', roles: EVERYONE, operation: confidentialSetup.readAuditKey },
  { method: 'POST', url: '/v1/confidential/mint', roles: AGENTS, operation: confidential.mintConfidential },
  { method: 'POST', url: '/v1/confidential/transfers', roles: ROLES.filter((role) => role !== 'regulator'), operation: confidential.transferConfidential },
  { method: 'POST', url: '/v1/confidential/redemptions', roles: AGENTS, operation: confidential.redeemConfidential },
  { method: 'GET', url: '/v1/confidential/notes', roles: EVERYONE, operation: confidential.listConfidentialNotes },

  { method: 'POST', url: '/v1/cash', roles: ['cash-issuer'], operation: cash.createCash },
  { method: 'GET', url: '/v1/cash/:id', roles: EVERYONE, operation: securities.readSecurity, operationId: 'readCash' },
  { method: 'POST', url: '/v1/cash/:id/issuances', roles: ['cash-issuer'], operation: cash.issueCash },
  { method: 'POST', url: '/v1/cash/:id/redemptions', roles: ['cash-issuer'], operation: cash.redeemCash },
  { method: 'POST', url: '/v1/cash/:id/transfers', roles: ['investor'], operation: cash.transferCash },
  { method: 'GET', url: '/v1/cash/:id/balances', roles: STAFF, operation: holdings.holdersOf, operationId: 'cashBalances' },
  { method: 'GET', url: '/v1/cash/:id/balances/:holder', roles: EVERYONE, operation: holdings.positionOf, operationId: 'cashBalanceOf' },

  { method: 'POST', url: '/v1/custody/accounts', roles: ['custodian'], operation: custody.openAccount },
  { method: 'GET', url: '/v1/custody/accounts', roles: ['custodian'], operation: custody.listAccounts },
  { method: 'GET', url: '/v1/custody/accounts/:id', roles: ['custodian', 'admin', 'agent', 'regulator'], operation: custody.readAccount },
  { method: 'GET', url: '/v1/custody/accounts/:id/positions', roles: ['custodian', 'regulator'], operation: custody.positions },
  { method: 'GET', url: '/v1/custody/accounts/:id/reconciliation', roles: ['custodian', 'regulator'], operation: custody.reconciliation },
  { method: 'POST', url: '/v1/custody/deposits', roles: ['custodian'], operation: custody.deposit },
  { method: 'POST', url: '/v1/custody/withdrawals', roles: ['custodian'], operation: custody.withdraw },
  { method: 'POST', url: '/v1/custody/moves', roles: ['custodian'], operation: custody.move },

  { method: 'GET', url: '/v1/audit/events', roles: REGULATOR, operation: audit.auditEvents },
  { method: 'GET', url: '/v1/audit/transactions/:txId', roles: REGULATOR, operation: audit.auditTransaction },
  { method: 'GET', url: '/v1/audit/securities/:id/holders', roles: REGULATOR, operation: audit.auditHolders },
  { method: 'GET', url: '/v1/audit/stream', roles: REGULATOR, operation: streams.auditStream },
  { method: 'GET', url: '/v1/events/stream', roles: STAFF, operation: streams.eventStream },

  { method: 'GET', url: '/v1/oracles/feeds', roles: EVERYONE, operation: oracles.listOracleFeeds },
  { method: 'GET', url: '/v1/oracles/feeds/:id', roles: EVERYONE, operation: oracles.readOracleFeed },
  { method: 'PUT', url: '/v1/oracles/feeds/:id', roles: ['admin'], operation: oracles.setOracleFeed },
  { method: 'POST', url: '/v1/oracles/feeds/:id/rounds', roles: ['admin', 'agent'], operation: oracles.submitOracleRound },
  { method: 'GET', url: '/v1/oracles/feeds/:id/rounds', roles: EVERYONE, operation: oracles.listOracleRounds },
  { method: 'GET', url: '/v1/oracles/feeds/:id/rounds/:roundId', roles: EVERYONE, operation: oracles.readOracleRound },
  { method: 'POST', url: '/v1/oracles/feeds/:id/rounds/:roundId/release', roles: ['admin'], operation: oracles.releaseOracleRound },
  { method: 'GET', url: '/v1/oracles/feeds/:id/value', roles: EVERYONE, operation: oracles.readOracleValue },
  { method: 'PUT', url: '/v1/oracles/feeds/:id/sanctions-list', roles: ['admin', 'agent'], operation: sanctionsLists.putSanctionsList },
  { method: 'GET', url: '/v1/oracles/feeds/:id/non-membership/:party', roles: EVERYONE, operation: sanctionsLists.readNonMembershipProof },

  { method: 'GET', url: '/v1/network', roles: ['admin', 'regulator'], operation: network.readNetwork },
  { method: 'GET', url: '/v1/ledger/time', roles: EVERYONE, operation: ledgerTime.readLedgerTime },
]));

/** Each entry with its operationId: the one it names, else its operation's export name. */
function named(entries: readonly Entry[]): readonly Route[] {
  const exportNames = new Map<unknown, string>(MODULES.flatMap((module) => Object.entries(module).map(([name, value]) => [value, name] as const)));
  return entries.map((entry) => {
    const operationId = entry.operationId ?? exportNames.get(entry.operation);
    if (operationId === undefined) throw new Error(`${entry.method} ${entry.url}: its operation is not exported by a module in MODULES`);
    return { ...entry, operationId };
  });
}

/**
 * A table that breaks a rule does not load: the regulator reads everything and writes nothing, and every write
 * declares its body (an empty object when there is nothing to send), so no unvalidated body reaches a handler.
 * Every route has an operationId of its own, and every tag is one of TAGS (each of which some route carries).
 */
function checked(routes: readonly Route[]): readonly Route[] {
  const writes = routes.filter((route) => route.operation.effect === 'write');
  refuse(writes.filter((route) => route.roles.includes('regulator')), 'the regulator may not write');
  refuse(writes.filter((route) => !route.operation.schema.body), 'a write route must declare a body schema');
  refuse(routes.filter((route, i) => routes.findIndex((other) => other.operationId === route.operationId) !== i), 'an operationId may name one route only');
  const defined: readonly string[] = TAGS.map((tag) => tag.name);
  refuse(routes.filter((route) => route.operation.tags.some((tag) => !defined.includes(tag))), 'a tag must be defined in TAGS');
  const unused = defined.filter((tag) => !routes.some((route) => route.operation.tags.includes(tag)));
  if (unused.length > 0) throw new Error(`a tag in TAGS must be used: ${unused.join(', ')}`);
  return routes;
}

function refuse(offending: readonly Route[], rule: string): void {
  if (offending.length > 0) throw new Error(`${rule}: ${offending.map((r) => `${r.method} ${r.url}`).join(', ')}`);
}
