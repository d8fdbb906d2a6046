import { KnownRecords } from '../../../gateway/src/projections/known-records';
import type { RecordOf } from '../../../gateway/src/projections/records';

/** The cache never looks inside a record: distinct objects are all a test needs. */
const stats = (n: number) => ({ supply: BigInt(n), holders: n }) as unknown as RecordOf<'stats'>;

describe('KnownRecords', () => {
  it('returns the very record set for a key, null for one known not to exist, undefined for one never met', () => {
    const known = new KnownRecords();
    const record = stats(1);
    known.set('stats', 'BOND', record);
    known.set('stats', 'GONE', null);
    expect(known.get('stats', 'BOND')).toBe(record);
    expect(known.get('stats', 'GONE')).toBeNull();
    expect(known.get('stats', 'NEVER')).toBeUndefined();
  });

  it('keeps kinds apart: a key set for one kind is not known for another', () => {
    const known = new KnownRecords();
    known.set('stats', 'BOND', stats(1));
    expect(known.get('securities', 'BOND')).toBeUndefined();
  });

  it('keeps the latest record of a key', () => {
    const known = new KnownRecords();
    const later = stats(2);
    known.set('stats', 'BOND', stats(1));
    known.set('stats', 'BOND', later);
    expect(known.get('stats', 'BOND')).toBe(later);
  });

  it('is bounded: after 40,000 keys of one kind the first ones are forgotten and the last 16,384 are kept', () => {
    const known = new KnownRecords();
    for (let i = 0; i < 40_000; i++) known.set('stats', `S${i}`, stats(i));
    expect(known.get('stats', 'S0')).toBeUndefined();
    const last = Array.from({ length: 16_384 }, (_, i) => `S${40_000 - 16_384 + i}`);
    expect(last.filter((key) => known.get('stats', key) === undefined)).toEqual([]);
  });

  it('keeps a record read from the older half as recent, so records in use are not forgotten', () => {
    const known = new KnownRecords();
    const used = stats(-1);
    known.set('stats', 'USED', used);
    for (let i = 0; i < 16_384; i++) known.set('stats', `A${i}`, stats(i));
    expect(known.get('stats', 'USED')).toBe(used);
    for (let i = 0; i < 16_383; i++) known.set('stats', `B${i}`, stats(i));
    expect(known.get('stats', 'USED')).toBe(used);
    expect(known.get('stats', 'A0')).toBeUndefined();
  });
});
