import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuSince, networkCpuSeconds } from '../../../gateway/src/bench/network-cpu';

/** bench:fabric's CPU per transaction: the network's processes found through their pid records, their CPU read from /proc. */
describe('the CPU time of a network\'s processes', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'st2-network-cpu-'));
    mkdirSync(join(dir, 'run'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const record = (name: string, pid: number) => writeFileSync(join(dir, 'run', `${name}.json`), JSON.stringify({ name, pid }));

  it('reads each recorded process\'s CPU so far, by name, and counts a process that is gone as none', () => {
    record('peer0.bank1', process.pid);
    record('peer0.gone', 2 ** 22 + 1);
    const before = networkCpuSeconds(dir);
    const spinUntil = process.cpuUsage().user + 50_000;
    while (process.cpuUsage().user < spinUntil) Math.sqrt(Math.random());
    const after = networkCpuSeconds(dir);
    expect([...after.keys()].sort()).toEqual(['peer0.bank1', 'peer0.gone']);
    expect(after.get('peer0.gone')).toBe(0);
    expect(after.get('peer0.bank1')).toBeGreaterThan(before.get('peer0.bank1') ?? Infinity);
  });

  it('finds no processes where no network was started', () => {
    expect(networkCpuSeconds(join(dir, 'nowhere')).size).toBe(0);
  });

  it('gives each process\'s CPU between two readings, largest first, a process new since the first counting none', () => {
    const before = new Map([['peer0.bank1', 2], ['orderer0.bank1', 1]]);
    const after = new Map([['peer0.bank1', 2.5], ['orderer0.bank1', 1.75], ['cc-st2.bank1', 9]]);
    expect(cpuSince(before, after)).toEqual([['orderer0.bank1', 0.75], ['peer0.bank1', 0.5], ['cc-st2.bank1', 0]]);
  });
});
