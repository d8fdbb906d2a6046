import { requireAgentOf, requireRole, requireSameOrg } from '../authorize';
import type { Envelope } from '../commands';
import { accept, reject, type Decision, type Rejection } from '../decision';
import type { Security } from '../security';
import { statusProblem } from '../rules/paused';
import { MAX_AMOUNT } from '@st2/circuits/dist/field';
import { allowlistSnapshot } from './allowlist';
import { alreadyApplied } from './applied';
import type { ConfidentialCommand, ConfidentialCommandOf } from './commands';
import type { ConfidentialEvent } from './events';
import { staleAllowlistProblem } from './freshness';
import type { Pool } from './schema';
import { decideRegisterOrgKey } from './org-key';
import { supplyCapProblem } from '../rules/max-supply';
import { unenforceableRulesProblem } from './rules';
import { confidentialRefs, type ConfidentialRefs, type ConfidentialSlice } from './slice';
import { allowlistRoot, appendLeaves, emptyTree, isFieldElement, TREE_DEPTH } from './tree';

/** Most commitments one seal appends: keeps a seal transaction's work and size bounded. */
export const SEAL_BATCH = 256;

export function confidentialRefsOf(cmd: ConfidentialCommand, { actor }: Envelope): ConfidentialRefs {
  // Movements are submitted by an investor of the security or its agent: an investor's membership is one key.
  const submitter = { members: actor.role === 'investor' ? [actor.id] : [] };
  switch (cmd.kind) {
    case 'EnableConfidential':
      return confidentialRefs({ securityId: cmd.securityId });
    case 'RegisterConfidentialKey':
      return confidentialRefs({ identity: cmd.identityId });
    case 'RegisterOrgKey':
      return confidentialRefs({ org: cmd.org });
    case 'RefreshAllowlist':
      return confidentialRefs({ securityId: cmd.securityId, allKeys: true, freshness: true });
    case 'SealNotes':
      return confidentialRefs({ securityId: cmd.securityId, pending: true, ...submitter });
    case 'ConfidentialMint':
      return confidentialRefs({ securityId: cmd.securityId, notes: [cmd.commitment], freshness: true });
    case 'ConfidentialTransfer':
      return confidentialRefs({ securityId: cmd.securityId, nullifiers: [...cmd.nullifiers], notes: [...cmd.commitments], freshness: true, ...submitter });
    case 'ConfidentialRedeem':
      return confidentialRefs({ securityId: cmd.securityId, nullifiers: [cmd.nullifier], notes: [cmd.changeCommitment] });
  }
}

export function decideConfidential(cmd: ConfidentialCommand, env: Envelope, slice: ConfidentialSlice): Decision<ConfidentialEvent> {
  const malformed = fieldProblem(cmd);
  if (malformed) return malformed;
  switch (cmd.kind) {
    case 'EnableConfidential':
      return decideEnable(cmd, env, slice);
    case 'RegisterConfidentialKey':
      return decideRegisterKey(cmd, env, slice);
    case 'RegisterOrgKey':
      return decideRegisterOrgKey(cmd, env, slice);
    default:
      return decideInPool(cmd, env, slice);
  }
}

type PoolCommand = Exclude<ConfidentialCommand, { kind: 'EnableConfidential' | 'RegisterConfidentialKey' | 'RegisterOrgKey' }>;

function decideInPool(cmd: PoolCommand, env: Envelope, slice: ConfidentialSlice): Decision<ConfidentialEvent> {
  const { security, pool } = slice;
  if (!security) return reject('ST2-NOT-FOUND', `Unknown security ${cmd.securityId}.`, { security: cmd.securityId });
  if (!pool) return reject('ST2-NOT-CONFIDENTIAL', `Security ${cmd.securityId} is not in confidential mode.`, { security: cmd.securityId });
  switch (cmd.kind) {
    case 'RefreshAllowlist':
      return requireAgentOf(env.actor, security) ?? refreshAllowlist(security, env, slice);
    case 'SealNotes':
      return requireInvestorOrAgent(env, security, slice) ?? seal(cmd, env, pool, slice);
    case 'ConfidentialMint':
      return requireAgentOf(env.actor, security, 'issue') ?? mint(cmd, env, security, pool, slice);
    case 'ConfidentialTransfer':
      return requireInvestorOrAgent(env, security, slice) ?? transfer(cmd, env, security, pool, slice);
    case 'ConfidentialRedeem':
      return requireAgentOf(env.actor, security, 'redeem') ?? redeem(cmd, env, pool, slice);
  }
}

/**
 * A transfer is authorized by its proof (knowledge of the notes' owner secret); who may SUBMIT one, or a
 * seal, is narrower, so that nobody outside a security can churn its note tree (each seal pushes the
 * oldest root out of the window and with it in-flight proofs): an investor in the security's current
 * allowlist, acting for the org that onboarded it, or the security's issuer or agent. The agent may relay
 * a holder's proof so that the creator certificate does not name the holder.
 */
