import { createHash } from 'node:crypto';

/**
 * SHA-256 over a sequence of length-prefixed fields, so that no two different sequences hash alike
 * ("ab","c" vs "a","bc"). Used for read/write-set digests and the block chain's hashes. This runs for
 * every field of every transaction, so fields are gathered into one string (bytes as latin1, one
 * character per byte) and hashed with a single update rather than one native call per field.
 */
export class FieldHash {
  private text = '';

  field(value: string | Uint8Array): this {
    this.text += typeof value === 'string' ? `s${value.length}:${value}` : `b${value.length}:${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('latin1')}`;
    return this;
  }

  hex(): string {
    return createHash('sha256').update(this.text, 'utf8').digest('hex');
  }
}

export function sha256(value: string | Uint8Array): Buffer {
  return createHash('sha256').update(value).digest();
}
