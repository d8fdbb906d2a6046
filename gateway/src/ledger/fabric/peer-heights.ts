import { setTimeout as sleep } from 'node:timers/promises';

/**
 * What each org's peer has said about its chain height, shared by every submit waiting for a peer to
 * commit its block. Heights only grow, so a height seen once answers every later wait for a lower block
 * without asking again, and at most one GetChainInfo per org is in flight, whatever the number of submits
 * waiting: under load one query serves a whole block's worth of them, where each used to ask on its own.
 */
export class PeerHeights {
  private readonly highest = new Map<string, bigint>();
  private readonly asking = new Map<string, Promise<bigint | undefined>>();

  /** `query` asks one org's peer for its height; a failure means that peer is not waited for. */
  constructor(private readonly query: (org: string) => Promise<bigint>) {}

  /** Resolves once `org`'s peer holds `block` (its height is above it), it cannot answer, or `deadline` (epoch ms) passes. */
  async until(org: string, block: bigint, deadline: number, pollMs: number): Promise<void> {
    while ((this.highest.get(org) ?? -1n) <= block && Date.now() < deadline) {
      const height = await this.ask(org);
      // A peer that cannot answer is not waited for: it catches up by itself once it is back.
      if (height === undefined || height > block) return;
      await sleep(pollMs);
    }
  }

  private ask(org: string): Promise<bigint | undefined> {
    let answer = this.asking.get(org);
    if (!answer) {
      answer = this.query(org).then(
        (height) => {
          if (height > (this.highest.get(org) ?? -1n)) this.highest.set(org, height);
          return height;
        },
        () => undefined,
      ).finally(() => this.asking.delete(org));
      this.asking.set(org, answer);
    }
    return answer;
  }
}