function requireInvestorOrAgent({ actor }: Envelope, security: Security, slice: ConfidentialSlice): Rejection | null {
  const member = actor.role === 'investor' && slice.members.get(actor.id) === actor.org;
  if (member || requireAgentOf(actor, security) === null) return null;
  return reject('ST2-UNAUTHORIZED', `${actor.id} is neither an investor in the allowlist of ${security.id} nor its issuer or agent.`, { security: security.id, role: actor.role });
}

function decideEnable(cmd: ConfidentialCommandOf<'EnableConfidential'>, { actor, at }: Envelope, slice: ConfidentialSlice): Decision<ConfidentialEvent> {
  const { security, stats } = slice;
  if (!security || !stats) return reject('ST2-NOT-FOUND', `Unknown security ${cmd.securityId}.`, { security: cmd.securityId });
  const denied = requireAgentOf(actor, security);
  if (denied) return denied;
  if (slice.pool) return reject('ST2-ALREADY-EXISTS', `Security ${cmd.securityId} is already in confidential mode.`, { security: cmd.securityId });
  const unenforceable = unenforceableRulesProblem(security.id, security.rules);
  if (unenforceable) return unenforceable;
  // Plain holdings would sit beside the pool with public amounts and owners: the mode starts from nothing.
  if (stats.supply !== 0n) {
    return reject('ST2-INVALID-INPUT', `Security ${cmd.securityId} already has ${stats.supply} units in plain holdings.`, { supply: stats.supply.toString() });
  }
  return accept([{ type: 'ConfidentialEnabled', v: 1, at, securityId: cmd.securityId, noteRoot: emptyTree().root, kycRoot: allowlistRoot([]), depth: TREE_DEPTH }]);
}

function decideRegisterKey(cmd: ConfidentialCommandOf<'RegisterConfidentialKey'>, { actor, at }: Envelope, slice: ConfidentialSlice): Decision<ConfidentialEvent> {
  const identity = slice.identities[cmd.identityId];
  if (!identity) return reject('ST2-NOT-FOUND', `Unknown identity ${cmd.identityId}.`, { identity: cmd.identityId });
  const denied = requireRole(actor, 'investor', 'admin', 'agent', 'custodian') ?? requireSameOrg(actor, identity);
  if (denied) return denied;
  if (actor.role === 'investor' && actor.id !== cmd.identityId) {
    return reject('ST2-UNAUTHORIZED', `${actor.id} may only register its own key.`, { identity: cmd.identityId });
  }
  // The empty allowlist leaf is 0: the circuits refuse the key 0, so the ledger does too.
  if (cmd.publicKey === '0') return reject('ST2-INVALID-INPUT', 'The public key 0 is reserved for empty leaves.');
  if (slice.keys.has(cmd.identityId)) return reject('ST2-ALREADY-EXISTS', `${cmd.identityId} already has a confidential key.`, { identity: cmd.identityId });
  return accept([{ type: 'ConfidentialKeyRegistered', v: 1, at, identityId: cmd.identityId, publicKey: cmd.publicKey }]);
}

function refreshAllowlist(security: Security, { at }: Envelope, slice: ConfidentialSlice): Decision<ConfidentialEvent> {
  const { leaves, validUntil } = allowlistSnapshot(security, slice, at);
  const trustRevision = slice.trustRevision;
  return accept([{ type: 'AllowlistRefreshed', v: 2, at, securityId: security.id, kycRoot: allowlistRoot(leaves), leaves, ...(validUntil === undefined ? {} : { validUntil }), trustRevision }]);
}

function seal(cmd: ConfidentialCommandOf<'SealNotes'>, { at }: Envelope, pool: Pool, slice: ConfidentialSlice): Decision<ConfidentialEvent> {
  const commitments = [...slice.pending].filter(([, waiting]) => waiting).map(([c]) => c).slice(0, SEAL_BATCH);
  if (commitments.length === 0) return reject('ST2-NOT-FOUND', `No notes of ${cmd.securityId} await sealing.`, { security: cmd.securityId });
  const tree = appendLeaves(pool.tree, commitments);
  return accept([{ type: 'NotesSealed', v: 1, at, securityId: cmd.securityId, firstIndex: pool.tree.size, commitments, noteRoot: tree.root }]);
}

function mint(cmd: ConfidentialCommandOf<'ConfidentialMint'>, { at }: Envelope, security: Security, pool: Pool, slice: ConfidentialSlice): Decision<ConfidentialEvent> {
  const refused = statusProblem(security, at) ?? amountProblem(cmd.amount) ?? supplyCapProblem(security, slice.supply?.supply ?? 0n, cmd.amount)
    ?? kycRootProblem(cmd.kycRoot, pool) ?? staleAllowlistProblem(security, pool, slice, at) ?? newNotesProblem([cmd.commitment], slice);
  if (refused) return refused;
  return accept([{ type: 'ConfidentialMinted', v: 1, at, securityId: cmd.securityId, amount: cmd.amount, commitment: cmd.commitment }]);
}

