import type { paths } from '../../../gateway/src/client';
import type { St2Client } from '../api/client';
import { mapOutcome, outcomeOf, type Outcome } from '../api/outcome';
import { writtenOf, type Written } from './written';

/** The security's rules as they are on the ledger (the read model's copy, at least as of `consistentWith`, a txId), to start the form from. */
export async function currentRules(client: St2Client, securityId: string, consistentWith?: string): Promise<Outcome<Readonly<Record<string, unknown>>>> {
  return mapOutcome(outcomeOf(await client.GET('/v1/securities/{id}', { params: { path: { id: securityId }, query: { ...(consistentWith ? { consistentWith } : {}) } } })), ({ security }) => security.rules);
}

type RuleSet = paths['/v1/securities/{id}/rules']['put']['requestBody']['content']['application/json']['rules'];

/**
 * Replaces the security's rules (its issuer only). `rules` passed the catalog's check (rule-catalog.ts) against the
 * same schema the gateway validates with; the chaincode still decides, and its refusal comes back as it is.
 */
export async function setRules(client: St2Client, securityId: string, rules: Readonly<Record<string, unknown>>, idempotencyKey: string): Promise<Outcome<Written>> {
  return writtenOf(await client.PUT('/v1/securities/{id}/rules', {
    params: { path: { id: securityId }, header: { 'idempotency-key': idempotencyKey } },
    // Checked against the document's schema at run time (ruleSetOf): the static type cannot see that.
    body: { rules: rules as RuleSet },
  }));
}
