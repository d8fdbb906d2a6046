import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultNetworkDir, Layout } from '../../scripts/network/src/layout';
import { down, isUp, up, type UpOptions } from '../../scripts/network/src/network';

/**
 * Which jest run brought the Fabric network up. The run that finds the network down and starts it
 * writes its token into the network directory; its global teardown stops the network only if the
 * token there is still its own. So a run of any subset of suites never stops a network that another
 * run (or an operator) started, and a run that started one does not leave it behind.
 *
 * The token is made once per run by the global setup (main process) and reaches every worker through
 * the environment; it names the main process's pid, so an owner file left by a run that died is
 * recognised as stale and taken over.
 */
const TOKEN_ENV = 'ST2_TEST_RUN_TOKEN';

interface Owner {
  readonly token: string;
  readonly pid: number;
}

const ownerFile = (): string => join(new Layout(defaultNetworkDir()).root, 'test-run-owner.json');

/** Called once per run, in the main process, before any suite. */
export function startRun(): void {
  process.env[TOKEN_ENV] = JSON.stringify({ token: randomUUID(), pid: process.pid } satisfies Owner);
}

function thisRun(): Owner | undefined {
  const text = process.env[TOKEN_ENV];
  return text ? (JSON.parse(text) as Owner) : undefined;
}

function recordedOwner(): Owner | undefined {
  try {
    return JSON.parse(readFileSync(ownerFile(), 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * `up` for test suites: brings the network up if it is not (idempotent otherwise) and, when this run
 * started it (it was down, or its recorded owner is a run that no longer exists), records this run as
 * its owner. A network that was already up keeps its owner, or none if an operator started it.
 */
export async function upForTests(options: UpOptions = {}): Promise<void> {
  const wasUp = await isUp().catch(() => false);
  await up(options);
  const run = thisRun();
  if (!run) return;
  const owner = recordedOwner();
  if (!wasUp || (owner !== undefined && !isAlive(owner.pid))) writeFileSync(ownerFile(), JSON.stringify(run));
}

/** Stops the network only if this run started it; the owner record goes with it. */
export async function stopIfOwned(log: (line: string) => void): Promise<boolean> {
  const run = thisRun();
  const owner = recordedOwner();
  if (!run || owner?.token !== run.token) return false;
  await down({ log });
  rmSync(ownerFile(), { force: true });
  return true;
}