function transfer(cmd: ConfidentialCommandOf<'ConfidentialTransfer'>, { at }: Envelope, security: Security, pool: Pool, slice: ConfidentialSlice): Decision<ConfidentialEvent> {
  const lockedUntil = security.rules.lockupUntil;
  if (lockedUntil !== undefined && at < lockedUntil) {
    return reject('ST2-LOCKUP', `${security.id} is locked up until ${new Date(lockedUntil).toISOString()}.`, { lockupUntil: lockedUntil });
  }
  const refused = alreadyApplied(cmd.nullifiers, cmd.commitments, slice) ?? statusProblem(security, at) ?? noteRootProblem(cmd.noteRoot, pool)
    ?? kycRootProblem(cmd.kycRoot, pool) ?? staleAllowlistProblem(security, pool, slice, at) ?? unspentProblem(cmd.nullifiers, slice)
    ?? newNotesProblem(cmd.commitments, slice);
  if (refused) return refused;
  const { securityId, nullifiers, commitments, noteRoot } = cmd;
  return accept([{ type: 'ConfidentialTransferred', v: 1, at, securityId, nullifiers: [...nullifiers], commitments: [...commitments], noteRoot }]);
}

/** An agent power, like a plain redemption: it bypasses pause and maturity (matured debt is redeemed). */
function redeem(cmd: ConfidentialCommandOf<'ConfidentialRedeem'>, { at }: Envelope, pool: Pool, slice: ConfidentialSlice): Decision<ConfidentialEvent> {
  const refused = alreadyApplied([cmd.nullifier], [cmd.changeCommitment], slice) ?? amountProblem(cmd.amount) ?? noteRootProblem(cmd.noteRoot, pool)
    ?? unspentProblem([cmd.nullifier], slice) ?? newNotesProblem([cmd.changeCommitment], slice);
  if (refused) return refused;
  // Notes add up to the supply, so a valid proof never redeems more; a broken invariant must not go negative.
  const supply = slice.supply?.supply ?? 0n;
  if (cmd.amount > supply) return reject('ST2-INSUFFICIENT-BALANCE', `The pool holds ${supply}.`, { supply: supply.toString() });
  const { securityId, amount, nullifier, changeCommitment } = cmd;
  return accept([{ type: 'ConfidentialRedeemed', v: 1, at, securityId, amount, nullifier, changeCommitment }]);
}


function amountProblem(amount: bigint): Rejection | null {
  return amount > MAX_AMOUNT ? reject('ST2-INVALID-INPUT', 'Confidential amounts are below 2^64.', { amount: amount.toString() }) : null;
}

function noteRootProblem(root: string, pool: Pool): Rejection | null {
  if (pool.roots.includes(root)) return null;
  return reject('ST2-STALE-ROOT', 'The proof refers to a note root that is not among the recent roots.', { noteRoot: root });
}

/** The allowlist as of the last refresh, not an older one: a refresh excludes expired or revoked claims at once. */
function kycRootProblem(root: string, pool: Pool): Rejection | null {
  if (root === pool.kycRoot) return null;
  return reject('ST2-STALE-ROOT', 'The proof refers to an allowlist root that is not the current one.', { kycRoot: root, current: pool.kycRoot });
}

function unspentProblem(nullifiers: readonly string[], slice: ConfidentialSlice): Rejection | null {
  if (new Set(nullifiers).size !== nullifiers.length) return reject('ST2-NULLIFIER-SPENT', 'A transaction cannot spend the same note twice.');
  const spent = nullifiers.find((n) => slice.nullifiers.get(n) === true);
  return spent === undefined ? null : reject('ST2-NULLIFIER-SPENT', 'A note this transaction spends was already spent.', { nullifier: spent });
}

function newNotesProblem(commitments: readonly string[], slice: ConfidentialSlice): Rejection | null {
  if (new Set(commitments).size !== commitments.length) return reject('ST2-NOTE-EXISTS', 'The transaction creates the same note twice.');
  const existing = commitments.find((c) => slice.notes.get(c) === true);
  return existing === undefined ? null : reject('ST2-NOTE-EXISTS', 'The ledger already holds a note with this commitment.', { commitment: existing });
}

/** Every field element below the modulus: the schema only bounds the digits. */
function fieldProblem(cmd: ConfidentialCommand): Rejection | null {
  const bad = fieldsOf(cmd).find((v) => !isFieldElement(v));
  return bad === undefined ? null : reject('ST2-INVALID-INPUT', 'A value is not a field element.', { value: bad });
}

function fieldsOf(cmd: ConfidentialCommand): string[] {
  switch (cmd.kind) {
    case 'RegisterConfidentialKey':
      return [cmd.publicKey];
    case 'ConfidentialMint':
      return [cmd.commitment, cmd.kycRoot];
    case 'ConfidentialTransfer':
      return [...cmd.nullifiers, ...cmd.commitments, cmd.noteRoot, cmd.kycRoot];
    case 'ConfidentialRedeem':
      return [cmd.nullifier, cmd.changeCommitment, cmd.noteRoot];
    default:
      return [];
  }
}
