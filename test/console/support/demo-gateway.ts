import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayClient, type St2Client } from '../../../console/src/api/client';
import type { Outcome } from '../../../console/src/api/outcome';
import { devIdentities, devSignIn } from '../../../console/src/session/dev-sign-in';
import { loadOrCreateDevKeys } from '../../../gateway/src/auth/dev-keys';
import { Consortium } from '../../../gateway/src/config/consortium';
import { castIdentities, demoCast, type DemoActor, type DemoCast } from '../../../gateway/src/demo/cast';
import { loadDemo } from '../../../gateway/src/demo/seed';
import { startHarness, TOPOLOGY_FILE, type Harness } from '../../gateway/support/harness';

/** A gateway holding the demo, listening on a real port, with development sign-in for the demo's cast. */
export interface DemoGateway {
  readonly h: Harness;
  readonly base: string;
  readonly cast: DemoCast;
  /** The console's client for `actor`, signed in as the console signs in (GET /dev/identities, POST /dev/sign-in). */
  readonly as: (actor: DemoActor) => Promise<St2Client>;
}

export async function startDemoGateway(prefix: string): Promise<DemoGateway> {
  const directory = await mkdtemp(join(tmpdir(), prefix));
  const { privateKey } = await loadOrCreateDevKeys(join(directory, 'keys'));
  const cast = demoCast(await Consortium.load(TOPOLOGY_FILE));
  const h = await startHarness({ directory, app: { devSignIn: { privateKey, identities: castIdentities(cast) } } });
  await loadDemo(h.ledger, cast, { now: h.clock.read, waitUntil: async (until) => void (until > h.clock.now && h.clock.advance(until - h.clock.now)) });
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  // One sign-in per cast member: a test that asks twice gets the same client.
  const clients = new Map<string, Promise<St2Client>>();
  const signIn = async (actor: DemoActor): Promise<St2Client> => {
    const offered = valueOf(await devIdentities(base)).find((item) => item.sub === actor.id && item.role === actor.role);
    if (!offered) throw new Error(`${actor.id} is not offered for sign-in`);
    return gatewayClient(base, valueOf(await devSignIn(base, offered)).token);
  };
  const as = (actor: DemoActor): Promise<St2Client> => {
    const key = `${actor.role}/${actor.id}`;
    if (!clients.has(key)) clients.set(key, signIn(actor));
    return clients.get(key)!;
  };
  return { h, base, cast, as };
}

/** An outcome's value; a refusal fails the test with its code and message. */
export function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.code} ${outcome.refusal.message}`);
  return outcome.value;
}
