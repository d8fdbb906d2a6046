import { createHash, type Hash } from 'node:crypto';

/**
 * SHA-256 over a sequence of length-prefixed fields, so that no two different sequences hash alike
 * ("ab","c" vs "a","bc"). Used for read/write-set digests and the block chain's hashes. Strings go
 * to the hash as they are (no intermediate buffers): this runs several times per transaction.
 */
export class FieldHash {
  private readonly hash: Hash = createHash('sha256');

  field(value: string | Uint8Array): this {
    if (typeof value === 'string') this.hash.update(`s${value.length}:${value}`);
    else this.hash.update(`b${value.length}:`).update(value);
    return this;
  }

  hex(): string {
    return this.hash.digest('hex');
  }
}

export function sha256(value: string | Uint8Array): Buffer {
  return createHash('sha256').update(value).digest();
}
