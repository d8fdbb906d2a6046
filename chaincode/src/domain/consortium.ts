import { Type, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { reject, type Rejection } from './decision';
import { ROLES, type Actor, type Role } from './roles';
import { Closed, Org } from './schema';

export const RoleSchema = Type.Union(ROLES.map((role) => Type.Literal(role)));

/**
 * What the consortium agreed about its members, as the chaincode enforces it: the st2 roles each org's
 * certificates may carry, and which orgs may change consortium-wide settings (trusted claim issuers and
 * their topics). It comes from `network/topology.json`, which the chaincode cannot read at run time:
 * the process hosting the chaincode supplies it (the embedded ledger from its parsed topology, a Fabric
 * chaincode server from the ST2_CONSORTIUM_POLICY environment variable scripts/network sets).
 *
 * Every org's chaincode must be given the same policy: endorsers deciding under different policies
 * return different results, their endorsements do not match, and the transaction fails.
 */
export const ConsortiumPolicySchema = Closed({
  orgs: Type.Record(Org, Closed({ roles: Type.Array(RoleSchema, { uniqueItems: true }), consortiumAdmin: Type.Boolean() })),
});
export type ConsortiumPolicy = Static<typeof ConsortiumPolicySchema>;

/** Where a Fabric chaincode server finds the policy: its JSON, generated from network/topology.json by scripts/network. */
export const CONSORTIUM_POLICY_ENV = 'ST2_CONSORTIUM_POLICY';

/** A certificate's role must be one its org may grant: a custodian's CA cannot make a regulator or an issuer. */
export function roleBindingRejection(policy: ConsortiumPolicy, actor: Actor): Rejection | null {
  if (policy.orgs[actor.org]?.roles.includes(actor.role)) return null;
  return reject('ST2-UNAUTHORIZED', `Organisation ${actor.org} may not grant the role '${actor.role}'.`, { org: actor.org, role: actor.role });
}

/**
 * The one place consortium-wide settings are authorised: an admin of an org the topology names a
 * consortium administrator. (N-of-M approvals are to replace this single check.)
 */
export function requireConsortiumAdmin(policy: ConsortiumPolicy, actor: Actor): Rejection | null {
  if (actor.role === 'admin' && policy.orgs[actor.org]?.consortiumAdmin === true) return null;
  return reject('ST2-UNAUTHORIZED', `Only an admin of a consortium administrator org may change consortium-wide settings; ${actor.org}'s ${actor.role} may not.`, {
    org: actor.org, role: actor.role,
  });
}

/** An org as the topology describes it (network/topology.json: mspId, roles, consortiumAdmin). */
export interface PolicyOrg {
  readonly mspId: string;
  readonly roles: readonly string[];
  readonly consortiumAdmin: boolean;
  /** bank, custodian or regulator (network/topology.json `kind`). */
  readonly kind?: string;
}

/** Roles the topology may grant only to orgs of these kinds: money is issued by a bank, never by a custodian or the regulator. */
export const ROLE_ORG_KINDS: Readonly<Partial<Record<Role, readonly string[]>>> = { 'cash-issuer': ['bank'] };

/**
 * The policy of a topology's orgs; an unknown role name, or a role granted to an org of the wrong kind
 * (see ROLE_ORG_KINDS), is refused here, when the host starts, not at the first call.
 */
export function consortiumPolicyOf(orgs: readonly PolicyOrg[]): ConsortiumPolicy {
  for (const org of orgs) {
    const misplaced = org.roles.find((role) => ROLE_ORG_KINDS[role as Role]?.includes(org.kind ?? '') === false);
    if (misplaced) throw new TypeError(`invalid consortium policy: ${org.mspId} (kind ${org.kind ?? 'none'}) may not grant '${misplaced}' (only ${ROLE_ORG_KINDS[misplaced as Role]?.join(', ')} orgs may)`);
  }
  const policy = { orgs: Object.fromEntries(orgs.map((org) => [org.mspId, { roles: [...org.roles], consortiumAdmin: org.consortiumAdmin }])) };
  if (!policyCheck.Check(policy)) throw new TypeError(`invalid consortium policy: ${policyCheck.Errors(policy).First()?.path ?? '/'} (roles must be among ${ROLES.join(', ')})`);
  return policy;
}

const policyCheck = TypeCompiler.Compile(ConsortiumPolicySchema);
