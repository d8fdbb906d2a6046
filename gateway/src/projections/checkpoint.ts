import type { StoreOp } from '../store/gateway-store';
import type { Position } from './position';
import type { ProjectionStore } from './projection-store';

const KEY = 'checkpoint';

/** The last transaction applied, or undefined before the first. */
export async function readCheckpoint(store: ProjectionStore): Promise<Position | undefined> {
  const stored = await store.meta.get(KEY);
  if (stored === undefined) return undefined;
  const { block, txIndex } = JSON.parse(stored) as { block: string; txIndex: number };
  return { block: BigInt(block), txIndex };
}

/** Written in the same batch as the state it covers: after a crash, the store is either before or after the whole batch. */
export function checkpointOp(store: ProjectionStore, position: Position): StoreOp {
  return { type: 'put', sublevel: store.meta, key: KEY, value: JSON.stringify({ block: position.block.toString(), txIndex: position.txIndex }) };
}
