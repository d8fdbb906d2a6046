import './config/chaincode-logging';
import { Command, Option } from 'commander';
import { Prover } from '@st2/circuits';
import { buildApp } from './app';
import { loadOrCreateDevKeys, type DevKeys } from './auth/dev-keys';
import { DEV_TOKEN_TTL_SECONDS, signDevToken } from './auth/dev-tokens';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS } from './auth/plugin';
import type { TokenSource } from './auth/token-verifier';
import { Consortium } from './config/consortium';
import { dataLayout, DEFAULT_TOPOLOGY } from './config/layout';
import { openServedLedger } from './config/served-ledger';
import { openConsortiumKeyring } from './confidential/org-key-registration';
import { callerOf, castIdentities, demoCast, type DemoActor } from './demo/cast';
import { DEMO_SANCTIONS_LIST, loadDemo, systemTime } from './demo/seed';
import { demoFigures } from './demo/showcase';
import { DevClock } from './dev/dev-clock';
import { loadTopology } from './ledger/embedded';

interface ServerOptions {
  readonly port: number;
  readonly host: string;
  readonly data: string;
  readonly topology: string;
  readonly demo: boolean;
  readonly fabric?: string;
  readonly devIdentity: boolean;
  readonly oidcIssuer?: string;
  readonly oidcAudience?: string;
  readonly oidcJwksUri?: string;
  readonly oidcConsoleClientId?: string;
  readonly oidcConsoleScope?: string;
  readonly servedOrgs: readonly string[];
  readonly claimRole: string;
  readonly claimSub: string;
  readonly claimOrg: string;
  readonly tokenMaxLifetime?: number;
  readonly tokenClockTolerance?: number;
  readonly clock: 'system' | 'dev';
}

const list = (value: string): string[] => value.split(',').map((item) => item.trim()).filter(Boolean);

function parseOptions(argv: readonly string[]): ServerOptions {
  const program = new Command('st2-gateway')
    .description('st2 gateway on the embedded ledger')
    // A mistaken option is the caller's to fix: one line naming it (commander's `error: ...`, exit 1), no stack trace.
    .showHelpAfterError('(st2-gateway --help lists every option)')
    .addOption(new Option('--port <port>', 'port to listen on').env('ST2_PORT').default(8080).argParser((value) => Number.parseInt(value, 10)))
    .addOption(new Option('--host <host>', 'address to listen on').env('ST2_HOST').default('127.0.0.1'))
    .addOption(new Option('--data <dir>', 'data directory: ledger, read models, dev keys, org keys (default .st2/embedded, with --fabric .st2/fabric-gateway)').env('ST2_DATA'))
    .addOption(new Option('--fabric <profile>', 'serve a Fabric network through its connection profile (npm run network:up writes .st2/network/connection-profile.json) instead of the embedded ledger').env('ST2_FABRIC_PROFILE'))
    .addOption(new Option('--topology <file>', 'consortium description').env('ST2_TOPOLOGY').default(DEFAULT_TOPOLOGY))
    .option('--demo', 'load the demo data (again: a no-op); or ST2_DEMO=1', false)
    .addOption(new Option('--dev-identity', 'development sign-in: accept tokens signed by the local dev key (npm run token, the banner\'s), never in production').env('ST2_DEV_IDENTITY').default(false))
    .addOption(new Option('--oidc-issuer <url>', 'production sign-in: the member\'s OpenID Connect issuer; tokens are verified against its JWKS').env('ST2_OIDC_ISSUER').conflicts('devIdentity'))
    .addOption(new Option('--oidc-audience <audience>', 'the audience tokens must name (this gateway\'s resource identifier)').env('ST2_OIDC_AUDIENCE'))
    .addOption(new Option('--oidc-jwks-uri <url>', 'the issuer\'s JWKS (default: from its discovery document)').env('ST2_OIDC_JWKS_URI'))
    .addOption(new Option('--oidc-console-client-id <id>', 'the console\'s client at the issuer (public: no secret; authorization code with PKCE; redirect URI <gateway>/console/callback)').env('ST2_OIDC_CONSOLE_CLIENT_ID'))
    .addOption(new Option('--oidc-console-scope <scopes>', 'scopes the console asks for (default openid)').env('ST2_OIDC_CONSOLE_SCOPE'))
    .addOption(new Option('--served-orgs <orgs>', 'comma-separated org names or MSP ids whose members this gateway serves (a member: its own org); default every org of the topology, in dev mode only').env('ST2_SERVED_ORGS').default([]).argParser(list))
    .addOption(new Option('--claim-role <name>', 'token claim holding the st2 role').env('ST2_CLAIM_ROLE').default('role'))
    .addOption(new Option('--claim-sub <name>', 'token claim holding the st2 identity').env('ST2_CLAIM_SUB').default('sub'))
    .addOption(new Option('--claim-org <name>', 'token claim holding the org\'s MSP id').env('ST2_CLAIM_ORG').default('org'))
    .addOption(new Option('--token-max-lifetime <seconds>', 'longest token lifetime accepted (default 1 h with OIDC, 12 h in dev mode)').env('ST2_TOKEN_MAX_LIFETIME').argParser((value) => Number.parseInt(value, 10)))
    .addOption(new Option('--token-clock-tolerance <seconds>', 'clock skew allowed on exp, nbf and iat (default 30 s)').env('ST2_TOKEN_CLOCK_TOLERANCE').argParser((value) => Number.parseInt(value, 10)))
    .addOption(new Option('--clock <clock>', 'the embedded ledger\'s transaction time: system, or dev (development only: a clock POST /v1/dev/clock moves forward; needs --dev-identity, never with --fabric)').env('ST2_CLOCK').choices(['system', 'dev']).default('system'))
    .parse([...argv]);
  const options = program.opts<Omit<ServerOptions, 'data'> & { data?: string }>();
  const refuse = (message: string): never => program.error(`error: ${message}`);
  if (options.oidcIssuer ? !options.oidcAudience : !options.devIdentity) {
    refuse('choose how callers sign in: --oidc-issuer <url> with --oidc-audience <aud> (production), or --dev-identity (development; npm start passes it)');
  }
  if (options.oidcConsoleClientId && !options.oidcIssuer) refuse('--oidc-console-client-id names the console\'s client at an OpenID Connect provider: it needs --oidc-issuer');
  if (options.oidcIssuer && options.servedOrgs.length === 0) refuse('a production gateway names the org(s) it serves: --served-orgs <org>');
  if (options.clock === 'dev' && (options.fabric || !options.devIdentity)) {
    refuse('--clock dev is for development on the embedded ledger: it needs --dev-identity and cannot be used with --fabric, where the transaction timestamp is the only clock');
  }
  // A gateway's store follows one ledger: the embedded one and a Fabric network never share it.
  const data = options.data ?? (options.fabric ? '.st2/fabric-gateway' : '.st2/embedded');
  // commander would take ST2_DEMO=0 as "set"; only a true-ish value turns the demo on.
  return { ...options, data, demo: options.demo || /^(1|true|yes)$/i.test(process.env.ST2_DEMO ?? '') };
}

