import { MAX_PAYMENTS_PER_BATCH, QUERIES, type CustodyTransient, type OwnerTransient, type PaidOwnerTransient } from '@st2/chaincode';
import { submitCommand } from '../ledger/identity-record';
import type { Caller, Ledger, SubmitResult } from '../ledger/ledger';

/** A beneficial owner, with what the custodian attests about it (needed the first time it enters an account). */
export interface BeneficialOwner {
  readonly owner: string;
  readonly jurisdiction?: string;
  readonly investorType?: 'retail' | 'professional' | 'institutional';
}

/** The account a movement or settlement touches, and the securities its owner's positions pay from (`from`) and are credited in (`to`). */
export interface AccountLegs {
  readonly accountId: string;
  readonly from?: string;
  readonly to?: string;
  /** A settlement's parties' orgs: the owner's positions go to their peers alone when they can endorse on their own. */
  readonly partyOrgs?: readonly string[];
}

/** A custody movement: both owners' positions are in its one security. */
function sameSecurity({ accountId, securityId }: { accountId: string; securityId: string }, partyOrgs?: readonly string[]): AccountLegs {
  return { accountId, from: securityId, to: securityId, ...(partyOrgs ? { partyOrgs } : {}) };
}

/**
 * The custodian's side of a custody movement: it reads the positions a movement changes from its own
 * collection (through its own peer) and sends them back as the transient `custody` field, which every
 * endorser checks against the ledger's hashes. Nothing private goes into the transaction's arguments.
 */
export class CustodyDesk {
  constructor(private readonly ledger: Pick<Ledger, 'submit' | 'evaluate'>) {}

  /**
   * Into the account: by the holder (`caller` is the holder) or by the custodian as its operator (`caller` is the
   * custodian). `partyOrgs`, the holder's org and the custodian's: the owner's position goes to their peers alone
   * when they can endorse on their own.
   */
  deposit(caller: Caller, custodian: Caller, input: { securityId: string; accountId: string; from: string; amount: string; requestId?: string }, to: BeneficialOwner, partyOrgs?: readonly string[]): Promise<SubmitResult> {
    return this.#submit(caller, 'CustodyDeposit', input, custodian, { to }, sameSecurity(input, partyOrgs), to.owner);
  }

  withdraw(custodian: Caller, input: { securityId: string; accountId: string; to: string; amount: string; requestId?: string }, from: BeneficialOwner, partyOrgs?: readonly string[]): Promise<SubmitResult> {
    return this.#submit(custodian, 'CustodyWithdraw', input, custodian, { from }, sameSecurity(input, partyOrgs), from.owner);
  }

  /** Between two owners of an omnibus account: owners and amount travel privately. */
  move(custodian: Caller, input: { securityId: string; accountId: string; requestId?: string }, from: BeneficialOwner, to: BeneficialOwner, amount: string): Promise<SubmitResult> {
    return this.#submit(custodian, 'CustodyMove', input, custodian, { from, to, amount }, sameSecurity(input));
  }

  /**
   * Settles an instruction whose party is the custodian's account, for `owner`: its position in the security
   * the account delivers pays (`from`), its position in the one it receives is credited (`to`).
   */
  settle(custodian: Caller, input: { settlementId: string; requestId?: string }, legs: AccountLegs, owner: BeneficialOwner): Promise<SubmitResult> {
    const owners = { ...(legs.from ? { from: owner } : {}), ...(legs.to ? { to: owner } : {}) };
    return this.#submit(custodian, 'Settle', input, custodian, owners, legs, owner.owner);
  }

  /**
   * Pays the next batch of a distribution's payment into the account (`distribution`: its security and cash):
   * `owners` when named, else the next MAX_PAYMENTS_PER_BATCH owners with a position in the security that no
   * earlier batch paid, each with its positions in the security and the cash exactly as the custodian's peer
   * holds them, travels privately; every endorser checks them against the ledger's hashes. The batch's
   * `DistributionPaid` says what is still `outstanding`: the custodian calls again until nothing is.
   */
  async payDistribution(
    custodian: Caller, input: { distributionId: string; accountId: string; requestId?: string }, distribution: { securityId: string; cashSecurityId: string }, owners?: readonly string[],
  ): Promise<SubmitResult> {
    const batch = owners ?? await this.#unmarked(custodian, QUERIES.custodyPaidOwners, input.accountId, input.distributionId, distribution.securityId);
    return this.#submitOwners(custodian, 'PayCustodyDistribution', input, distribution, batch);
  }

