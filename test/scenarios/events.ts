import type { Ledger, LedgerEvent } from '../../gateway/src/ledger/ledger';

/** Every committed st2 event from block `from` up to the ledger's current height. */
export async function eventsBetween(ledger: Ledger, from: bigint): Promise<LedgerEvent[]> {
  const last = (await ledger.height()) - 1n;
  const controller = new AbortController();
  const out: LedgerEvent[] = [];
  for await (const event of ledger.events(from, { signal: controller.signal, onBlock: (b) => b >= last && controller.abort() })) {
    if (event.blockNumber <= last) out.push(event);
  }
  return out;
}
