import type { St2Client } from '../api/client';
import { outcomeOf, type Outcome } from '../api/outcome';

/** The member's view of the network, as the gateway reports it (GET /v1/network). */
export async function networkStatus(client: St2Client) {
  return outcomeOf(await client.GET('/v1/network', {}));
}

export type NetworkStatus = Awaited<ReturnType<typeof networkStatus>> extends Outcome<infer T> ? T : never;
