import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A clock a developer can move forward; what the dev clock route needs of it. */
export interface AdjustableClock {
  readonly now: () => number;
  /** Moves time forward by `ms` and answers the new "now". */
  advance(ms: number): Promise<number>;
}

/**
 * The embedded ledger's development clock (`--clock dev`): the system time plus an offset that only grows, so
 * lock-ups, holding periods, daily windows and claim expiries can be stepped over in a demo. The offset is kept in
 * the data directory: after a restart, new blocks are never stamped earlier than the ones before it.
 * Fabric has no such thing: there the transaction timestamp is the only clock.
 */
export class DevClock implements AdjustableClock {
  private constructor(
    private readonly file: string,
    private offsetMs: number,
  ) {}

  static async open(file: string): Promise<DevClock> {
    const stored = await readFile(file, 'utf8').then((text) => (JSON.parse(text) as { offsetMs: number }).offsetMs, () => 0);
    return new DevClock(file, stored);
  }

  readonly now = (): number => Date.now() + this.offsetMs;

  async advance(ms: number): Promise<number> {
    this.offsetMs += ms;
    await mkdir(dirname(this.file), { recursive: true });
    // Written then renamed, so a crash mid-write never leaves a clock that reads as zero offset (time going back).
    await writeFile(`${this.file}.tmp`, JSON.stringify({ offsetMs: this.offsetMs }));
    await rename(`${this.file}.tmp`, this.file);
    return this.now();
  }
}
