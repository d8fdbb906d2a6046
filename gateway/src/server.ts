import './config/chaincode-logging';
import { Command, Option } from 'commander';
import { Prover } from '@st2/circuits';
import { buildApp } from './app';
import { loadOrCreateDevKeys, type DevKeys } from './auth/dev-keys';
import { signDevToken } from './auth/dev-tokens';
import { Consortium } from './config/consortium';
import { dataLayout, DEFAULT_TOPOLOGY } from './config/layout';
import { openServedLedger } from './config/served-ledger';
import { openConsortiumKeyring } from './confidential/org-key-registration';
import { callerOf, demoCast, type DemoActor } from './demo/cast';
import { loadDemo } from './demo/seed';
import { loadTopology } from './ledger/embedded';

interface ServerOptions {
  readonly port: number;
  readonly host: string;
  readonly data: string;
  readonly topology: string;
  readonly demo: boolean;
  readonly fabric?: string;
}

const DEV_TOKEN_TTL_SECONDS = 12 * 3600;

function parseOptions(argv: readonly string[]): ServerOptions {
  const options = new Command('st2-gateway')
    .description('st2 gateway on the embedded ledger')
    .addOption(new Option('--port <port>', 'port to listen on').env('ST2_PORT').default(8080).argParser((value) => Number.parseInt(value, 10)))
    .addOption(new Option('--host <host>', 'address to listen on').env('ST2_HOST').default('127.0.0.1'))
    .addOption(new Option('--data <dir>', 'data directory: ledger, read models, dev keys, org keys (default .st2/embedded, with --fabric .st2/fabric-gateway)').env('ST2_DATA'))
    .addOption(new Option('--fabric <profile>', 'serve a Fabric network through its connection profile (npm run network:up writes .st2/network/connection-profile.json) instead of the embedded ledger').env('ST2_FABRIC_PROFILE'))
    .addOption(new Option('--topology <file>', 'consortium description').env('ST2_TOPOLOGY').default(DEFAULT_TOPOLOGY))
    .option('--demo', 'load the demo data (again: a no-op); or ST2_DEMO=1', false)
    .parse([...argv])
    .opts<Omit<ServerOptions, 'data'> & { data?: string }>();
  // A gateway's store follows one ledger: the embedded one and a Fabric network never share it.
  const data = options.data ?? (options.fabric ? '.st2/fabric-gateway' : '.st2/embedded');
  // commander would take ST2_DEMO=0 as "set"; only a true-ish value turns the demo on.
  return { ...options, data, demo: options.demo || /^(1|true|yes)$/i.test(process.env.ST2_DEMO ?? '') };
}

/** Opens the ledger (embedded, or Fabric), builds the app, optionally loads the demo, listens, and says how to start. */
async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  const layout = dataLayout(options.data);
  const [topology, consortium, keys] = await Promise.all([loadTopology(options.topology), Consortium.load(options.topology), loadOrCreateDevKeys(layout.devKeys)]);
  const served = await openServedLedger({ ...(options.fabric ? { fabricProfile: options.fabric } : {}), layout, topology });
  const { ledger } = served;
  const cast = demoCast(consortium);
  // This development gateway plays every org: it holds every org's opening key and registers the missing ones.
  const orgKeys = await openConsortiumKeyring(ledger, callerOf(cast.admin), served.orgKeys, topology);
  const prover = await loadProver();
  const app = await buildApp({
    ledger,
    storeDirectory: layout.gateway,
    orgKeys,
    prover,
    auth: { publicKey: keys.publicKey, orgs: topology.orgs.map((org) => org.mspId) },
    logger: { level: process.env.ST2_LOG_LEVEL ?? 'info', ...(process.stdout.isTTY ? { transport: { target: 'pino-pretty' } } : {}) },
  });
  if (options.demo) {
    const { applied, skipped } = await loadDemo(ledger, cast, Date.now());
    app.log.info({ applied, skipped }, 'demo loaded');
  }
  const stop = async () => {
    await app.close();
    await ledger.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const url = await app.listen({ port: options.port, host: options.host });
  process.stdout.write(banner(url, keys, Object.values(cast), prover, served.description));
}

/** The confidential routes' prover, loaded at start: a first build of the native prover prints its progress here, not in a request. */
function loadProver(): Promise<Prover> {
  return Prover.load();
}

function banner(url: string, keys: DevKeys, actors: readonly DemoActor[], prover: Prover, ledger: string): string {
  const tokens = actors.map((actor) => {
    const token = signDevToken(keys.privateKey, { role: actor.role, sub: actor.id, org: actor.org.mspId }, DEV_TOKEN_TTL_SECONDS);
    return `  ${actor.role.padEnd(12)} ${actor.id.padEnd(18)} ${actor.org.mspId.padEnd(14)} ${token}`;
  });
  return [
    '',
    `st2 gateway listening on ${url}, serving the ${ledger}`,
    `  API docs (Swagger UI): ${url}/docs    OpenAPI: ${url}/openapi.json`,
    `  health: ${url}/health  ready: ${url}/ready  metrics: ${url}/metrics`,
    `  confidential proofs made by ${prover.engine === 'rapidsnark' ? 'rapidsnark (native)' : 'snarkjs (set up Go and g++ for the faster native prover)'}`,
    '',
    `Dev tokens (valid ${DEV_TOKEN_TTL_SECONDS / 3600} h; paste into "Authorize" in /docs, or send as "Authorization: Bearer <token>"):`,
    ...tokens,
    '',
    'More: node gateway/dist/cli/token.js --role <role> --sub <identity> --org <org or MSP id>',
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`st2 gateway failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
