import { QUERIES, type CustodyTransient, type OwnerTransient } from '@st2/chaincode';
import { submitCommand } from '../ledger/identity-record';
import type { Caller, Ledger, SubmitResult } from '../ledger/ledger';

/** A beneficial owner, with what the custodian attests about it (needed the first time it enters an account). */
export interface BeneficialOwner {
  readonly owner: string;
  readonly jurisdiction?: string;
  readonly investorType?: 'retail' | 'professional' | 'institutional';
}

/**
 * The custodian's side of a custody movement: it reads the positions a movement changes from its own
 * collection (through its own peer) and sends them back as the transient `custody` field, which every
 * endorser checks against the ledger's hashes. Nothing private goes into the transaction's arguments.
 */
export class CustodyDesk {
  constructor(private readonly ledger: Pick<Ledger, 'submit' | 'evaluate'>) {}

  /** Into the account: by the holder (`caller` is the holder) or by the custodian as its operator (`caller` is the custodian). */
  deposit(caller: Caller, custodian: Caller, input: { securityId: string; accountId: string; from: string; amount: string; requestId?: string }, to: BeneficialOwner): Promise<SubmitResult> {
    return this.#submit(caller, 'CustodyDeposit', input, custodian, { to }, to.owner);
  }

  withdraw(custodian: Caller, input: { securityId: string; accountId: string; to: string; amount: string; requestId?: string }, from: BeneficialOwner): Promise<SubmitResult> {
    return this.#submit(custodian, 'CustodyWithdraw', input, custodian, { from }, from.owner);
  }

  /** Between two owners of an omnibus account: owners and amount travel privately. */
  move(custodian: Caller, input: { securityId: string; accountId: string; requestId?: string }, from: BeneficialOwner, to: BeneficialOwner, amount: string): Promise<SubmitResult> {
    return this.#submit(custodian, 'CustodyMove', input, custodian, { from, to, amount });
  }

  async #submit(
    caller: Caller, kind: 'CustodyDeposit' | 'CustodyWithdraw' | 'CustodyMove', input: { securityId: string; accountId: string; requestId?: string },
    custodian: Caller, owners: { from?: BeneficialOwner; to?: BeneficialOwner; amount?: string }, segregatedOwner?: string,
  ): Promise<SubmitResult> {
    const side = (owner: BeneficialOwner | undefined) => (owner ? this.#side(custodian, input.accountId, input.securityId, owner) : Promise.resolve(undefined));
    const [from, to] = await Promise.all([side(owners.from), side(owners.to)]);
    const custody: CustodyTransient = {
      ...(from ? { from } : {}), ...(to ? { to } : {}), ...(owners.amount === undefined ? {} : { amount: BigInt(owners.amount) }),
      ...(segregatedOwner === undefined ? {} : { segregatedOwner }),
    };
    const wire = JSON.stringify(custody, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
    return submitCommand(this.ledger, caller, kind, input, { custody: Buffer.from(wire) });
  }

  /** The owner's stored position as the custodian's peer holds it, or its attested facts when it holds none. */
  async #side(custodian: Caller, accountId: string, securityId: string, owner: BeneficialOwner): Promise<OwnerTransient> {
    const stored = Buffer.from(await this.ledger.evaluate(custodian, { fn: QUERIES.custodyPosition, args: [accountId, securityId, owner.owner] })).toString('utf8');
    if (stored !== '') return { owner: owner.owner, position: stored };
    return { owner: owner.owner, position: null, ...(owner.jurisdiction ? { jurisdiction: owner.jurisdiction } : {}), ...(owner.investorType ? { investorType: owner.investorType } : {}) };
  }
}
