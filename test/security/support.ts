import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { st2Contracts } from '@st2/chaincode';
import { CustodyDesk, type BeneficialOwner } from '../../gateway/src/custody/custody-desk';
import { openEmbeddedLedger, type EmbeddedLedger, type EmbeddedLedgerOptions, type Topology } from '../../gateway/src/ledger/embedded';
import type { Caller } from '../../gateway/src/ledger/ledger';
import { scenarioCast } from '../scenarios/cast';
import { sha256, St2Client } from '../scenarios/client';
import { mspIds, topology as networkTopology } from '../scenarios/embedded-backend';

export const DAY = 86_400_000;
export const msp = mspIds();

/** An embedded ledger of its own in a temporary directory: st2 bound to the topology's policy unless told otherwise. */
export class AttackLedger {
  readonly st2: St2Client;
  readonly cast = scenarioCast(msp, 'sec');

  private constructor(
    readonly ledger: EmbeddedLedger,
    private readonly directory: string,
  ) {
    this.st2 = new St2Client(ledger);
  }

  static async open(options: { contracts?: EmbeddedLedgerOptions['contracts']; topology?: Topology } = {}): Promise<AttackLedger> {
    const directory = await mkdtemp(join(tmpdir(), 'st2-security-'));
    const ledger = await openEmbeddedLedger({ directory, contracts: options.contracts ?? st2Contracts, topology: options.topology ?? networkTopology });
    return new AttackLedger(ledger, directory);
  }

  async close(): Promise<void> {
    await this.ledger.close();
    await rm(this.directory, { recursive: true, force: true });
  }

  /** Trusts the cast's KYC provider and onboards `people` in bank1 with a KYC claim each. */
  async onboard(...people: Caller[]): Promise<void> {
    const { admin1, admin2, ops1, kyc } = this.cast;
    await this.st2.governed([admin1, admin2], 'identity:trustIssuer', { issuer: { org: kyc.org, id: kyc.id }, topics: ['kyc'] });
    for (const who of people) {
      const record = JSON.stringify({ name: who.id });
      await this.st2.register(ops1, { identityId: who.id, investor: who.id, jurisdiction: 'DE', investorType: 'retail', recordHash: sha256(record) }, Buffer.from(record));
      const evidence = `kyc of ${who.id}`;
      await this.st2.submit(kyc, 'identity:addClaim', { identityId: who.id, topic: 'kyc', expiresAt: Date.now() + 365 * DAY, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
    }
  }

  /** An equity of the cast's issuer, with its agent, and the given rules. */
  async createEquity(securityId: string, rules: object = { requiredClaims: ['kyc'] }): Promise<void> {
    const { issuer, agent } = this.cast;
    await this.st2.submit(issuer, 'security:create', {
      securityId, name: `${securityId} shares`, isin: 'DE000A1B2C38', decimals: 0, agents: [{ org: agent.org, id: agent.id }], rules,
      terms: { kind: 'equity', shareClass: 'A', votingRights: true, parValue: '100', currency: 'EUR' },
    });
  }

  /** The cast's custodian opens omnibus account `accountId` (KYC'd) and becomes `holder`'s operator for `securityId`, to deposit its units. */
  async openOmnibus(accountId: string, operatorOf: { holder: Caller; securityId: string }): Promise<void> {
    const { custodian, kyc } = this.cast;
    await this.st2.submit(custodian, 'custody:openAccount', { accountId, accountType: 'omnibus', jurisdiction: 'LU' });
    const evidence = `kyc of ${accountId}`;
    await this.st2.submit(kyc, 'identity:addClaim', { identityId: accountId, topic: 'kyc', expiresAt: Date.now() + 365 * DAY, evidenceHash: sha256(evidence) }, { evidence: Buffer.from(evidence) });
    await this.st2.submit(operatorOf.holder, 'token:authorizeOperator', { securityId: operatorOf.securityId, holder: operatorOf.holder.id, operator: { org: custodian.org, id: custodian.id } });
  }

  /**
   * Omnibus account `accountId` (as `openOmnibus`) holding `holder`'s units of `securityId` for `owners`, each
   * deposited by the custodian as the holder's operator: the custody attacks' account. Returns the custodian's desk.
   */
  async omnibusWithOwners(accountId: string, holder: Caller, securityId: string, owners: readonly (readonly [BeneficialOwner, string])[]): Promise<CustodyDesk> {
    const desk = new CustodyDesk(this.ledger);
    await this.openOmnibus(accountId, { holder, securityId });
    for (const [owner, amount] of owners) await desk.deposit(this.cast.custodian, this.cast.custodian, { securityId, accountId, from: holder.id, amount }, owner);
    return desk;
  }

  /**
   * Transient `custody` naming an account's owners by their positions as the custodian's peer stores them (in
   * `securityId`, and in `cashSecurityId` when given), as its desk would send them; `edit` forges a position.
   */
  async ownersTransient(accountId: string, securityId: string, names: readonly string[], { cashSecurityId, edit = (stored: string) => stored }: { cashSecurityId?: string; edit?: (stored: string) => string } = {}): Promise<Record<string, Uint8Array>> {
    const stored = (id: string, owner: string) => this.st2.evaluate(this.cast.custodian, 'custody:position', accountId, id, owner);
    const named = await Promise.all(names.map(async (owner) => {
      const cash = cashSecurityId ? await stored(cashSecurityId, owner) : '';
      return { owner, position: edit(await stored(securityId, owner)), cashPosition: cash === '' ? null : cash };
    }));
    return { custody: Buffer.from(JSON.stringify({ owners: named })) };
  }

  /**
   * The refusal code of a write, after checking it changed nothing at all: no block was cut (on the
   * embedded ledger state changes only by a committed block) and the given records read back the same.
   */
  async refusal(caller: Caller, fn: string, input: object, records: () => Promise<unknown> = async () => null, transient?: Record<string, Uint8Array>): Promise<string> {
    const [height, before] = [await this.ledger.height(), await records()];
    const outcome = await this.st2.outcome(caller, fn, input, transient);
    expect(await this.ledger.height()).toBe(height);
    expect(await records()).toEqual(before);
    return outcome;
  }
}
