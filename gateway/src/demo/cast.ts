import type { Role } from '@st2/chaincode';
import type { Caller } from '../ledger/ledger';
import type { Consortium, ConsortiumOrg, OrgKind } from '../config/consortium';
import type { DevIdentity } from '../dev/sign-in-route';

/** Someone in the demo: a role and an st2 identity in one org. */
export interface DemoActor {
  readonly role: Role;
  readonly id: string;
  readonly org: ConsortiumOrg;
}

export function callerOf(actor: DemoActor): Caller {
  return { org: actor.org.mspId, role: actor.role, id: actor.id };
}

/**
 * The demo's people, placed in the consortium by org kind (first bank, second bank, custodian, regulator)
 * so that no org name is written here.
 */
export function demoCast(consortium: Consortium) {
  const pick = (kind: OrgKind, index = 0): ConsortiumOrg => {
    const org = consortium.ofKind(kind)[index];
    if (!org) throw new Error(`the demo needs ${index + 1} org(s) of kind '${kind}' in the topology`);
    return org;
  };
  const [bank1, bank2, custodian, regulator] = [pick('bank'), pick('bank', 1), pick('custodian'), pick('regulator')];
  const actor = (role: Role, id: string, org: ConsortiumOrg): DemoActor => ({ role, id, org });
  return {
    admin: actor('admin', `${bank1.name}-admin`, bank1),
    /** The second administrator org's admin: consortium changes need both banks' approval. */
    admin2: actor('admin', `${bank2.name}-admin`, bank2),
    issuer: actor('issuer', 'acme-issuer', bank1),
    agent: actor('agent', `${bank1.name}-agent`, bank1),
    agent2: actor('agent', `${bank2.name}-agent`, bank2),
    /** The first bank's treasury issues its tokenised deposits (the topology grants it the cash-issuer role). */
    treasury: actor('cash-issuer', `${bank1.name}-treasury`, bank1),
    kyc: actor('claim-issuer', 'kyc-provider', bank2),
    custodian: actor('custodian', `${custodian.name}-desk`, custodian),
    regulator: actor('regulator', `${regulator.name}-auditor`, regulator),
    alice: actor('investor', 'alice', bank1),
    bob: actor('investor', 'bob', bank1),
    carol: actor('investor', 'carol', bank2),
    dmitri: actor('investor', 'dmitri', custodian),
  } as const;
}

export type DemoCast = ReturnType<typeof demoCast>;

/** The cast as the console's development sign-in offers it (it lists only those of the orgs the gateway serves). */
export function castIdentities(cast: DemoCast): DevIdentity[] {
  return Object.values(cast).map((actor) => ({ role: actor.role, sub: actor.id, org: actor.org.mspId, orgName: actor.org.name }));
}
