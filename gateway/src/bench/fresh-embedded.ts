import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { st2Contracts } from '@st2/chaincode';
import { openEmbeddedLedger, parseTopology } from '../ledger/embedded';
import type { Ledger } from '../ledger/ledger';
import type { Log } from './setup';

/**
 * `work` on a new embedded ledger (network/topology.json's orgs, st2's contracts) in a temporary directory,
 * as bank1, removed afterwards: the embedded counterpart of `onRunningFabric`.
 */
export async function onFreshEmbeddedLedger<T>(name: string, work: (ledger: Ledger, org: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(join(tmpdir(), `st2-bench-${name}-`));
  const topology = parseTopology(JSON.parse(await readFile(join(__dirname, '../../../network/topology.json'), 'utf8')));
  const org = topology.orgs.find((o) => o.name === 'bank1')?.mspId ?? 'bank1';
  const ledger = await openEmbeddedLedger({ directory, contracts: st2Contracts, topology });
  try {
    return await work(ledger, org);
  } finally {
    await ledger.close();
    await rm(directory, { recursive: true, force: true });
  }
}

/** A bench's command line: the embedded run, then the Fabric run when a network answers; exits 1 on a failure. */
export function runBench(embedded: (log: Log) => Promise<unknown>, fabric: (log: Log) => Promise<unknown>): void {
  const log: Log = (line) => console.log(line);
  embedded(log)
    .then(() => fabric(log))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
