import type { CustodyPosition, OwnerFacts } from '@st2/chaincode';

/**
 * A custodian's sub-ledger of one account across securities, as a spec keeps it (the chaincode keeps it in the
 * custodian's collection): the owners' facts a command needs, and the entries an accepted command writes.
 */
export class SubLedger {
  readonly positions = new Map<string, CustodyPosition>();
  /** Owners' private paid markers, by `distributionId:owner`: a distribution's batch writes one per owner it pays. */
  readonly paid = new Set<string>();
  constructor(private readonly accountId = 'OMNI') {}

  owner(securityId: string, owner: string, jurisdiction = 'DE'): OwnerFacts {
    const position = this.positions.get(`${securityId}:${owner}`) ?? null;
    return { owner, position, jurisdiction: position?.jurisdiction ?? jurisdiction, investorType: position?.investorType ?? 'retail' };
  }

  apply(securityId: string, side: OwnerFacts, delta: bigint, at: number): void {
    this.positions.set(`${securityId}:${side.owner}`, {
      accountId: this.accountId, securityId, owner: side.owner, jurisdiction: side.jurisdiction, investorType: side.investorType, amount: (side.position?.amount ?? 0n) + delta, updatedAt: at,
    });
  }

  sum(securityId: string): bigint {
    return [...this.positions.values()].filter((p) => p.securityId === securityId).reduce((s, p) => s + p.amount, 0n);
  }
}
