import { st2Contracts, type Role } from '@st2/chaincode';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type App, type AppOptions } from '../../../gateway/src/app';
import { loadOrCreateDevKeys } from '../../../gateway/src/auth/dev-keys';
import { signDevToken } from '../../../gateway/src/auth/dev-tokens';
import type { AuthOptions } from '../../../gateway/src/auth/plugin';
import type { TokenClaims } from '../../../gateway/src/auth/principal';
import { Consortium } from '../../../gateway/src/config/consortium';
import { OrgKeyring } from '../../../gateway/src/confidential/org-keyring';
import { loadTopology, openEmbeddedLedger, type EmbeddedLedger, type Topology } from '../../../gateway/src/ledger/embedded';

export const TOPOLOGY_FILE = join(__dirname, '../../../network/topology.json');

/** A moving clock for the embedded ledger: tests step over lock-ups and expiries. */
export class TestClock {
  constructor(public now = Date.UTC(2030, 0, 1)) {}
  readonly read = (): number => this.now;
  advance(ms: number): void {
    this.now += ms;
  }
}

export interface Actor {
  readonly role: Role;
  readonly id: string;
  /** Org name in the topology (bank1, bank2, custodian, regulator). */
  readonly org: string;
}

export interface Harness {
  /** The current app (replaced by `restartApp`). */
  readonly app: App;
  readonly ledger: EmbeddedLedger;
  readonly clock: TestClock;
  readonly topology: Topology;
  readonly directory: string;
  /** Every org's opening key, which the app reads openings with (registering them is up to the test). */
  readonly orgKeys: OrgKeyring;
  /** A bearer header for an actor. */
  auth(actor: Actor): { authorization: string };
  /** A bearer header with any claims at all, signed by the gateway's key (for tests of bad claims). */
  bearer(claims: Record<string, unknown>, ttlSeconds?: number): { authorization: string };
  mspId(org: string): string;
  /** Closes the app and builds a new one on the same store and ledger, as after a gateway restart. */
  restartApp(): Promise<App>;
  /** Another gateway on the same ledger with a store of its own (as a second member, or one whose store was lost), optionally configured otherwise. */
  secondApp(overrides?: Partial<AppOptions>): Promise<App>;
  /** Closes the app and the ledger, keeps the directory (for restart tests). */
  stop(): Promise<void>;
  /** Stops and deletes everything. */
  close(): Promise<void>;
}

export interface HarnessOptions {
  readonly directory?: string;
  /** Sign-in and served orgs; default dev tokens for every org of the topology. */
  readonly auth?: Partial<AuthOptions>;
  readonly app?: Partial<Omit<AppOptions, 'ledger' | 'storeDirectory' | 'auth'>>;
}

/** A gateway over a REAL embedded ledger in a temp directory, with dev keys and tokens. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const directory = options.directory ?? (await mkdtemp(join(tmpdir(), 'st2-gateway-')));
  const [topology, consortium] = await Promise.all([loadTopology(TOPOLOGY_FILE), Consortium.load(TOPOLOGY_FILE)]);
  const clock = new TestClock();
  const ledger = await openEmbeddedLedger({ directory: join(directory, 'ledger'), contracts: st2Contracts, topology, clock: clock.read });
  const keys = await loadOrCreateDevKeys(join(directory, 'keys'));
  const orgKeys = await OrgKeyring.open(join(directory, 'org-keys'), topology.orgs.map((org) => org.mspId));
  const appOptions = (storeDirectory: string): AppOptions => ({
    ledger,
    storeDirectory,
    auth: { tokens: { kind: 'dev', publicKey: keys.publicKey }, servedOrgs: consortium.orgs, ...options.auth },
    rateLimit: false,
    underPressure: false,
    consistencyTimeoutMs: 2_000,
    clock: clock.read,
    orgKeys,
    ...options.app,
  });
  const open = async (storeDirectory: string, overrides: Partial<AppOptions> = {}) => {
    const built = await buildApp({ ...appOptions(storeDirectory), ...overrides });
    await built.ready();
    return built;
  };
  let app = await open(join(directory, 'gateway'));
  const others: App[] = [];
  const mspId = (org: string): string => {
    const found = topology.orgs.find((o) => o.name === org);
    if (!found) throw new Error(`no org ${org} in the topology`);
    return found.mspId;
  };
  const stop = async () => {
    for (const other of others) await other.close();
    await app.close();
    await ledger.close();
  };
  return {
    get app() {
      return app;
    },
    ledger, clock, topology, directory, orgKeys, mspId, stop,
    restartApp: async () => {
      await app.close();
      app = await open(join(directory, 'gateway'));
      return app;
    },
    secondApp: async (overrides) => {
      const other = await open(join(directory, `gateway-${others.length + 2}`), overrides);
      others.push(other);
      return other;
    },
    auth: (actor) => ({ authorization: `Bearer ${signDevToken(keys.privateKey, { role: actor.role, sub: actor.id, org: mspId(actor.org) }, 3600)}` }),
    bearer: (claims, ttlSeconds = 3600) => ({ authorization: `Bearer ${signDevToken(keys.privateKey, claims as unknown as TokenClaims, ttlSeconds)}` }),
    close: async () => {
      await stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