/** Opens the ledger (embedded, or Fabric), builds the app, optionally loads the demo, listens, and says how to start. */
async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  const layout = dataLayout(options.data);
  const [topology, consortium] = await Promise.all([loadTopology(options.topology), Consortium.load(options.topology)]);
  const servedOrgs = consortium.select(options.servedOrgs);
  const identity = await signIn(options, layout.devKeys);
  const devClock = options.clock === 'dev' ? await DevClock.open(layout.devClock) : undefined;
  const served = await openServedLedger({ ...(options.fabric ? { fabricProfile: options.fabric } : {}), layout, topology, ...(devClock ? { clock: devClock.now } : {}) });
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
    auth: {
      tokens: identity.tokens,
      servedOrgs,
      claims: { role: options.claimRole, subject: options.claimSub, org: options.claimOrg },
      maxTokenLifetimeSeconds: identity.maxLifetimeSeconds,
      ...(options.tokenClockTolerance === undefined ? {} : { clockToleranceSeconds: options.tokenClockTolerance }),
    },
    logger: { level: process.env.ST2_LOG_LEVEL ?? 'info', ...(process.stdout.isTTY ? { transport: { target: 'pino-pretty' } } : {}) },
    ...(devClock ? { clock: devClock.now, devClock } : {}),
    ...(options.demo ? { sanctionsLists: [DEMO_SANCTIONS_LIST] } : {}),
    ...(options.oidcConsoleClientId ? { console: { oidcClient: { clientId: options.oidcConsoleClientId, ...(options.oidcConsoleScope ? { scope: options.oidcConsoleScope } : {}) } } } : {}),
    ...(identity.kind === 'dev' ? { devSignIn: { privateKey: identity.keys.privateKey, identities: castIdentities(cast) } } : {}),
  });
  if (options.demo) {
    const time = devClock ? { now: devClock.now, waitUntil: async (t: number) => void (t > devClock.now() && (await devClock.advance(t - devClock.now()))) } : systemTime;
    const { applied, skipped } = await loadDemo(ledger, cast, time, (line) => app.log.info(line));
    app.log.info({ applied, skipped }, 'demo loaded');
    // The figures are asked of this gateway as the regulator, with a dev token: only when it signs them and serves that org.
    if (identity.kind === 'dev' && servedOrgs.some((org) => org.mspId === cast.regulator.org.mspId)) {
      const regulator = signDevToken(identity.keys.privateKey, { role: cast.regulator.role, sub: cast.regulator.id, org: cast.regulator.org.mspId }, 60);
      for (const line of await demoFigures(app, `Bearer ${regulator}`, await ledger.height())) app.log.info(line);
    }
  }
  const stop = async () => {
    await app.close();
    await ledger.close();
    prover.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const url = await app.listen({ port: options.port, host: options.host });
  const servedMspIds = new Set(servedOrgs.map((org) => org.mspId));
  const actors = Object.values(cast).filter((actor) => servedMspIds.has(actor.org.mspId));
  process.stdout.write(banner({ url, identity, actors, prover, ledger: served.description, servedOrgs: servedOrgs.map((org) => org.mspId), devClock: devClock !== undefined, data: options.data }));
}

