import { Type } from '@sinclair/typebox';
import { Id } from '@st2/chaincode';
import { principalOf, type Principal } from '../auth/principal';
import { CustodyDesk } from '../custody/custody-desk';
import type { SubmitResult } from '../ledger/ledger';
import type { Services } from '../services';
import { operation } from './operation';
import { IdempotencyHeaders, IdParams, WriteResultSchema } from './schemas';
import { idempotentWrite, writeResult } from './write';

/** What a custodian's claim for its account submits: the record `{id}` names, for the account, through its desk. */
type Claim = (desk: CustodyDesk, caller: Principal, claim: { id: string; accountId: string; requestId: string | undefined }, services: Services) => Promise<SubmitResult>;

/**
 * A custodian applying a record (`{id}`: a distribution, a corporate action) to its custody account `accountId`:
 * its desk names the account's beneficial owners privately (docs/custody.md), through the one write pipeline.
 */
export function custodianClaim(summary: string, description: string, tags: string[], claim: Claim) {
  return operation({
    summary,
    description,
    tags,
    effect: 'write',
    schema: { params: IdParams, body: Type.Object({ accountId: Id }, { additionalProperties: false }), headers: IdempotencyHeaders, response: { 200: WriteResultSchema } },
    handle: (request, reply, services) => idempotentWrite(request, reply, services, 200, async (requestId) => {
      // The desk reads the record and the account's positions from the read model: first let it reach the ledger.
      await services.consistency.reachLedger();
      const input = { id: request.params.id, accountId: request.body.accountId, requestId };
      return writeResult(await claim(new CustodyDesk(services.submitter), principalOf(request), input, services));
    }, (outcome) => outcome),
  });
}
