import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contracts } from '@st2/chaincode';
import { openEmbeddedLedger } from '../../../gateway/src/ledger/embedded';
import { LedgerError, type Caller, type Ledger, type LedgerEvent } from '../../../gateway/src/ledger/ledger';
import { mspIds, topology } from '../../scenarios/embedded-backend';

export const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');
export const DAY = 86_400_000;

export async function openLedger(): Promise<Ledger> {
  return openEmbeddedLedger({ directory: await mkdtemp(join(tmpdir(), 'st2-zk-ledger-')), contracts, topology });
}

export const as = (org: string, role: string, id: string): Caller => ({ org, role, id });
export const msp = mspIds();

export async function submit(ledger: Ledger, caller: Caller, fn: string, input: object, transient?: Record<string, Uint8Array>): Promise<void> {
  await ledger.submit(caller, { fn, args: [JSON.stringify(input)], ...(transient ? { transient } : {}) });
}

/** The reason code a refused submit carries, or 'accepted'. */
export async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'accepted';
  } catch (error) {
    if (error instanceof LedgerError) return error.code;
    throw error;
  }
}

export async function evaluate(ledger: Ledger, caller: Caller, fn: string, ...args: string[]): Promise<string> {
  return Buffer.from(await ledger.evaluate(caller, { fn, args })).toString('utf8');
}

/** Every committed st2 event up to the current height. */
export async function committedEvents(ledger: Ledger): Promise<LedgerEvent[]> {
  const last = (await ledger.height()) - 1n;
  const controller = new AbortController();
  const out: LedgerEvent[] = [];
  for await (const event of ledger.events(0n, { signal: controller.signal, onBlock: (b) => b >= last && controller.abort() })) out.push(event);
  return out;
}

/** Onboards an investor with a KYC claim expiring at `expiresAt`. */
export async function onboard(ledger: Ledger, onboarder: Caller, kyc: Caller, who: Caller, expiresAt: number): Promise<void> {
  const record = JSON.stringify({ name: `Investor ${who.id}` });
  await submit(ledger, onboarder, 'identity:register', {
    identityId: who.id, investor: `person-${who.id}`, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(record),
  }, { record: Buffer.from(record) });
  const evidence = `kyc of ${who.id}`;
  await submit(ledger, kyc, 'identity:addClaim', { identityId: who.id, topic: 'kyc', expiresAt, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
}
