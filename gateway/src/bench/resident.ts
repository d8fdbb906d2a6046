import { readFileSync } from 'node:fs';

/**
 * RSS split as Linux counts it: anonymous memory (the V8 heap, malloc: what a leak grows) and file-backed
 * pages (LevelDB maps its table files with mmap, so every table a read touches is counted in RSS until the
 * kernel reclaims the clean pages). Undefined off Linux.
 */
export interface Resident {
  readonly anonymous: number;
  readonly file: number;
}

export function resident(): Resident | undefined {
  let status: string;
  try {
    status = readFileSync('/proc/self/status', 'utf8');
  } catch {
    return undefined;
  }
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  const anonymous = kib('RssAnon');
  const file = kib('RssFile');
  return Number.isNaN(anonymous) || Number.isNaN(file) ? undefined : { anonymous, file };
}

/**
 * `anonymous 300 MB (V8 heap 200, native 100) + mapped files 250 MB`, or '' off Linux. Native is anonymous
 * memory outside the V8 heap: malloc (LevelDB's memtables, caches, batches; the addon's buffers).
 */
export function describeResident(mb: (bytes: number) => string): string {
  const split = resident();
  if (!split) return '';
  const { heapTotal } = process.memoryUsage();
  return `anonymous ${mb(split.anonymous)} MB (V8 heap ${mb(heapTotal)}, native ${mb(split.anonymous - heapTotal)}) + mapped files ${mb(split.file)} MB`;
}
