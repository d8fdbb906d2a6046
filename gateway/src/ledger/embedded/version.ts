/**
 * A committed key's version, as Fabric's: the block and the position in the block of the transaction
 * that last wrote it. MVCC compares versions, never values.
 */
export interface Version {
  readonly block: number;
  readonly tx: number;
}

export interface Versioned {
  readonly version: Version;
  readonly value: Buffer;
}

/** `undefined` stands for "absent": reading an absent key and finding it still absent is no conflict. */
export function sameVersion(a: Version | undefined, b: Version | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.block === b.block && a.tx === b.tx;
}

const BLOCK_BYTES = 6;
const TX_BYTES = 4;
const HEADER_BYTES = BLOCK_BYTES + TX_BYTES;

/** Stored as 6 bytes of block number, 4 of tx number, then the value: no JSON on the hot path. */
export function encodeVersioned({ version, value }: Versioned): Buffer {
  const bytes = Buffer.allocUnsafe(HEADER_BYTES + value.length);
  bytes.writeUIntBE(version.block, 0, BLOCK_BYTES);
  bytes.writeUInt32BE(version.tx, BLOCK_BYTES);
  value.copy(bytes, HEADER_BYTES);
  return bytes;
}

export function decodeVersioned(bytes: Buffer): Versioned {
  return {
    version: { block: bytes.readUIntBE(0, BLOCK_BYTES), tx: bytes.readUInt32BE(BLOCK_BYTES) },
    value: bytes.subarray(HEADER_BYTES),
  };
}
