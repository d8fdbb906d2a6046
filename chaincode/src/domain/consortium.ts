import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { reject, type Rejection } from './decision';
import { ROLES, type Actor, type Role } from './roles';
import { Closed, Org } from './schema';

/** Orgs a consortium may have (its policy is one record, read by every transaction). */
export const MAX_CONSORTIUM_ORGS = 64;

/** Spelt out (not mapped from ROLES): a decoded union needs a tuple of literals to keep their types. */
export const RoleSchema = Type.Union([
  Type.Literal('admin'), Type.Literal('issuer'), Type.Literal('agent'), Type.Literal('claim-issuer'), Type.Literal('custodian'), Type.Literal('investor'), Type.Literal('regulator'), Type.Literal('cash-issuer'),
]) satisfies TSchema & { static: Role };

/**
 * What the consortium agreed about its members, as the chaincode enforces it: the st2 roles each org's
 * certificates may carry, which orgs administer consortium-wide settings (trusted claim issuers and their
 * topics, the orgs' roles, the administrators themselves), and how many of them must approve a change.
 *
 * Its first version comes from `network/topology.json`, which the chaincode cannot read at run time: the
 * process hosting the chaincode supplies it (the embedded ledger from its parsed topology, a Fabric
 * chaincode server from the ST2_CONSORTIUM_POLICY environment variable scripts/network sets). Every org's
 * chaincode must be given the same one: endorsers deciding under different policies return different
 * results, their endorsements do not match, and the transaction fails. Once the consortium has changed
 * it by an approved change (governance.ts), the policy on the ledger rules and the host's is ignored.
 */
export const ConsortiumPolicySchema = Closed({
  orgs: Type.Record(Org, Closed({
    roles: Type.Array(RoleSchema, { uniqueItems: true }),
    consortiumAdmin: Type.Boolean(),
    /** bank, custodian or regulator: what some roles require (ROLE_ORG_KINDS); an org admitted later has none. */
    kind: Type.Optional(Type.String({ pattern: '^[a-z][a-z-]{0,31}$' })),
  }), { maxProperties: MAX_CONSORTIUM_ORGS }),
  /** How many administrator orgs must approve a consortium-wide change before it takes effect (governance.ts). */
  approvals: Type.Integer({ minimum: 1, maximum: MAX_CONSORTIUM_ORGS }),
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
 * Who may approve a consortium-wide change: an admin of an administrator org. One approval changes
 * nothing by itself: `policy.approvals` of them do (governance.ts).
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
 * The policy of a topology's orgs; an unknown role name, a role granted to an org of the wrong kind (see
 * ROLE_ORG_KINDS) or an impossible threshold is refused here, when the host starts, not at the first call.
 * `approvals` defaults to a majority of the administrator orgs.
 */
export function consortiumPolicyOf(orgs: readonly PolicyOrg[], approvals?: number): ConsortiumPolicy {
  for (const org of orgs) {
    const misplaced = misplacedRole(org.roles, org.kind);
    if (misplaced) throw new TypeError(`invalid consortium policy: ${misplacedMessage(org.mspId, org.kind, misplaced)}`);
  }
  const admins = orgs.filter((org) => org.consortiumAdmin).length;
  const policy = {
    orgs: Object.fromEntries(orgs.map((org) => [org.mspId, { roles: [...org.roles], consortiumAdmin: org.consortiumAdmin, ...(org.kind ? { kind: org.kind } : {}) }])),
    approvals: approvals ?? Math.max(1, Math.floor(admins / 2) + 1),
  };
  if (!policyCheck.Check(policy)) throw new TypeError(`invalid consortium policy: ${policyCheck.Errors(policy).First()?.path ?? '/'} (roles must be among ${ROLES.join(', ')})`);
  if (admins > 0 && policy.approvals > admins) throw new TypeError(`invalid consortium policy: ${policy.approvals} approvals required but only ${admins} administrator orgs`);
  return policy;
}

/** The first role an org of this kind may not hold (ROLE_ORG_KINDS), if any. */
export function misplacedRole(roles: readonly string[], kind: string | undefined): Role | undefined {
  return roles.find((role): role is Role => ROLE_ORG_KINDS[role as Role]?.includes(kind ?? '') === false);
}

export function misplacedMessage(org: string, kind: string | undefined, role: Role): string {
  return `${org} (kind ${kind ?? 'none'}) may not grant '${role}' (only ${ROLE_ORG_KINDS[role]?.join(', ')} orgs may)`;
}

/** The administrator orgs of a policy. */
export function adminOrgs(policy: ConsortiumPolicy): string[] {
  return Object.entries(policy.orgs).filter(([, org]) => org.consortiumAdmin).map(([org]) => org);
}

const policyCheck = TypeCompiler.Compile(ConsortiumPolicySchema);
