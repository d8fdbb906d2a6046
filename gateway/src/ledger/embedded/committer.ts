import type { Block, BlockLog, TransactionRecord, ValidationCode } from './block-log';
import type { Endorsement } from './endorser';
import { BlockValidator } from './mvcc';
import type { Database } from './storage';
import type { WorldState } from './world-state';

/**
 * Turns a batch of endorsed transactions into the next block: validates them in order, then writes
 * the block, the txId index, the state and the private data in ONE LevelDB batch (one fsync-free
 * write per block, never per transaction), then publishes the new state to readers.
 */
export class Committer {
  constructor(
    private readonly db: Database,
    private readonly state: WorldState,
    private readonly blockLog: BlockLog,
  ) {}

  /** The block's transactions carry their validation codes, in the order of `endorsements`. */
  async commit(endorsements: readonly Endorsement[]): Promise<Block> {
    const validator = new BlockValidator(this.state, this.blockLog.height);
    const records: TransactionRecord[] = [];
    for (const [index, endorsement] of endorsements.entries()) {
      const code = await validator.validate(endorsement.rwset);
      if (code === 'VALID') validator.apply(endorsement.rwset, index);
      records.push(transactionRecord(endorsement, code));
    }
    const batch = this.db.batch();
    const block = this.blockLog.stage(batch, records);
    const publish = this.state.stage(batch, validator.writes);
    await batch.write();
    publish();
    this.blockLog.advance(block);
    return block;
  }
}

function transactionRecord(endorsement: Endorsement, validationCode: ValidationCode): TransactionRecord {
  const { txId, creator, timestamp, rwset, event } = endorsement;
  const record = { txId, creator, timestamp, validationCode, rwsetDigest: rwset.digest() };
  return event ? { ...record, event: { name: event.name, payload: event.payload.toString('base64') } } : record;
}
