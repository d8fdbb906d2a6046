import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';

export interface HoldingRow {
  readonly securityId: string;
  readonly balance: string;
  readonly frozen: boolean;
  readonly frozenAmount: string;
}

/** The signed-in investor's own holdings (the gateway answers for the token's own identity). */
export async function ownHoldings(client: St2Client): Promise<Outcome<readonly HoldingRow[]>> {
  const answer = outcomeOf(await client.GET('/v1/holdings', {}));
  return mapOutcome(answer, ({ holdings }) => holdings.map(({ securityId, balance, frozen, frozenAmount }) => ({ securityId, balance, frozen, frozenAmount })));
}