  /**
   * Applies a split, reverse split or stock dividend to the next batch of the account's owners (`action`: its
   * security, and the cash its fractions are paid in, if any): `owners` when named, else the next owners not
   * applied yet, named privately as a distribution's payment does. The batch's `CorporateActionApplied` says
   * what is still `outstanding`.
   */
  async applyCorporateAction(
    custodian: Caller, input: { actionId: string; accountId: string; requestId?: string }, action: { securityId: string; cashSecurityId?: string }, owners?: readonly string[],
  ): Promise<SubmitResult> {
    const batch = owners ?? await this.#unmarked(custodian, QUERIES.custodyAdjustedOwners, input.accountId, input.actionId, action.securityId);
    return this.#submitOwners(custodian, 'ApplyCustodyCorporateAction', input, action, batch);
  }

  /** The next batch: owners with a position in `securityId` that no batch of the record (`markers`: its query) has marked, in key order. */
  async #unmarked(custodian: Caller, markers: string, accountId: string, recordId: string, securityId: string): Promise<string[]> {
    const marked = new Set(await this.#query<string[]>(custodian, markers, accountId, recordId));
    const listed = await this.#query<{ securityId: string; owner: string }[]>(custodian, QUERIES.custodyPositions, accountId);
    return listed.filter((p) => p.securityId === securityId && !marked.has(p.owner)).map((p) => p.owner).slice(0, MAX_PAYMENTS_PER_BATCH);
  }

  async #query<T>(custodian: Caller, fn: string, ...args: string[]): Promise<T> {
    return JSON.parse(Buffer.from(await this.ledger.evaluate(custodian, { fn, args })).toString('utf8')) as T;
  }

  /** `names`, with their stored positions in `securityId` and `cashSecurityId`, as transient `custody.owners` (none named: no owners). */
  async #submitOwners(
    custodian: Caller, kind: 'PayCustodyDistribution' | 'ApplyCustodyCorporateAction', input: { accountId: string },
    { securityId, cashSecurityId }: { securityId: string; cashSecurityId?: string }, names: readonly string[],
  ): Promise<SubmitResult> {
    const { accountId } = input;
    const owners = await Promise.all(names.map(async (owner): Promise<PaidOwnerTransient> => {
      const position = await this.#stored(custodian, accountId, securityId, owner);
      const cash = cashSecurityId ? await this.#stored(custodian, accountId, cashSecurityId, owner) : '';
      return { owner, position, cashPosition: cash === '' ? null : cash };
    }));
    const custody: CustodyTransient = owners.length > 0 ? { owners } : {};
    return submitCommand(this.ledger, custodian, kind, input, { custody: Buffer.from(JSON.stringify(custody)) });
  }

  async #stored(custodian: Caller, accountId: string, securityId: string, owner: string): Promise<string> {
    return Buffer.from(await this.ledger.evaluate(custodian, { fn: QUERIES.custodyPosition, args: [accountId, securityId, owner] })).toString('utf8');
  }

  async #submit(
    caller: Caller, kind: 'CustodyDeposit' | 'CustodyWithdraw' | 'CustodyMove' | 'Settle', input: object,
    custodian: Caller, owners: { from?: BeneficialOwner; to?: BeneficialOwner; amount?: string }, legs: AccountLegs, segregatedOwner?: string,
  ): Promise<SubmitResult> {
    const side = (owner: BeneficialOwner | undefined, securityId: string | undefined) => (owner && securityId ? this.#side(custodian, legs.accountId, securityId, owner) : Promise.resolve(undefined));
    const [from, to] = await Promise.all([side(owners.from, legs.from), side(owners.to, legs.to)]);
    const custody: CustodyTransient = {
      ...(from ? { from } : {}), ...(to ? { to } : {}), ...(owners.amount === undefined ? {} : { amount: BigInt(owners.amount) }),
      ...(segregatedOwner === undefined ? {} : { segregatedOwner }),
    };
    const wire = JSON.stringify(custody, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
    return submitCommand(this.ledger, caller, kind, input, { custody: Buffer.from(wire) }, legs.partyOrgs);
  }

  /** The owner's stored position as the custodian's peer holds it, or its attested facts when it holds none. */
  async #side(custodian: Caller, accountId: string, securityId: string, owner: BeneficialOwner): Promise<OwnerTransient> {
    const stored = await this.#stored(custodian, accountId, securityId, owner.owner);
    if (stored !== '') return { owner: owner.owner, position: stored };
    return { owner: owner.owner, position: null, ...(owner.jurisdiction ? { jurisdiction: owner.jurisdiction } : {}), ...(owner.investorType ? { investorType: owner.investorType } : {}) };
  }
}
