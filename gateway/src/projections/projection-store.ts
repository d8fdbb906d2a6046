import type { GatewayStore, Sublevel } from '../store/gateway-store';

/**
 * The read model's sublevels. Everything here is written by the projector only, in one batch per
 * flush together with the checkpoint, so a reader never sees half of a transaction.
 */
export class ProjectionStore {
  /** Slice records (identities, issuers, securities, stats, holdings), encoded as the chaincode stores them. */
  readonly state: Sublevel;
  /** security ␀ holder → balance, for holders with a positive balance: the cap table, sorted by holder. */
  readonly holders: Sublevel;
  /** holder ␀ security → '', for the same holdings: what one investor holds. */
  readonly holdings: Sublevel;
  /** holder ␀ security ␀ transferId → '': the conditional transfers each holder requested (the records stay in `state`). */
  readonly requestsByHolder: Sublevel;
  /** txId → the transaction's header (position, timestamp, event count). */
  readonly transactions: Sublevel;
  /** event seq → one domain event with its transaction: the audit log, in ledger order. */
  readonly events: Sublevel;
  /** Secondary indexes of the audit log: value ␀ seq → ''. */
  readonly byType: Sublevel;
  readonly bySecurity: Sublevel;
  readonly byIdentity: Sublevel;
  /** `checkpoint` → the last transaction applied. */
  readonly meta: Sublevel;
  /** security ␀ event seq → the security's supply and holders after that event (stats-history.ts). */
  readonly statsHistory: Sublevel;

  constructor(readonly store: GatewayStore) {
    const sub = (name: string) => store.sublevel('projection', name);
    this.state = sub('state');
    this.holders = sub('holders');
    this.holdings = sub('holdings');
    this.requestsByHolder = sub('requests-by-holder');
    this.transactions = sub('transactions');
    this.events = sub('events');
    this.byType = sub('by-type');
    this.bySecurity = sub('by-security');
    this.byIdentity = sub('by-identity');
    this.meta = sub('meta');
    this.statsHistory = sub('stats-history');
  }
}
