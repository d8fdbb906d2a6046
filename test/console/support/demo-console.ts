import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayClient, type St2Client } from '../../../console/src/api/client';
import type { Outcome } from '../../../console/src/api/outcome';
import { devSignIn } from '../../../console/src/session/dev-sign-in';
import { loadOrCreateDevKeys } from '../../../gateway/src/auth/dev-keys';
import { Consortium } from '../../../gateway/src/config/consortium';
import { castIdentities, demoCast, type DemoActor, type DemoCast } from '../../../gateway/src/demo/cast';
import { loadDemo } from '../../../gateway/src/demo/seed';
import { startHarness, TOPOLOGY_FILE, type Harness } from '../../gateway/support/harness';

/** A gateway holding the demo, listening on a real port, and a console client per cast member signed in as the console does. */
export interface DemoConsole {
  readonly h: Harness;
  readonly base: string;
  readonly cast: DemoCast;
  /** The typed client the console would hold after signing in as `actor` (the dev sign-in). */
  as(actor: DemoActor): Promise<St2Client>;
}

export async function startDemoConsole(): Promise<DemoConsole> {
  const directory = await mkdtemp(join(tmpdir(), 'st2-console-'));
  const { privateKey } = await loadOrCreateDevKeys(join(directory, 'keys'));
  const cast = demoCast(await Consortium.load(TOPOLOGY_FILE));
  const h = await startHarness({ directory, app: { devSignIn: { privateKey, identities: castIdentities(cast) } } });
  await loadDemo(h.ledger, cast, { now: h.clock.read, waitUntil: async (until) => void (until > h.clock.now && h.clock.advance(until - h.clock.now)) });
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  const clients = new Map<string, St2Client>();
  const as = async (actor: DemoActor) => {
    const known = clients.get(`${actor.role}/${actor.id}`);
    if (known) return known;
    const client = gatewayClient(base, valueOf(await devSignIn(base, { role: actor.role, sub: actor.id, org: actor.org.mspId })).token);
    clients.set(`${actor.role}/${actor.id}`, client);
    return client;
  };
  return { h, base, cast, as };
}

/** The accepted value, or the refusal as a test failure that names its code. */
export function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.code} ${outcome.refusal.message}`);
  return outcome.value;
}
