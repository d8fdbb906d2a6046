import { compoundKey, type GatewayStore, type Sublevel } from '../store/gateway-store';
import { SanctionsList } from './sanctions-list';

/**
 * The sanctions lists a publisher's gateway holds (docs/oracles.md, "Sanctions lists"), by feed and root, so
 * parties can fetch proofs against whichever root the feed's signers publish. The gateway's own LevelDB, never
 * the ledger: the ledger only ever holds roots. The lists last built are kept in memory, since every proof of
 * one list is built from the same leaves.
 */
export class SanctionsListStore {
  private readonly lists: Sublevel;
  private readonly built = new Map<string, SanctionsList>();
  private static readonly BUILT_KEPT = 8;

  constructor(store: GatewayStore) {
    this.lists = store.sublevel('sanctions-lists');
  }

  /** Keeps the list under its root (the same parties always make the same root: storing twice is harmless). */
  async put(feedId: string, parties: readonly string[]): Promise<SanctionsList> {
    const list = new SanctionsList(parties);
    await this.lists.put(compoundKey(feedId, list.root), JSON.stringify([...parties].sort()));
    this.remember(feedId, list);
    return list;
  }

  /** The list of `feedId` whose root is `root`, if this gateway holds it. */
  async get(feedId: string, root: string): Promise<SanctionsList | undefined> {
    const key = compoundKey(feedId, root);
    const cached = this.built.get(key);
    if (cached) return cached;
    const stored = await this.lists.get(key);
    if (stored === undefined) return undefined;
    const list = new SanctionsList(JSON.parse(stored) as string[]);
    this.remember(feedId, list);
    return list;
  }

  private remember(feedId: string, list: SanctionsList): void {
    if (this.built.size >= SanctionsListStore.BUILT_KEPT) this.built.clear();
    this.built.set(compoundKey(feedId, list.root), list);
  }
}
