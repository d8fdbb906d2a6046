import rateLimit from '@fastify/rate-limit';
import fastifySse from '@fastify/sse';
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import underPressure from '@fastify/under-pressure';
import type { Prover } from '@st2/circuits';
import Fastify, { type FastifyInstance, type FastifyServerOptions, type RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { authPlugin, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, type AuthOptions } from './auth/plugin';
import { OrgKeyring } from './confidential/org-keyring';
import { consolePlugin, type ConsoleOptions } from './console/plugin';
import { consoleSignIn } from './console/sign-in-config';
import { devClockRoute } from './dev/clock-route';
import type { AdjustableClock } from './dev/dev-clock';
import { devSignInRoute, type DevSignInOptions } from './dev/sign-in-route';
import { docsPlugin } from './docs/plugin';
import { OverloadedError, RateLimitedError } from './errors/api-error';
import { errorsPlugin, frameworkErrors } from './errors/plugin';
import { healthPlugin } from './health/plugin';
import { lagBlocks } from './health/readiness';
import { Idempotency } from './idempotency/idempotency';
import { StoredResponses } from './idempotency/responses';
import type { Ledger } from './ledger/ledger';
import { DEFAULT_RETRY, Submitter, type RetryPolicy } from './ledger/submitter';
import { bodiesPlugin, MAX_BODY_BYTES } from './limits/bodies';
import { DEFAULT_STREAM_SETTINGS, StreamLimits, type StreamSettings } from './limits/streams';
import { Metrics } from './metrics/metrics';
import { metricsPlugin } from './metrics/plugin';
import { AuditLog } from './projections/audit-log';
import { Consistency } from './projections/consistency';
import { ProjectionStore } from './projections/projection-store';
import { Projector } from './projections/projector';
import { CustodyBook } from './custody/custody-book';
import { ReadModel } from './projections/read-model';
import { routesPlugin } from './routes/plugin';
import { SanctionsListStore } from './oracles/sanctions-list-store';
import { RefusalLog } from './refusals/refusal-log';
import { securityHeadersPlugin } from './security-headers';
import type { Services } from './services';
import { GatewayStore } from './store/gateway-store';

export interface RateLimitSettings {
  /** Requests per window per principal (org and subject), or per client address before a principal is known. */
  readonly max: number;
  readonly timeWindowMs: number;
}

export interface PressureSettings {
  readonly maxEventLoopDelayMs?: number;
  readonly maxHeapUsedBytes?: number;
  readonly maxRssBytes?: number;
}

export interface AppOptions {
  /** The ledger backend. The app reads and writes it but does not own it: whoever opened it closes it. */
  readonly ledger: Ledger;
  /** The gateway's own LevelDB database: read models and stored idempotent responses. */
  readonly storeDirectory: string;
  readonly auth: AuthOptions;
  /** Default 1,000 requests a second per principal; false turns it off. */
  readonly rateLimit?: RateLimitSettings | false;
  /** Default: 503 once the event loop lags by 1 s; false turns it off. */
  readonly underPressure?: PressureSettings | false;
  readonly logger?: FastifyServerOptions['logger'];
  /** Longest a `?consistentWith=` read waits for the read model; default 5 s. */
  readonly consistencyTimeoutMs?: number;
  readonly retry?: RetryPolicy;
  readonly projectionBatchLimit?: number;
  /** What "now" is for time-dependent views (a security's maturity); default Date.now. Tests share the ledger's. */
  readonly clock?: () => number;
  /** Org opening keys for GET /v1/confidential/notes (a member: its own org's); default none, so no opening is listed. */
  readonly orgKeys?: OrgKeyring;
  /** The prover of the confidential routes; default one loaded at their first use (artifacts read then). */
  readonly prover?: Prover;
  /** Event streams per principal and their write timeout; default 4 and 30 s. */
  readonly streams?: Partial<StreamSettings>;
  /** Largest request body in bytes; default MAX_BODY_BYTES (413 beyond). */
  readonly bodyLimit?: number;
  /**
   * The embedded ledger's development clock (`--clock dev`): serves `/v1/dev/clock` to move it. Only with
   * development sign-in; the server never passes one for Fabric, whose transaction timestamp is the only clock.
   */
  readonly devClock?: AdjustableClock;
  /** Sanctions lists this gateway keeps from its start, as if their publisher had put them (the demo's). */
  readonly sanctionsLists?: readonly { readonly feedId: string; readonly parties: readonly string[] }[];
  /** The web console at /console (default: the one `npm run build` builds). */
  readonly console?: ConsoleOptions;
  /**
   * The console's development sign-in (`/dev/identities`, `/dev/sign-in`), minting tokens with the local dev key.
   * Only with development sign-in: the server passes it under --dev-identity alone.
   */
  readonly devSignIn?: DevSignInOptions;
}

export type App = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyInstance['log'], TypeBoxTypeProvider>;

// Per principal: stops a runaway client without throttling a member's back office, from however many addresses it calls.
const DEFAULT_RATE_LIMIT: RateLimitSettings = { max: 1_000, timeWindowMs: 1_000 };
const DEFAULT_PRESSURE: PressureSettings = { maxEventLoopDelayMs: 1_000 };

/**
 * The gateway: one Fastify instance over an injected ledger. Opens its store and starts its projector when
 * ready; closing the app stops both (and ends open event streams), not the ledger.
 */
export async function buildApp(options: AppOptions): Promise<App> {
  const store = await GatewayStore.open(options.storeDirectory);
  try {
    return await assemble(options, store);
  } catch (error) {
    await store.close();
    throw error;
  }
}

async function assemble(options: AppOptions, store: GatewayStore): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    // A caller's own request id (from a proxy or client) is kept so logs can be joined across systems.
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // Ids are up to 128 characters (the domain's Id); longer ones still reach validation and get a 400.
    routerOptions: { maxParamLength: 512 },
    bodyLimit: options.bodyLimit ?? MAX_BODY_BYTES,
    frameworkErrors,
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Bodies are checked by the same TypeBox compiler the chaincode uses: no coercion, no silently dropped fields.
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  const metrics = new Metrics();
  const shutdown = new AbortController();
  const services = await openServices(options, store, metrics, app, shutdown.signal);
  metrics.observeLag(async () => lagBlocks(await options.ledger.height(), services.projector));

  await app.register(errorsPlugin);
  // No global Content-Security-Policy: the API serves JSON, and Swagger UI sets its own CSP on its pages.
  await app.register(securityHeadersPlugin, { contentSecurityPolicy: false });
  await registerProtection(app, options);
  await app.register(metricsPlugin, { metrics });
  await app.register(docsPlugin);
  await app.register(authPlugin, options.auth);
  await app.register(bodiesPlugin);
  await app.register(fastifySse);
  await app.register(healthPlugin, { services });
  await app.register(routesPlugin, { services });
  if (options.devClock) {
    if (options.auth.tokens.kind !== 'dev') throw new Error('the development clock is for development sign-in only (--dev-identity)');
    await app.register(devClockRoute, { clock: options.devClock });
  }
  await app.register(consolePlugin, { ...options.console, signIn: consoleSignIn(options.auth, options.devSignIn !== undefined, options.console?.oidcClient) });
  if (options.devSignIn) {
    if (options.auth.tokens.kind !== 'dev') throw new Error('the console\'s development sign-in is for development sign-in only (--dev-identity)');
    const maxLifetimeSeconds = options.auth.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
    await app.register(devSignInRoute, { ...options.devSignIn, servedOrgs: options.auth.servedOrgs, maxLifetimeSeconds });
  }

  app.addHook('onReady', async () => {
    services.projector.start();
    services.custodyBook.start(services.projector);
  });
  app.addHook('preClose', async () => shutdown.abort());
  app.addHook('onClose', async () => {
    await services.projector.stop();
    await services.custodyBook.stop();
    await store.close();
  });
  return app;
}

