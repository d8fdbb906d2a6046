import { st2Contracts } from '@st2/chaincode';
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type App } from '../app';
import { loadOrCreateDevKeys } from '../auth/dev-keys';
import { signDevToken } from '../auth/dev-tokens';
import { Consortium, type OrgKind } from '../config/consortium';
import { dataLayout, DEFAULT_TOPOLOGY } from '../config/layout';
import { loadTopology, openEmbeddedLedger, type EmbeddedLedger } from '../ledger/embedded';
import type { LoadJob, LoadResult } from './load-generator';

export interface BenchGateway {
  /** The served org's MSP id (the first bank's by default): every bench caller belongs to it. */
  readonly org: string;
  readonly ledger: EmbeddedLedger;
  readonly app: App;
  readonly url: string;
  /** A dev sign-in token of that bank, as an Authorization header. */
  readonly token: (role: string, sub: string) => string;
  /** Closes the gateway and the ledger and removes their directory. */
  readonly close: () => Promise<void>;
}

/** A gateway on a fresh embedded ledger in a temporary directory, listening on a local port, serving the first org of `kind`. */
export async function openBenchGateway(prefix: string, kind: OrgKind = 'bank'): Promise<BenchGateway> {
  const directory = await mkdtemp(join(tmpdir(), prefix));
  const layout = dataLayout(directory);
  const [topology, consortium, keys] = await Promise.all([loadTopology(DEFAULT_TOPOLOGY), Consortium.load(DEFAULT_TOPOLOGY), loadOrCreateDevKeys(layout.devKeys)]);
  const org = consortium.ofKind(kind)[0]?.mspId ?? topology.orgs[0]?.mspId ?? '';
  const ledger = await openEmbeddedLedger({ directory: layout.ledger, contracts: st2Contracts, topology, ...benchBlockCutting() });
  // The limiter is off: one client address at full speed would measure the limiter, not the gateway.
  const app = await buildApp({ ledger, storeDirectory: layout.gateway, auth: { tokens: { kind: 'dev', publicKey: keys.publicKey }, servedOrgs: consortium.select([org]) }, rateLimit: false });
  const token = (role: string, sub: string) => `Bearer ${signDevToken(keys.privateKey, { role: role as never, sub, org }, 3600)}`;
  const close = async () => {
    await app.close();
    await ledger.close();
    await rm(directory, { recursive: true, force: true });
  };
  return { org, ledger, app, url: await listen(app), token, close };
}

/** ST2_BENCH_BATCH_TIMEOUT_MS: the embedded ledger's batch timeout to measure, instead of its default. */
function benchBlockCutting(): { batchTimeoutMs?: number } {
  const timeout = process.env.ST2_BENCH_BATCH_TIMEOUT_MS;
  return timeout === undefined ? {} : { batchTimeoutMs: Number(timeout) };
}

/** Listens on a free local port and returns the gateway's base URL. */
async function listen(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** Runs one autocannon job in a child process (see load-generator.ts). */
export function load(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'load-generator.js'));
    child.once('message', (result) => resolve(result as LoadResult));
    child.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
    child.send(job);
  });
}