/** How callers sign in: tokens from the member's OIDC provider, or (explicitly) dev tokens signed by a local key. */
type SignIn =
  | { readonly kind: 'oidc'; readonly tokens: TokenSource; readonly maxLifetimeSeconds: number }
  | { readonly kind: 'dev'; readonly tokens: TokenSource; readonly maxLifetimeSeconds: number; readonly keys: DevKeys };

async function signIn(options: ServerOptions, devKeys: string): Promise<SignIn> {
  if (options.oidcIssuer && options.oidcAudience) {
    const tokens: TokenSource = { kind: 'oidc', issuer: options.oidcIssuer, audience: options.oidcAudience, ...(options.oidcJwksUri ? { jwksUri: options.oidcJwksUri } : {}) };
    return { kind: 'oidc', tokens, maxLifetimeSeconds: options.tokenMaxLifetime ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS };
  }
  const keys = await loadOrCreateDevKeys(devKeys);
  return { kind: 'dev', tokens: { kind: 'dev', publicKey: keys.publicKey }, maxLifetimeSeconds: options.tokenMaxLifetime ?? DEV_TOKEN_TTL_SECONDS, keys };
}

/** The confidential routes' prover, loaded at start: a first build of the native prover prints its progress here, not in a request. */
function loadProver(): Promise<Prover> {
  return Prover.load();
}

interface BannerFacts {
  readonly url: string;
  readonly identity: SignIn;
  readonly actors: readonly DemoActor[];
  readonly prover: Prover;
  readonly ledger: string;
  readonly servedOrgs: readonly string[];
  readonly devClock: boolean;
  /** The data directory, whose dev key signs `npm run token`'s tokens too. */
  readonly data: string;
}

function banner({ url, identity, actors, prover, ledger, servedOrgs, devClock, data }: BannerFacts): string {
  return [
    '',
    `st2 gateway listening on ${url}, serving the ${ledger}`,
    `  API docs (Swagger UI): ${url}/docs    OpenAPI: ${url}/openapi.json`,
    `  console: ${url}/console    health: ${url}/health  ready: ${url}/ready  metrics: ${url}/metrics`,
    `  confidential proofs made by ${prover.engine === 'rapidsnark' ? 'rapidsnark (native)' : 'snarkjs (set up Go and g++ for the faster native prover)'}`,
    `  serving the members of ${servedOrgs.join(', ')} (--served-orgs; a member's production gateway serves its own org only)`,
    '  stop: Ctrl-C, or SIGTERM to this process or to npm start (the native prover stops with it)',
    ...(devClock ? [`  development clock: POST ${url}/v1/dev/clock {"advanceMs": 86400000} moves the ledger's time a day forward`] : []),
    '',
    ...(identity.kind === 'dev' ? devTokens(identity, actors, data) : [`Sign-in: bearer tokens from ${identity.tokens.kind === 'oidc' ? identity.tokens.issuer : ''}, at most ${identity.maxLifetimeSeconds} s long.`, '']),
  ].join('\n');
}

function devTokens(identity: Extract<SignIn, { kind: 'dev' }>, actors: readonly DemoActor[], data: string): string[] {
  const tokens = actors.map((actor) => {
    const token = signDevToken(identity.keys.privateKey, { role: actor.role, sub: actor.id, org: actor.org.mspId }, DEV_TOKEN_TTL_SECONDS);
    return `  ${actor.role.padEnd(12)} ${actor.id.padEnd(18)} ${actor.org.mspId.padEnd(14)} ${token}`;
  });
  return [
    `Dev tokens (development sign-in; valid ${DEV_TOKEN_TTL_SECONDS / 3600} h; paste into "Authorize" in /docs, or send as "Authorization: Bearer <token>"):`,
    ...tokens,
    '',
    // The data directory differs per ledger (.st2/fabric-gateway under start:fabric): a token signed by another one's key is refused.
    `More: npm run token -- --data ${data} --role <role> --sub <identity> --org <org or MSP id>`,
    '',
  ];
}

main().catch((error: unknown) => {
  process.stderr.write(`st2 gateway failed to start: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