async function openServices(options: AppOptions, store: GatewayStore, metrics: Metrics, app: App, shutdown: AbortSignal): Promise<Services> {
  const { ledger } = options;
  const projections = new ProjectionStore(store);
  const projector = await Projector.open(ledger, projections, { metrics, log: app.log, ...(options.projectionBatchLimit ? { batchLimit: options.projectionBatchLimit } : {}) });
  const audit = new AuditLog(projections);
  const readModel = new ReadModel(projections);
  const servedOrgs = new Set(options.auth.servedOrgs.map((org) => org.mspId));
  const sanctionsLists = new SanctionsListStore(store);
  for (const { feedId, parties } of options.sanctionsLists ?? []) await sanctionsLists.put(feedId, parties);
  return {
    ledger,
    submitter: new Submitter(ledger, metrics, options.retry ?? DEFAULT_RETRY),
    projector,
    readModel,
    custodyBook: new CustodyBook(store, projections, readModel, ledger, servedOrgs, app.log),
    audit,
    consistency: new Consistency(projector, audit, ledger, options.consistencyTimeoutMs ?? 5_000),
    idempotency: new Idempotency(new StoredResponses(store.sublevel('idempotency'))),
    sanctionsLists,
    refusals: new RefusalLog(store.sublevel('refusals'), app.log),
    shutdown,
    streams: new StreamLimits({ ...DEFAULT_STREAM_SETTINGS, ...options.streams }),
    clock: options.clock ?? Date.now,
    orgKeys: options.orgKeys ?? OrgKeyring.empty(),
    ...(options.prover ? { prover: options.prover } : {}),
  };
}

/** Rate limiting and load shedding, both answering in the API's error format (429, 503 with Retry-After). */
async function registerProtection(app: App, options: AppOptions): Promise<void> {
  const limit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  if (limit) {
    await app.register(rateLimit, {
      max: limit.max,
      timeWindow: limit.timeWindowMs,
      // The limiter runs after authentication (its hook is the route's, the auth hook the app's): a caller is
      // counted as its principal; only public routes (health, docs) fall back to the address.
      keyGenerator: (request) => (request.principal ? `principal:${request.principal.org}/${request.principal.id}` : `address:${request.ip}`),
      errorResponseBuilder: (_request, context) => new RateLimitedError(Math.max(1, Math.ceil(context.ttl / 1000))),
    });
  }
  const pressure = options.underPressure ?? DEFAULT_PRESSURE;
  if (pressure) {
    await app.register(underPressure, {
      ...(pressure.maxEventLoopDelayMs ? { maxEventLoopDelay: pressure.maxEventLoopDelayMs } : {}),
      ...(pressure.maxHeapUsedBytes ? { maxHeapUsedBytes: pressure.maxHeapUsedBytes } : {}),
      ...(pressure.maxRssBytes ? { maxRssBytes: pressure.maxRssBytes } : {}),
      customError: OverloadedError,
    });
  }
}
