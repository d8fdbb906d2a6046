import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DEFAULT_TOPOLOGY } from '../config/layout';
import { adminCallers, submitUntilExecuted } from '../ledger/consortium-change';
import { parseTopology } from '../ledger/embedded/topology';
import type { Caller, Ledger } from '../ledger/ledger';
import type { WireInput } from '../routes/write';
import { MAX_BATCH_ITEMS, partyOf, type CommandKind } from '@st2/chaincode';
import { submitCommand } from '../ledger/identity-record';

/**
 * The bench's callers, all in one bank but the consortium's administrators (one admin per administrator
 * org of network/topology.json: consortium changes need their approvals); `run` makes their ids new on a
 * ledger that outlives the run (Fabric).
 */
export function benchCallers(org: string, run = '') {
  return {
    admin: { org, role: 'admin', id: `bench-admin${run}` },
    admins: adminCallers(parseTopology(JSON.parse(readFileSync(DEFAULT_TOPOLOGY, 'utf8'))).orgs, `bench-admin${run}`),
    agent: { org, role: 'agent', id: `bench-agent${run}` },
    kyc: { org, role: 'claim-issuer', id: `bench-kyc${run}` },
    issuer: { org, role: 'issuer', id: `bench-issuer${run}` },
    treasury: { org, role: 'cash-issuer', id: `bench-treasury${run}` },
    investor: (id: string): Caller => ({ org, role: 'investor', id }),
  } as const;
}

/** Progress lines of a long setup; silent by default. */
export type Log = (line: string) => void;

type Callers = ReturnType<typeof benchCallers>;

function submit<K extends CommandKind>(ledger: Ledger, caller: Caller, kind: K, input: WireInput<K>, transient?: Record<string, Uint8Array>) {
  return submitCommand(ledger, caller, kind, input, transient);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const EQUITY = { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '1', currency: 'EUR' } as const;

/**
 * Requests sent at once: a Fabric peer's gateway refuses requests beyond its concurrency limit
 * (peer.limits.concurrency.gatewayService, 500 by default), and a registration is up to two of them.
 */
const CHUNK = 200;

/** `work` for every item, CHUNK at a time. */
async function inChunks<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < items.length; start += CHUNK) await Promise.all(items.slice(start, start + CHUNK).map(work));
}

/** Registers identities in parallel chunks (they touch disjoint keys), with optional KYC claims. */
export async function registerInvestors(ledger: Ledger, callers: Callers, ids: readonly string[], withKyc: boolean, expiresAt: number): Promise<void> {
  const record = Buffer.from(JSON.stringify({ name: 'bench investor' }));
  const evidence = Buffer.from(JSON.stringify({ method: 'bench', reference: 'bench' }));
  await inChunks(ids, async (id) => {
    await submit(ledger, callers.agent, 'RegisterIdentity', { identityId: id, investor: id, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(record) }, { record });
    if (withKyc) await submit(ledger, callers.kyc, 'AddClaim', { identityId: id, topic: 'kyc', expiresAt, evidenceHash: sha256(evidence) }, { evidence });
  });
}

/**
 * Issuance changes the security's holder count (one contended key), so issuances go one transaction at a
 * time, each a batch of MAX_BATCH_ITEMS (a hundred times fewer round trips to the ledger).
 */
async function issueEach(ledger: Ledger, issuer: Caller, securityId: string, ids: readonly string[], amount: string): Promise<void> {
  for (let start = 0; start < ids.length; start += MAX_BATCH_ITEMS) {
    const items = ids.slice(start, start + MAX_BATCH_ITEMS).map((to) => ({ kind: 'Issue' as const, to, amount }));
    await submit(ledger, issuer, 'Batch', { securityId, items });
  }
}

/** What every investor of `transferWorld` holds when it starts. */
export const ISSUED = 1_000_000n;

/**
 * `securityId` (default BENCH): a security with compliance rules (KYC, jurisdictions, caps, daily limit)
 * and `investors` verified holders, those that will sign (`signers`, default all) enrolled so that measuring
 * never pays for a first certificate (a few milliseconds each: a minute for 10,000).
 */
export async function transferWorld(
  ledger: Ledger, callers: Callers, investors: readonly string[], now: number, options: { securityId?: string; signers?: readonly string[]; log?: Log } = {},
): Promise<void> {
  const { securityId = 'BENCH', signers = investors, log = () => undefined } = options;
  const started = Date.now();
  const progress = (what: string) => log(`setup: ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  await submitUntilExecuted(ledger, callers.admins, 'TrustClaimIssuer', { issuer: partyOf(callers.kyc), topics: ['kyc'] });
  await submit(ledger, callers.issuer, 'CreateSecurity', {
    securityId, name: 'Bench equity', isin: 'XS0000000009', decimals: 0, agents: [], terms: EQUITY,
    rules: { requiredClaims: ['kyc'], blockedJurisdictions: ['KP', 'IR'], maxBalance: '1000000000', maxHolders: investors.length + 10, dailyLimit: '100000000' },
  });
  progress(`trusted KYC issuer and security ${securityId}`);
  await registerInvestors(ledger, callers, investors, true, now + 86_400_000);
  progress(`${investors.length} investors registered with KYC claims`);
  await issueEach(ledger, callers.issuer, securityId, investors, ISSUED.toString());
  progress(`issued to ${investors.length} holders`);
  await inChunks(signers, (id) => ledger.evaluate(callers.investor(id), { fn: 'token:getHolding', args: [securityId, id] }));
  progress(`${signers.length === investors.length ? 'every' : signers.length} investor${signers.length === 1 ? '' : 's'} connected`);
}

/** A cash token (`securityId`, EUR cents) under the KYC rule, `amount` of it issued to each of `holders` (verified already). */
export async function cashWorld(ledger: Ledger, callers: Callers, securityId: string, holders: readonly string[], amount: string): Promise<void> {
  await submit(ledger, callers.treasury, 'CreateSecurity', {
    securityId, name: 'Bench cash token', decimals: 2, agents: [], terms: { kind: 'cash', currency: 'EUR' }, rules: { requiredClaims: ['kyc'] },
  });
  await issueEach(ledger, callers.treasury, securityId, holders, amount);
}

/** CAPTABLE: a security without rules and `holders` holders of one unit each, for the holders query. */
export async function capTableWorld(ledger: Ledger, callers: Callers, holders: readonly string[], now: number): Promise<void> {
  await submit(ledger, callers.issuer, 'CreateSecurity', {
    securityId: 'CAPTABLE', name: 'Widely held equity', isin: 'XS0000000017', decimals: 0, agents: [], terms: EQUITY, rules: { requiredClaims: [] },
  });
  await growCapTable(ledger, callers, holders, now);
}

/** Registers `holders` (new ids) and issues CAPTABLE to them. */
export async function growCapTable(ledger: Ledger, callers: Callers, holders: readonly string[], now: number): Promise<void> {
  await registerInvestors(ledger, callers, holders, false, now);
  await issueEach(ledger, callers.issuer, 'CAPTABLE', holders, '1');
}
