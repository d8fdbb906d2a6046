import { createHash } from 'node:crypto';
import { eventPayloadCodec, stateCodecs, WRITE_FUNCTIONS, type CommandKind, type Holding, type RuleVerdict, type St2Event } from '@st2/chaincode';
import { submitCommand } from '../../gateway/src/ledger/identity-record';
import { LedgerError, type Caller, type Ledger, type SubmitResult } from '../../gateway/src/ledger/ledger';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Waits until the wall clock (the ledger's clock: transaction timestamps) reaches `time`. */
export const sleepUntil = (time: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())));

export interface Submitted {
  readonly txId: string;
  readonly blockNumber: bigint;
  readonly events: readonly St2Event[];
}

export interface CheckResult {
  readonly allowed: boolean;
  readonly code?: string;
  readonly trace: readonly RuleVerdict[];
}

const KIND_OF: Readonly<Record<string, CommandKind>> = Object.fromEntries(Object.entries(WRITE_FUNCTIONS).map(([kind, fn]) => [fn, kind as CommandKind]));

function submitted(result: SubmitResult): Submitted {
  return { txId: result.txId, blockNumber: result.blockNumber, events: eventPayloadCodec.decode(result.payload).events };
}

/** The chaincode's API as the scenarios use it: JSON in, decoded events and records out. */
export class St2Client {
  constructor(readonly ledger: Ledger) {}

  /** A command as the gateway sends it (private data filed first where it must be); any other function as it is. */
  async submit(caller: Caller, fn: string, input: object, transient?: Record<string, Uint8Array>): Promise<Submitted> {
    const kind = KIND_OF[fn];
    if (kind) return submitted(await submitCommand(this.ledger, caller, kind, input, transient));
    return submitted(await this.ledger.submit(caller, { fn, args: [JSON.stringify(input)], ...(transient ? { transient } : {}) }));
  }

  /**
   * A consortium change as each administrator org in turn approves it (bank1 proposes, bank2 executes):
   * the last submission's events, which include the change's own once it executed.
   */
  async governed(admins: readonly Caller[], fn: string, input: object): Promise<Submitted> {
    let last: Submitted | undefined;
    for (const admin of admins) last = await this.submit(admin, fn, input);
    if (!last?.events.some((e) => e.type === 'ConsortiumChangeApproved' && e.executed)) throw new Error(`${fn} did not execute with ${admins.length} approval(s)`);
    return last;
  }

  /** Registers an identity as a bank does: its personal record filed first, seen by no other bank's peer. */
  async register(caller: Caller, input: object, record: Uint8Array): Promise<Submitted> {
    return submitted(await submitCommand(this.ledger, caller, 'RegisterIdentity', input, { record }));
  }

  /** Onboards retail investors resident in DE, each by the onboarder paired with it, with a day's KYC claim signed by `kyc`. */
  async onboardVerified(kyc: Caller, people: readonly (readonly [onboarder: Caller, who: Caller])[]): Promise<void> {
    for (const [onboarder, who] of people) {
      const record = JSON.stringify({ name: who.id });
      await this.register(onboarder, { identityId: who.id, investor: who.id, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(record) }, Buffer.from(record));
      const evidence = `kyc of ${who.id}`;
      await this.submit(kyc, 'identity:addClaim', { identityId: who.id, topic: 'kyc', expiresAt: Date.now() + 86_400_000, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
    }
  }

  /** The reason code a refused submit carries, or 'accepted'. */
  async outcome(caller: Caller, fn: string, input: object, transient?: Record<string, Uint8Array>): Promise<string> {
    return this.outcomeOf(() => this.submit(caller, fn, input, transient));
  }

  /** The reason code with which any ledger write is refused, or 'accepted'. */
  async outcomeOf(write: () => Promise<unknown>): Promise<string> {
    try {
      await write();
      return 'accepted';
    } catch (error) {
      if (error instanceof LedgerError) return error.code;
      throw error;
    }
  }

  async evaluate(caller: Caller, fn: string, ...args: string[]): Promise<string> {
    return Buffer.from(await this.ledger.evaluate(caller, { fn, args })).toString('utf8');
  }

  async holding(caller: Caller, securityId: string, holder: string): Promise<Holding> {
    return stateCodecs.holding.parse(await this.evaluate(caller, 'token:getHolding', securityId, holder));
  }

  async balance(caller: Caller, securityId: string, holder: string): Promise<bigint> {
    return (await this.holding(caller, securityId, holder)).balance;
  }

  async check(caller: Caller, input: object): Promise<CheckResult> {
    return JSON.parse(await this.evaluate(caller, 'token:check', JSON.stringify(input))) as CheckResult;
  }

  async stats(caller: Caller, securityId: string): Promise<{ supply: string; holders: number }> {
    return (JSON.parse(await this.evaluate(caller, 'security:get', securityId)) as { stats: { supply: string; holders: number } }).stats;
  }
}

/**
 * A client on `ledger` whose consortium trusts `kyc` for the kyc topic (both administrator orgs approving), with
 * each investor registered by its onboarder and verified for a day: the usual start of a scenario.
 */
export async function verifiedClient(ledger: Ledger, admins: readonly [Caller, Caller], kyc: Caller, people: readonly (readonly [onboarder: Caller, investor: Caller])[]): Promise<St2Client> {
  const st2 = new St2Client(ledger);
  await st2.governed(admins, 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
  await st2.onboardVerified(kyc, people);
  return st2;
}
