import { Type, type TProperties } from '@sinclair/typebox';
import { Closed } from './schema';

/**
 * Items of one batch at most (ERC-3643's batch functions leave the bound to gas; here it bounds the
 * proposal's size and one transaction's read set): one more is refused as invalid input, before anything is decided.
 */
export const MAX_BATCH_ITEMS = 100;

/** An item of a batch: its command's fields without the security (the batch's), told apart by `kind`. */
export function batchItem<K extends string, P extends TProperties>(kind: K, fields: P) {
  return Closed({ kind: Type.Literal(kind), ...fields });
}
