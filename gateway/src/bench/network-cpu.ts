import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * CPU time used so far by the processes of a native Fabric network (peers, orderers, chaincode servers),
 * from the pid records `npm run network:up` keeps in `<network>/run/` and Linux's /proc/<pid>/stat. On a
 * machine shared with other work, a workload's rate follows the load; the network's CPU per transaction
 * does much less, so tuning is judged by it. Processes that are gone (or no /proc) count nothing.
 */
export function networkCpuSeconds(networkDir: string): Map<string, number> {
  const run = join(networkDir, 'run');
  let files: string[];
  try {
    files = readdirSync(run).filter((file) => file.endsWith('.json'));
  } catch {
    return new Map();
  }
  return new Map(files.map((file) => [basename(file, '.json'), processCpuSeconds(join(run, file))]));
}

/**
 * This process's CPU time (user + system, every thread) since `start` (a `process.cpuUsage()`; none: since
 * the process began), in seconds.
 */
export function ownCpuSecondsSince(start?: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1e6;
}

/** Each process's CPU seconds from `before` to `after`, largest first. */
export function cpuSince(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): [string, number][] {
  return [...after].map(([name, seconds]): [string, number] => [name, seconds - (before.get(name) ?? seconds)]).sort((a, b) => b[1] - a[1]);
}

/** Clock ticks per second of /proc's utime and stime (USER_HZ: 100 on Linux's usual builds). */
const TICKS_PER_SECOND = 100;

function processCpuSeconds(pidRecord: string): number {
  try {
    const { pid } = JSON.parse(readFileSync(pidRecord, 'utf8')) as { pid?: unknown };
    if (typeof pid !== 'number') return 0;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (in parentheses, which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}
